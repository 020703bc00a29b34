/**
 * IAM wildcard matching without regular expressions: `*` matches any run of characters (across
 * `/` and `:`), `?` exactly one. Linear in the pattern times the text, so no input can backtrack
 * catastrophically.
 */

/**
 * What a check needs a policy to grant: one exact value (`arn:aws:s3:::bucket`), or a family of
 * values, every string starting with `literal` (the objects under a prefix).
 */
export interface Needed {
  readonly literal: string;
  readonly family: boolean;
}

/** An exact needed value. */
export function exactly(literal: string): Needed {
  return { literal, family: false };
}

/** Every value starting with `literal`. */
export function startingWith(literal: string): Needed {
  return { literal, family: true };
}

function closure(pattern: string, active: boolean[]): boolean[] {
  for (let i = 0; i < pattern.length; i += 1) {
    if (active[i] === true && pattern[i] === '*') active[i + 1] = true;
  }
  return active;
}

/** The pattern positions reachable after reading `text` (position `pattern.length`: all of it matched). */
function statesAfter(pattern: string, text: string, ignoreCase: boolean): boolean[] {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const t = ignoreCase ? text.toLowerCase() : text;
  let active = closure(p, [true]);
  for (let k = 0; k < t.length; k += 1) {
    const c = t[k];
    const next: boolean[] = [];
    let any = false;
    for (let i = 0; i < p.length; i += 1) {
      if (active[i] !== true) continue;
      const at = p[i];
      if (at === '*') next[i] = true;
      else if (at === '?' || at === c) next[i + 1] = true;
      else continue;
      any = true;
    }
    if (!any) return [];
    active = closure(p, next);
  }
  return active;
}

/** Whether `pattern` matches all of `text`. */
export function wildcardMatches(pattern: string, text: string, ignoreCase = false): boolean {
  return statesAfter(pattern, text, ignoreCase)[pattern.length] === true;
}

function onlyStars(pattern: string, from: number): boolean {
  if (from >= pattern.length) return false;
  for (let i = from; i < pattern.length; i += 1) if (pattern[i] !== '*') return false;
  return true;
}

/**
 * Whether `pattern` matches every value `needed` stands for. For a family, true when the pattern,
 * having read the family's literal, is left with only `*`s: sound, and exact for the patterns
 * policies use; `resourceCoverage` decides the rest exactly (a pattern such as `prefix*?`, and
 * several patterns that cover a family only together).
 */
export function wildcardCovers(pattern: string, needed: Needed, ignoreCase = false): boolean {
  if (!needed.family) return wildcardMatches(pattern, needed.literal, ignoreCase);
  const states = statesAfter(pattern, needed.literal, ignoreCase);
  return states.some((active, i) => active && onlyStars(pattern, i));
}

/** Whether `pattern` matches at least one value `needed` stands for. */
export function wildcardOverlaps(pattern: string, needed: Needed, ignoreCase = false): boolean {
  if (!needed.family) return wildcardMatches(pattern, needed.literal, ignoreCase);
  // Every position of a wildcard pattern can still reach its end, so any live state is a match.
  return statesAfter(pattern, needed.literal, ignoreCase).some(Boolean);
}
