/**
 * The test of a model's string pattern, as the checks match it (a regular expression with the `u`
 * flag). The models' patterns are nearly all one character class of ASCII repeated and anchored
 * (`^[a-f0-9\-]+$`, `^(?:[\-a-zA-Z0-9]+)$`): such a pattern is tested with a table of the 128 ASCII
 * characters, one look-up per character of the text. The regular expression branches on each of
 * the class's ranges per character, which a random id mispredicts (a hex digit is a digit or a
 * letter at random): on random UUIDs the table took about 90 against 160 ns a test, and GetImport's
 * and StopImport's whole checks 0.62–0.79× their time on the unseen requests of the operations'
 * benchmark (paired CPU rounds against the expression); for texts of letters
 * and digits it costs what the expression does. Any other pattern is tested by its regular expression.
 */

/** A compiled pattern: whether a whole text matches it. */
export interface PatternTest {
  test(text: string): boolean;
  /** For a pattern of one ASCII class: a text it accepts is ASCII, so its length in code points is its `length`. */
  readonly asciiOnly: boolean;
}

/**
 * `^[CLASS]+$`, `^[CLASS]*$`, or either wrapped in `(?:…)`: CLASS of printable ASCII characters,
 * ranges and escaped punctuation only, not negated (`\w`, `\s`, `\p{…}` and other letter escapes
 * are left to the regular expression: some of them take characters past ASCII).
 */
const ONE_CLASS = /^\^(\(\?:)?\[((?:[\x20-\x5b\x5e-\x7e]|\\[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])+)\]([+*])(\))?\$$/;

/** The table of a class body: 1 for each ASCII character it takes, as the `u` regular expression reads it. */
function tableOf(body: string): Uint8Array {
  const one = new RegExp(`^[${body}]$`, 'u');
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code += 1) table[code] = one.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

class AsciiClassTest implements PatternTest {
  readonly asciiOnly = true;
  /** Built on the first test, not when the contract is compiled: the package's load does not pay for it. */
  private table: Uint8Array | undefined;

  constructor(
    private readonly body: string,
    private readonly empty: boolean,
  ) {}

  test(text: string): boolean {
    const { length } = text;
    if (length === 0) return this.empty;
    const table = (this.table ??= tableOf(this.body));
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      // A unit past ASCII (a surrogate too) is in no ASCII class, as the code point it is part of is not.
      if (code >= 128 || table[code] === 0) return false;
    }
    return true;
  }
}

class RegExpTest implements PatternTest {
  readonly asciiOnly = false;

  constructor(private readonly regex: RegExp) {}

  test(text: string): boolean {
    return this.regex.test(text);
  }
}

/**
 * The tests made, by pattern: the models have four patterns and their sites two dozen, compiled
 * when an operation's contracts are (on its first validation), StartImport's two string shapes
 * when the package loads. Keyed by a model's pattern, never by an input.
 */
const COMPILED = new Map<string, PatternTest>();

/** Compiles a model's pattern (when a contract is compiled; a pattern no regular expression is a SyntaxError then). */
export function compilePattern(pattern: string): PatternTest {
  let compiled = COMPILED.get(pattern);
  if (compiled === undefined) {
    compiled = compileOnce(pattern);
    COMPILED.set(pattern, compiled);
  }
  return compiled;
}

function compileOnce(pattern: string): PatternTest {
  const regex = new RegExp(pattern, 'u');
  const parts = ONE_CLASS.exec(pattern);
  // `(?:` and `)` come as a pair; the class body must not be negated (`[^…]` takes everything past ASCII).
  if (parts === null || (parts[1] === undefined) !== (parts[4] === undefined) || (parts[2] as string).startsWith('^')) return new RegExpTest(regex);
  return new AsciiClassTest(parts[2] as string, parts[3] === '*');
}
