import type { Shape } from '../contract/timestamps.js';
import type { Subject, Violation } from './types.js';

/** What a StartImport request asks for, judged by which members it has. */
export type RequestKind = 'new' | 'retry' | 'ambiguous' | 'empty';

/** A checked value after normalisation to the wire shape: a plain object of its own members. */
export type WireObject = Readonly<Record<string, unknown>>;

/** What every rule is given beside the value. */
export interface RuleContext {
  readonly subject: Exclude<Subject, 'error'>;
  readonly shape: Shape;
  /** "Now", in epoch seconds. */
  readonly now: number;
  /** Members present in the original value (also those whose timestamp could not be read). */
  readonly present: ReadonlySet<string>;
  /** For a response: the wire shape of the request it answers, when known. */
  readonly request?: WireObject;
}

/** One rule of the catalogue: reads a normalised value, reports its violations. */
export interface Rule {
  readonly name: string;
  readonly subjects: readonly Exclude<Subject, 'error'>[];
  check(value: WireObject, context: RuleContext): Violation[];
}

/** `value[key]` when `value` is a plain (non-array) object, else `undefined`. */
export function member(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The string at `value[key]`, or `undefined` when absent or not a string (type-mismatch reports that). */
export function stringMember(value: unknown, key: string): string | undefined {
  const found = member(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** The S3 import source of a request or response, when it is an object. */
export function s3Source(value: WireObject): unknown {
  return member(member(value, 'ImportSource'), 'S3');
}
