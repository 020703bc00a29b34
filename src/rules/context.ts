import type { Shape } from '../contract/timestamps.js';
import { bucketRegionFacts, firstDestinationFacts, importIdFacts, locationUriFacts, roleArnFacts, type MemberFacts } from './member-facts.js';
import type { Subject, Violation } from './types.js';

export { NO_VIOLATIONS } from './no-violations.js';

/** What a StartImport request asks for, judged by which members it has. */
export type RequestKind = 'new' | 'retry' | 'ambiguous' | 'empty';

/** A checked value in the wire shape: a plain object of its members. */
export type WireObject = Readonly<Record<string, unknown>>;

/**
 * What the rules read of a checked value, read from it once. A member is present when the value
 * has it (not undefined; in the sdk shape, not null), also when it is of the wrong type or a
 * timestamp that could not be read; the typed fields hold only values of the right type.
 */
export interface ValueView {
  readonly wire: WireObject;
  readonly hasDestinations: boolean;
  readonly hasImportSource: boolean;
  readonly hasStartEventTime: boolean;
  readonly hasEndEventTime: boolean;
  readonly hasImportId: boolean;
  /** `Destinations` as it is (type-mismatch reports a non-array). */
  readonly destinations: unknown;
  readonly importId: string | undefined;
  /** `ImportSource.S3` as it is. */
  readonly s3: unknown;
  readonly s3LocationUri: string | undefined;
  readonly s3BucketRegion: string | undefined;
  readonly s3BucketAccessRoleArn: string | undefined;
  /** Epoch seconds, when the timestamp was read. */
  readonly startEventTime: number | undefined;
  readonly endEventTime: number | undefined;
  /** The facts of each string member (see `MemberFacts`), read once; `Destinations[0]`'s only (most requests have one). */
  readonly firstDestination: MemberFacts | undefined;
  readonly importIdFacts: MemberFacts | undefined;
  readonly locationUriFacts: MemberFacts | undefined;
  readonly bucketRegionFacts: MemberFacts | undefined;
  readonly roleArnFacts: MemberFacts | undefined;
}

/** What every rule is given beside the value. */
export interface RuleContext {
  readonly subject: Exclude<Subject, 'error' | 'wire'>;
  readonly shape: Shape;
  /** "Now", in epoch seconds. */
  now(): number;
  /**
   * A time, in epoch seconds, known not to be after "now", or -Infinity: a time at or before it
   * is not in the future without reading the clock again.
   */
  readonly notAfterNow: number;
  /** For a response: the request it answers, when known. */
  readonly request?: ValueView;
}

/** One rule of the catalogue: reads a normalised value, reports its violations. */
export interface Rule {
  readonly name: string;
  readonly subjects: readonly Exclude<Subject, 'error' | 'wire'>[];
  /** The violations found; rules return `NO_VIOLATIONS` (shared, never mutated) when there are none. */
  check(value: ValueView, context: RuleContext): readonly Violation[];
}


/**
 * `value[key]` when `value` is a non-array object, else `undefined`. Reads the property as the SDK
 * does (inherited ones too); no member name of the model is a key of Object.prototype.
 */
export function member(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function secondsOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Which members a value has; see `ValueView`. */
export interface Presence {
  hasDestinations: boolean;
  hasImportSource: boolean;
  hasStartEventTime: boolean;
  hasEndEventTime: boolean;
  hasImportId: boolean;
}

/** The view of a value in the wire shape, given which members the original value had. */
export function viewOf(wire: WireObject, presence: Presence): ValueView {
  const s3 = member(wire['ImportSource'], 'S3');
  const destinations = wire['Destinations'];
  const first: unknown = Array.isArray(destinations) ? (destinations as readonly unknown[])[0] : undefined;
  const importId = stringOrUndefined(wire['ImportId']);
  const s3LocationUri = stringOrUndefined(member(s3, 'S3LocationUri'));
  const s3BucketRegion = stringOrUndefined(member(s3, 'S3BucketRegion'));
  const s3BucketAccessRoleArn = stringOrUndefined(member(s3, 'S3BucketAccessRoleArn'));
  return {
    wire,
    hasDestinations: presence.hasDestinations,
    hasImportSource: presence.hasImportSource,
    hasStartEventTime: presence.hasStartEventTime,
    hasEndEventTime: presence.hasEndEventTime,
    hasImportId: presence.hasImportId,
    destinations,
    importId,
    s3,
    s3LocationUri,
    s3BucketRegion,
    s3BucketAccessRoleArn,
    startEventTime: secondsOrUndefined(wire['StartEventTime']),
    endEventTime: secondsOrUndefined(wire['EndEventTime']),
    firstDestination: typeof first === 'string' ? firstDestinationFacts(first) : undefined,
    importIdFacts: importId === undefined ? undefined : importIdFacts(importId),
    locationUriFacts: s3LocationUri === undefined ? undefined : locationUriFacts(s3LocationUri),
    bucketRegionFacts: s3BucketRegion === undefined ? undefined : bucketRegionFacts(s3BucketRegion),
    roleArnFacts: s3BucketAccessRoleArn === undefined ? undefined : roleArnFacts(s3BucketAccessRoleArn),
  };
}
