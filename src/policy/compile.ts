import { clip, parseIso8601 } from '../contract/timestamps.js';
import { compileGlob } from './glob.js';
import type { ImportPolicy } from './types.js';

/** A glob list as a predicate. */
export type Glob = (text: string) => boolean;

/** What checking needs of a policy, prepared once at load. */
export interface CompiledPolicy {
  readonly buckets: Glob | undefined;
  readonly prefixes: Glob | undefined;
  readonly roleNames: Glob | undefined;
  /** The earliest allowed start in epoch seconds, given "now" in epoch seconds. */
  readonly earliest: ((now: number) => number) | undefined;
}

const DAY = 86_400;
// `P<N>D`: N days before now. Linear: one digit class, anchored.
const DAYS_AGO = /^P(\d{1,6})D$/;

/** Reports a problem at a JSON Pointer into the policy. */
export type Report = (pointer: string, message: string) => void;

/** A glob list's predicate; reports each bad pattern (`where` is the pointer of the list). */
export function compileGlobs(patterns: readonly string[], where: string, report: Report): Glob {
  const matchers: Glob[] = [];
  patterns.forEach((pattern, index) => {
    try {
      matchers.push(compileGlob(pattern).matches);
    } catch (error) {
      report(`${where}/${String(index)}`, `'${clip(pattern)}' is not a valid glob pattern (${clip(error instanceof Error ? error.message : String(error), Number.POSITIVE_INFINITY)})`);
    }
  });
  return (text) => matchers.some((match) => match(text));
}

/** The earliest-start bound: an absolute instant or N days before now. */
export function compileEarliest(text: string, where: string, report: Report): ((now: number) => number) | undefined {
  const daysAgo = DAYS_AGO.exec(text);
  if (daysAgo !== null) {
    const seconds = Number(daysAgo[1]) * DAY;
    return (now) => now - seconds;
  }
  const instant = parseIso8601(text);
  if (instant === undefined) {
    report(where, `'${text}' must be an ISO 8601 date (2020-01-01), a date-time with Z or an offset, or P<N>D (N days before now)`);
    return undefined;
  }
  return () => instant;
}

/** Prepares the globs and the earliest bound of `policy`, adding reporting the problems found. */
export function compilePolicy(policy: ImportPolicy, report: Report): CompiledPolicy {
  const { rules } = policy;
  const buckets = rules['allowed-buckets'];
  const prefixes = rules['required-prefix'];
  const roleNames = rules['role-name-pattern'];
  const earliest = rules['earliest-start'];
  return {
    buckets: buckets && compileGlobs(buckets.buckets, '/rules/allowed-buckets/buckets', report),
    prefixes: prefixes && compileGlobs(prefixes.patterns, '/rules/required-prefix/patterns', report),
    roleNames: roleNames && compileGlobs(roleNames.patterns, '/rules/role-name-pattern/patterns', report),
    earliest: earliest && compileEarliest(earliest.earliest, '/rules/earliest-start/earliest', report),
  };
}
