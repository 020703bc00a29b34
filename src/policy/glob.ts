/**
 * The policy globs, matched without regular expressions or backtracking: a pattern becomes a small
 * automaton (one state per pattern character, about) whose every state set is advanced once per text
 * character, so matching is linear in the pattern times the text for any input (picomatch's regexes
 * took seconds on `*a*a…*b`).
 *
 * Syntax: `*` any run of characters but `/` (a whole segment `*` at least one); `?` one character
 * but `/`; `[abc]`, `[a-z]`, `[!a]` / `[^a]` one character of (or, not `/`, outside) a set; `**` as
 * a whole segment any number of segments (`a/**` matches `a` and `a/x/y`; `a/**` then `/b` matches
 * `a/b` and `a/x/b`); `{a,b}` alternatives, nested (`{a}` is `a`); `\` makes the next character
 * literal. Regex groups and extglobs (`(`, `)`, `|`), a leading `!` and POSIX classes are rejected
 * rather than read differently. Unlike picomatch, `.` and `..` segments are not set apart.
 */

type CharTest = (c: string) => boolean;

interface State {
  readonly edges: { readonly test: CharTest; readonly to: number }[];
  readonly empty: number[];
}

/** A compiled glob: `matches` decides a text, `work` counts the automaton steps that took. */
export interface CompiledGlob {
  readonly matches: (text: string) => boolean;
  readonly work: (text: string) => { readonly matched: boolean; readonly steps: number };
}

const anyChar: CharTest = () => true;
const notSlash: CharTest = (c) => c !== '/';

class GlobSyntax {
  private readonly states: State[] = [];
  private i = 0;

  constructor(private readonly p: string) {}

  build(): { readonly states: readonly State[]; readonly accept: number } {
    if (this.p.startsWith('!')) throw new Error('negation (a leading !) is not supported: list the allowed names instead');
    const start = this.add();
    // Outside braces, `,` and `}` are characters like any other, so this reads the whole pattern.
    const accept = this.sequence(start, false, true);
    return { states: this.states, accept };
  }

  private add(): number {
    this.states.push({ edges: [], empty: [] });
    return this.states.length - 1;
  }

  private edge(from: number, test: CharTest, to: number): void {
    this.states[from]?.edges.push({ test, to });
  }

  private skip(from: number, to: number): void {
    this.states[from]?.empty.push(to);
  }

  /** Whether position `k` ends a path segment (or an alternative, which may end one). */
  private ends(k: number, inBrace: boolean): boolean {
    const c = this.p[k];
    return c === undefined || c === '/' || (inBrace && (c === ',' || c === '}'));
  }

  /** Reads characters from `at` until the pattern (or, in braces, the alternative) ends; returns the state reached. */
  private sequence(from: number, inBrace: boolean, startsSegment: boolean): number {
    const { p } = this;
    let at = from;
    let segmentStart = startsSegment;
    while (this.i < p.length) {
      const c = p[this.i] ?? '';
      if (inBrace && (c === ',' || c === '}')) break;
      const next = this.add();
      if (c === '/' && p.startsWith('**', this.i + 1) && this.ends(this.i + 3, inBrace) && p[this.i + 3] !== '/') {
        // `a/**`: `a` itself, or `a/` and anything.
        const rest = this.add();
        this.skip(at, next);
        this.edge(at, (x) => x === '/', rest);
        this.edge(rest, anyChar, rest);
        this.skip(rest, next);
        this.i += 3;
      } else if (c === '*') {
        let run = 0;
        while (p[this.i + run] === '*') run += 1;
        this.i += run;
        if (run >= 2 && segmentStart && p[this.i] === '/') {
          // `**/`: no segment, or any segments each ending in `/`.
          const loop = this.add();
          this.skip(at, next);
          this.skip(at, loop);
          this.edge(loop, anyChar, loop);
          this.edge(loop, (x) => x === '/', next);
          this.i += 1;
        } else if (run >= 2 && segmentStart && this.ends(this.i, inBrace)) {
          this.skip(at, next);
          this.edge(next, anyChar, next);
        } else {
          // A whole-segment `*` names a segment, so it matches at least one character.
          if (segmentStart && this.ends(this.i, inBrace)) this.edge(at, notSlash, next);
          else this.skip(at, next);
          this.edge(next, notSlash, next);
        }
        at = next;
        segmentStart = p[this.i - 1] === '/';
        continue;
      } else if (c === '{') {
        this.alternatives(at, next, segmentStart);
      } else if (c === '(' || c === ')' || c === '|') {
        throw new Error(`'${c}' at ${String(this.i)}: regex groups and extglobs are not supported (write \\${c} for the character itself)`);
      } else if (c === '[') {
        this.edge(at, this.charClass(), next);
      } else {
        const literal = c === '\\' ? this.escaped() : c;
        this.edge(at, c === '?' ? notSlash : (x) => x === literal, next);
        this.i += 1;
      }
      at = next;
      segmentStart = c === '/';
    }
    return at;
  }

