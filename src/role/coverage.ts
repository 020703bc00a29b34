/**
 * Whether several resource lists together grant a needed family of resources, decided exactly.
 * IAM wildcard patterns (`*` any run, `?` one character) describe regular languages, so the
 * question "is every string starting with the literal allowed by some list and denied by none?"
 * is answered by running all patterns at once as one deterministic automaton (subset
 * construction) over the strings after the literal. Characters fall into classes: each literal
 * character of a pattern, and one class for every other character (they all behave alike), so
 * the automaton has few transitions; its states are explored breadth first, up to a cap.
 */
import type { PatternList } from './document.js';
import type { Needed } from './wildcard.js';

/** How many automaton states are explored before the answer is left undecided. */
export const MAX_COVERAGE_STATES = 4096;
/** How many pattern positions may be stepped through in all before the answer is left undecided (a few tenths of a second). */
export const MAX_COVERAGE_STEPS = 4_000_000;

/** The answer: covered; or not, with the shortest value that is not granted; or undecided (a bound was hit, after so many states). */
export type Coverage =
  | { readonly covered: true }
  | { readonly covered: false; readonly witness: string }
  | { readonly covered: undefined; readonly states: number };

/** The bounds of one decision. */
export interface CoverageLimits {
  readonly states: number;
  readonly steps: number;
}

/** One pattern as a position automaton: position `i` has read `pattern.slice(0, i)` (with `*` absorbing runs). */
interface Machine {
  readonly pattern: string;
  readonly list: number;
  /** Per position, when it was last added (a stamp), so a step collects each position once without a Set. */
  readonly stamps: Uint32Array;
}

/** The positions active in each machine: a sorted list per machine. */
type State = readonly (readonly number[])[];

let stamp = 0;

/** `positions` with those reachable by skipping `*`s (a `*` matches the empty run too), sorted. */
function close(machine: Machine, positions: number[]): number[] {
  const { pattern, stamps } = machine;
  stamp += 1;
  for (const i of positions) stamps[i] = stamp;
  for (let k = 0; k < positions.length; k += 1) {
    const i = positions[k] ?? 0;
    if (pattern[i] === '*' && stamps[i + 1] !== stamp) {
      stamps[i + 1] = stamp;
      positions.push(i + 1);
    }
  }
  return positions.length > 1 ? positions.sort((a, b) => a - b) : positions;
}

/** The positions after reading one character; `undefined` stands for a character no pattern names. */
function step(machine: Machine, positions: readonly number[], c: string | undefined): number[] {
  const { pattern } = machine;
  const next: number[] = [];
  let last = -1;
  // `positions` is sorted and each yields i or i + 1, so a repeat can only be the last one pushed.
  for (const i of positions) {
    const at = pattern[i];
    const to = at === '*' ? i : at === '?' || (at !== undefined && at === c) ? i + 1 : -1;
    if (to !== -1 && to !== last) next.push((last = to));
  }
  return close(machine, next);
}

function keyOf(state: State): string {
  return state.map((positions) => positions.join(',')).join(';');
}

/** A character in no pattern, to spell the "any other character" class in a witness. */
function otherCharacter(alphabet: ReadonlySet<string>): string {
  for (let code = 0x61; ; code += 1) {
    const c = String.fromCodePoint(code);
    if (!alphabet.has(c)) return c;
  }
}

/**
 * Whether every value `needed` stands for is in the union of `allows` minus the union of
 * `denies` (each list a `Resource` — the values a pattern matches — or a `NotResource` — the
 * values none matches). Case-sensitive, as resource ARNs are. Explores at most `limits.states`
 * states and `limits.steps` pattern positions (default `MAX_COVERAGE_STATES`, `MAX_COVERAGE_STEPS`).
 *
 * @example
 * resourceCoverage(startingWith('arn:aws:s3:::b/logs/'), [{ negated: false, patterns: ['arn:aws:s3:::b/logs/a*'] }, { negated: true, patterns: ['arn:aws:s3:::b/logs/a*'] }], []);
 * // { covered: true }
 */
export function resourceCoverage(
  needed: Needed,
  allows: readonly PatternList[],
  denies: readonly PatternList[],
  limits: CoverageLimits = { states: MAX_COVERAGE_STATES, steps: MAX_COVERAGE_STEPS },
): Coverage {
  const lists = [...allows, ...denies];
  const machines: Machine[] = lists.flatMap((list, index) => list.patterns.map((pattern) => ({ pattern, list: index, stamps: new Uint32Array(pattern.length + 2) })));
  // UTF-16 code units, as wildcardMatches reads them.
  const alphabet = new Set(machines.flatMap(({ pattern }) => pattern.split('').filter((c) => c !== '*' && c !== '?')));
  // The other characters first: a witness then reads as "a key starting with something unnamed".
  const classes: readonly (string | undefined)[] = [undefined, ...alphabet];
  const other = otherCharacter(alphabet);
  let steps = 0;
  const read = (state: State, c: string | undefined): State =>
    machines.map((machine, m) => {
      const positions = state[m] ?? [];
      steps += positions.length + 1;
      return step(machine, positions, c);
    });
  const granted = (state: State): boolean => {
    const inList = lists.map((list) => list.negated);
    machines.forEach((machine, m) => {
      if (state[m]?.includes(machine.pattern.length) === true) inList[machine.list] = !lists[machine.list]?.negated;
    });
    return inList.slice(0, allows.length).some(Boolean) && !inList.slice(allows.length).some(Boolean);
  };
  let start: State = machines.map((machine) => close(machine, [0]));
  // The literal's own characters are read as they are: one outside the alphabet acts as any other.
  for (const c of needed.literal.split('')) start = read(start, alphabet.has(c) ? c : undefined);
  if (!needed.family) return granted(start) ? { covered: true } : { covered: false, witness: needed.literal };
  const seen = new Set([keyOf(start)]);
  let frontier: { state: State; suffix: string }[] = [{ state: start, suffix: '' }];
  while (frontier.length > 0) {
    const next: { state: State; suffix: string }[] = [];
    for (const { state, suffix } of frontier) {
      if (!granted(state)) return { covered: false, witness: `${needed.literal}${suffix}` };
      for (const c of classes) {
        const after = read(state, c);
        const key = keyOf(after);
        if (seen.has(key)) continue;
        if (seen.size >= limits.states || steps > limits.steps) return { covered: undefined, states: seen.size };
        seen.add(key);
        next.push({ state: after, suffix: `${suffix}${c ?? other}` });
      }
    }
    frontier = next;
  }
  return { covered: true };
}
