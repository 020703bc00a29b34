/**
 * Character-class scans for the hot parsers (ARNs, UUIDs, account ids), each equal to the regular
 * expression named in its comment. On requests never seen before, those expressions were a fifth of
 * the full check (bench/unseen.bench.ts, with a CPU profile); a loop over char codes costs a few
 * nanoseconds where running an expression costs tens.
 */

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isLetterOrDigit(code: number): boolean {
  return isDigit(code) || isLower(code) || (code >= 65 && code <= 90);
}

/** `/^\d{12}$/`: an AWS account id. */
export function isAccountId(text: string): boolean {
  if (text.length !== 12) return false;
  for (let i = 0; i < 12; i += 1) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** `/^[a-z0-9-]+$/`. */
export function isLowerAlnumOrHyphen(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && !isLower(code) && code !== 45) return false;
  }
  return true;
}

/** `/^[A-Za-z0-9-]+$/`. */
export function isAlnumOrHyphen(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isLetterOrDigit(code) && code !== 45) return false;
  }
  return true;
}

/** `/^[A-Za-z0-9][A-Za-z0-9-]*$/`. */
export function isAlnumThenAlnumOrHyphen(text: string): boolean {
  return text.length > 0 && isLetterOrDigit(text.charCodeAt(0)) && isAlnumOrHyphen(text);
}

/** `/^aws(?:-[a-z0-9]+)*$/`: an AWS partition id's form. */
export function isPartitionForm(text: string): boolean {
  if (!text.startsWith('aws')) return false;
  // After "aws", groups of "-" and one or more of a-z 0-9; -1 while no group is open.
  let groupLength = -1;
  for (let i = 3; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 45) {
      if (groupLength === 0) return false;
      groupLength = 0;
    } else if (groupLength >= 0 && (isDigit(code) || isLower(code))) {
      groupLength += 1;
    } else {
      return false;
    }
  }
  return groupLength !== 0;
}

/** `/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/`: a lowercase UUID. */
export function isLowercaseUuidForm(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i += 1) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false;
    } else if (!isDigit(code) && !(code >= 97 && code <= 102)) {
      return false;
    }
  }
  return true;
}

/** `/^[a-f0-9\-]+$/u`: the model's UUID pattern (of any length). */
export function isLowerHexOrHyphen(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && !(code >= 97 && code <= 102) && code !== 45) return false;
  }
  return true;
}

/** `/^[a-zA-Z0-9._/\-:]+$/u`: the model's EventDataStoreArn pattern. */
export function isEventDataStoreArnText(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // . / : _ -
    if (!isLetterOrDigit(code) && code !== 46 && code !== 47 && code !== 58 && code !== 95 && code !== 45) return false;
  }
  return true;
}