  private escaped(): string {
    this.i += 1;
    const literal = this.p[this.i];
    if (literal === undefined) throw new Error('ends in a lone \\');
    return literal;
  }

  /** `{a,b}` from `from` to `to`, each alternative its own path. */
  private alternatives(from: number, to: number, segmentStart: boolean): void {
    const opened = this.i;
    for (;;) {
      this.i += 1;
      const start = this.add();
      this.skip(from, start);
      // Each alternative starts where the brace does: `{**,x}` is a whole segment when the brace starts one.
      const end = this.sequence(start, true, segmentStart);
      this.skip(end, to);
      const c = this.p[this.i];
      if (c === '}') break;
      if (c !== ',') throw new Error(`the { at ${String(opened)} is not closed (write \\{ for the character itself)`);
    }
    this.i += 1;
  }

  /** `[…]`: one character of the set (or, negated, one that is neither in it nor `/`). */
  private charClass(): CharTest {
    const { p } = this;
    const opened = this.i;
    this.i += 1;
    const negated = p[this.i] === '!' || p[this.i] === '^';
    if (negated) this.i += 1;
    if (p.startsWith('[:', this.i)) throw new Error(`POSIX classes such as [[:alpha:]] at ${String(opened)} are not supported`);
    const ranges: [string, string][] = [];
    let first = true;
    while (this.i < p.length && (first || p[this.i] !== ']')) {
      first = false;
      const low = p[this.i] === '\\' ? this.escaped() : (p[this.i] ?? '');
      this.i += 1;
      if (p[this.i] === '-' && p[this.i + 1] !== undefined && p[this.i + 1] !== ']') {
        this.i += 1;
        const high = p[this.i] === '\\' ? this.escaped() : (p[this.i] ?? '');
        // A range that runs backwards holds no character: a glob that can never match what it names is a mistake to report.
        if (high < low) throw new Error(`the range ${low}-${high} in the [ at ${String(opened)} runs backwards and matches nothing (write ${high}-${low})`);
        this.i += 1;
        ranges.push([low, high]);
      } else ranges.push([low, low]);
    }
    if (p[this.i] !== ']') throw new Error(`the [ at ${String(opened)} is not closed (write \\[ for the character itself)`);
    this.i += 1;
    const inSet = (c: string): boolean => ranges.some(([low, high]) => c >= low && c <= high);
    return negated ? (c) => c !== '/' && !inSet(c) : inSet;
  }
}

/** Adds `state` and every state reachable from it by empty moves to `set` (marked in `seen`). */
function close(states: readonly State[], set: number[], seen: Uint32Array, stamp: number, state: number): number {
  let steps = 0;
  const stack = [state];
  while (stack.length > 0) {
    const s = stack.pop() ?? 0;
    steps += 1;
    if (seen[s] === stamp) continue;
    seen[s] = stamp;
    set.push(s);
    for (const to of states[s]?.empty ?? []) stack.push(to);
  }
  return steps;
}

/** Compiles `pattern`; throws an Error saying what is wrong with it. */
export function compileGlob(pattern: string): CompiledGlob {
  const { states, accept } = new GlobSyntax(pattern).build();
  const work = (text: string): { matched: boolean; steps: number } => {
    const seen = new Uint32Array(states.length);
    let stamp = 1;
    let current: number[] = [];
    let steps = close(states, current, seen, stamp, 0);
    // By UTF-16 unit, as the pattern is read.
    for (let k = 0; k < text.length; k += 1) {
      const c = text[k] ?? '';
      stamp += 1;
      const next: number[] = [];
      for (const s of current) {
        for (const { test, to } of states[s]?.edges ?? []) {
          steps += 1;
          if (test(c)) steps += close(states, next, seen, stamp, to);
        }
      }
      if (next.length === 0) return { matched: false, steps };
      current = next;
    }
    return { matched: current.includes(accept), steps };
  };
  return { matches: (text) => work(text).matched, work };
}
