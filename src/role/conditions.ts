import type { ConditionEntry } from './document.js';
import { wildcardCovers, wildcardMatches, wildcardOverlaps, type Needed } from './wildcard.js';

/**
 * The condition keys a check knows the values of (lower-cased keys), and those it knows exist but
 * cannot value (`aws:SourceArn` of a destination named by bare ID).
 */
export interface ConditionContext {
  readonly known: ReadonlyMap<string, Needed>;
  readonly unvalued: ReadonlySet<string>;
}

/**
 * `all`: the statement is an Allow, so its conditions must hold for every needed value;
 * `some`: a Deny, which applies when they hold for at least one.
 */
export type Quantifier = 'all' | 'some';

/** How a statement's conditions fare, with the entries that could not be evaluated. */
export interface ConditionOutcome {
  /** Whether they hold, taking unevaluated entries to hold in an Allow and not in a Deny. */
  readonly holds: boolean;
  /** Entries that evaluated to false. */
  readonly failed: readonly ConditionEntry[];
  /** Entries of an unknown operator or key. */
  readonly assumed: readonly ConditionEntry[];
  /** Entries on a known key the context cannot value. */
  readonly unvalued: readonly ConditionEntry[];
}

type Match = (pattern: string, needed: Needed, quantifier: Quantifier) => boolean;

function equals(ignoreCase: boolean): Match {
  return (value, needed, quantifier) => {
    const [v, l] = ignoreCase ? [value.toLowerCase(), needed.literal.toLowerCase()] : [value, needed.literal];
    if (!needed.family) return v === l;
    return quantifier === 'some' && v.startsWith(l);
  };
}

const like: Match = (pattern, needed, quantifier) => (quantifier === 'all' ? wildcardCovers(pattern, needed) : wildcardOverlaps(pattern, needed));

/** The first five colon-separated fields of an ARN, and the rest (the resource, which may hold colons). */
function arnFields(text: string): string[] {
  const fields = text.split(':');
  return fields.length < 6 ? fields : [...fields.slice(0, 5), fields.slice(5).join(':')];
}

// ArnEquals and ArnLike both compare the six ARN fields one by one, each with wildcards.
const arnLike: Match = (pattern, needed, quantifier) => {
  const p = arnFields(pattern);
  const v = arnFields(needed.literal);
  if (p.length !== 6) return false;
  if (v.length !== 6) return like(pattern, needed, quantifier);
  if (!p.slice(0, 5).every((field, i) => wildcardMatches(field, v[i] ?? ''))) return false;
  return like(p[5] ?? '', { literal: v[5] ?? '', family: needed.family }, quantifier);
};

// A Map, not an object literal: operator names come from documents, and `__proto__` or
// `constructor` must find nothing rather than Object.prototype's members.
const OPERATORS: ReadonlyMap<string, { readonly match: Match; readonly negated: boolean }> = new Map([
  ['stringequals', { match: equals(false), negated: false }],
  ['stringnotequals', { match: equals(false), negated: true }],
  ['stringequalsignorecase', { match: equals(true), negated: false }],
  ['stringnotequalsignorecase', { match: equals(true), negated: true }],
  ['stringlike', { match: like, negated: false }],
  ['stringnotlike', { match: like, negated: true }],
  ['arnequals', { match: arnLike, negated: false }],
  ['arnlike', { match: arnLike, negated: false }],
  ['arnnotequals', { match: arnLike, negated: true }],
  ['arnnotlike', { match: arnLike, negated: true }],
  ['bool', { match: equals(true), negated: false }],
]);

function flip(quantifier: Quantifier): Quantifier {
  return quantifier === 'all' ? 'some' : 'all';
}

/** One entry against a known value: `undefined` when its operator is not one this checker evaluates. */
function evaluate(entry: ConditionEntry, needed: Needed, quantifier: Quantifier): boolean | undefined {
  const lower = entry.operator.toLowerCase();
  // On a key that is present, ...IfExists behaves as the operator itself.
  const base = lower.endsWith('ifexists') ? lower.slice(0, -'ifexists'.length) : lower;
  if (base === 'null') return entry.values.every((v) => v === 'false');
  const operator = OPERATORS.get(base);
  if (operator === undefined) return undefined;
  // "Not" operators hold for all values when no value matches any of them, and for some when not every one is matched.
  if (operator.negated) return !entry.values.some((value) => operator.match(value, needed, flip(quantifier)));
  return entry.values.some((value) => operator.match(value, needed, quantifier));
}

/** Evaluates a statement's conditions (all entries must hold) against what a check knows. */
export function evaluateConditions(entries: readonly ConditionEntry[], context: ConditionContext, quantifier: Quantifier): ConditionOutcome {
  const failed: ConditionEntry[] = [];
  const assumed: ConditionEntry[] = [];
  const unvalued: ConditionEntry[] = [];
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    const needed = context.known.get(key);
    if (needed === undefined) {
      (context.unvalued.has(key) ? unvalued : assumed).push(entry);
      continue;
    }
    const verdict = evaluate(entry, needed, quantifier);
    if (verdict === undefined) assumed.push(entry);
    else if (!verdict) failed.push(entry);
  }
  const unknown = assumed.length + unvalued.length > 0;
  const holds = failed.length === 0 && (quantifier === 'all' || !unknown);
  return { holds, failed, assumed, unvalued };
}
