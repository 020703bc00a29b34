import fc from 'fast-check';
import type { Shape } from '../../../contract/timestamps.js';
import { defineMember } from '../../../contract/record.js';
import type { ViolationCode } from '../../../rules/types.js';
import type { StartImportWireRequest } from '../../../validate/wire-types.js';
import { toShape } from '../shapes.js';

/**
 * The valid request a mutation starts from: any new import, one with a time range (`timed`), one
 * whose destination is an ARN (`arn`), or a retry.
 */
export type BaseKind = 'new' | 'timed' | 'arn' | 'retry';

/** What a mutation may depend on beside its base request. */
export interface MutationContext {
  readonly shape: Shape;
  /** "Now", for the time-range-in-future warning. */
  readonly now: Date;
}

/** A request being mutated: a plain object of members (of any type, once mutated). */
export type Draft = Record<string, unknown>;

/** One way of breaking a valid request so that it gets `code` (and the codes of `also`, which it cannot come without). */
export interface Mutation {
  readonly code: ViolationCode;
  readonly also: readonly ViolationCode[];
  readonly base: BaseKind;
  /** What the mutation does, for test names and reports. */
  readonly what: string;
  /** The mutated requests, in `context.shape`, of the valid wire requests `base` yields. */
  build(base: fc.Arbitrary<StartImportWireRequest>, context: MutationContext): fc.Arbitrary<unknown>;
}

interface Definition<P> {
  readonly code: ViolationCode;
  readonly also?: readonly ViolationCode[];
  readonly base: BaseKind;
  readonly what: string;
  /** The mutation's own parameters; a function when they depend on the shape or on "now". */
  readonly params: fc.Arbitrary<P> | ((context: MutationContext) => fc.Arbitrary<P>);
}

const NO_CODES: readonly ViolationCode[] = Object.freeze([]);

function paramsFor<P>(definition: Definition<P>, context: MutationContext): fc.Arbitrary<P> {
  return typeof definition.params === 'function' ? definition.params(context) : definition.params;
}

/** A mutation whose values are `make(base request, drawn parameters)`: drawn side by side, so shrinking shrinks both. */
function mutationOf<P>(definition: Definition<P>, make: (request: Draft, params: P, context: MutationContext) => unknown): Mutation {
  return {
    code: definition.code,
    also: definition.also ?? NO_CODES,
    base: definition.base,
    what: definition.what,
    build: (base, context) =>
      fc.tuple(base, paramsFor(definition, context)).map(([request, params]) => {
        const made = make({ ...request }, params, context);
        return context.shape === 'sdk' ? made : withoutUndefined(made);
      }),
  };
}

/**
 * A wire or cli request as its JSON text holds it: a member a builder left undefined (which the
 * sdk shape keeps, as code does) is absent, as JSON has no undefined. Plain objects only, copied
 * where changed; the label is the same, as the validator reads an undefined member as absent.
 */
function withoutUndefined(value: unknown, depth = 0): unknown {
  // A request's structures nest three deep (ImportSource.S3); deeper values are left as they are.
  if (depth > MAX_STRUCTURE_DEPTH || typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Draft = {};
  for (const [key, item] of Object.entries(value)) {
    // Defined, not assigned: an own `__proto__` member stays a member.
    if (item !== undefined) defineMember(copy, key, withoutUndefined(item, depth + 1));
  }
  return copy;
}

const MAX_STRUCTURE_DEPTH = 3;

/**
 * A mutation of the wire request, converted to the asked shape afterwards. The base and the
 * parameters are drawn side by side and combined by a pure function, so shrinking shrinks both and
 * every shrunk value is mutated the same way: it keeps its label.
 */
export function mutation<P>(definition: Definition<P> & { readonly apply: (base: Draft, params: P, context: MutationContext) => Draft }): Mutation {
  return mutationOf(definition, (request, params, context) => toShape(definition.apply(request, params, context), context.shape));
}

/**
 * A mutation of the request already in its shape: for mistakes that differ by shape (a timestamp
 * of the wrong type) or that must keep the shape's own values (a Date under a mistyped name).
 */
export function shapedMutation<P>(definition: Definition<P> & { readonly apply: (shaped: Draft, params: P, context: MutationContext) => unknown }): Mutation {
  return mutationOf(definition, (request, params, context) => definition.apply(toShape(request, context.shape), params, context));
}

/** The request without `names` (a copy: values drawn by fast-check are shared with its shrinker and are never changed). */
export function without(request: Draft, ...names: readonly string[]): Draft {
  const copy = { ...request };
  for (const name of names) Reflect.deleteProperty(copy, name);
  return copy;
}

/** Defines `key` as an own member, also `__proto__` (which an assignment would turn into the prototype). */
export function withMember(target: Draft, key: string, value: unknown): Draft {
  const copy = { ...target };
  defineMember(copy, key, value);
  return copy;
}
