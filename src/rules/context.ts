import { parseRoleArn, type RoleArn } from '../contract/arn.js';
import { commonDestinationPartition, readDestination, type DestinationFacts } from '../contract/event-data-store.js';
import { partitionOfRegion, type PartitionId } from '../contract/partitions.js';
import { readS3Location, type S3LocationFacts } from '../contract/s3.js';
import { checkedLength } from './limits.js';
import type { Violation } from './types.js';

export { NO_VIOLATIONS } from './no-violations.js';

/** What a StartImport request asks for, judged by which members it has. */
export type RequestKind = 'new' | 'retry' | 'ambiguous' | 'empty';

/** A checked value in the wire shape: a plain object of its members. */
export type WireObject = Readonly<Record<string, unknown>>;

/** Which members a value has; see `ValueView`. */
export interface Presence {
  hasDestinations: boolean;
  hasImportSource: boolean;
  hasStartEventTime: boolean;
  hasEndEventTime: boolean;
  hasImportId: boolean;
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

/** A destination as the view reads it: the partition of one of the common form, the facts of any other string, nothing for another value. */
type DestinationReading = PartitionId | DestinationFacts | undefined;

/** Not read yet: the readings below are made on first use, once per validation. */
const UNREAD = Symbol('unread');
type Lazy<T> = T | typeof UNREAD;

/**
 * What the checks read of one decoded value (a StartImport request or response), read from it
 * once per validation. A member is present when the value has it (not undefined; in the sdk
 * shape, not null), also when it is of the wrong type or a timestamp that could not be read; the
 * typed fields hold only values of the right type. The parsed members several checks share (the
 * first destination, the S3 location, the role ARN, the bucket Region's partition) are parsed on
 * first use and kept for this value only: nothing is kept across validations.
 */
export class ValueView implements Presence {
  // Fields are declared, not defined: emitted class fields are each defined before the constructor
  // assigns them, about a sixth of a view's cost on requests never seen before.
  declare readonly wire: WireObject;
  declare readonly hasDestinations: boolean;
  declare readonly hasImportSource: boolean;
  declare readonly hasStartEventTime: boolean;
  declare readonly hasEndEventTime: boolean;
  declare readonly hasImportId: boolean;
  /** `Destinations` as it is (type-mismatch reports a non-array). */
  declare readonly destinations: unknown;
  /** How many items of `Destinations` are checked (see `checkedLength`); 0 when it is not a list. */
  declare readonly checkedDestinations: number;
  declare readonly importId: string | undefined;
  /** `ImportSource` as it is. */
  declare readonly importSource: unknown;
  /** `ImportSource.S3` as it is. */
  declare readonly s3: unknown;
  declare readonly s3LocationUri: string | undefined;
  declare readonly s3BucketRegion: string | undefined;
  declare readonly s3BucketAccessRoleArn: string | undefined;
  /** Epoch seconds, when the timestamp was read. */
  declare readonly startEventTime: number | undefined;
  declare readonly endEventTime: number | undefined;
  /** What decoding the value found (`timestamp-invalid`), reported by the check that owns the code. */
  declare readonly decoded: readonly Violation[];
  /** For a response: the request it answers, when known. */
  declare readonly request: ValueView | undefined;
  private declare destinationReadings: readonly DestinationReading[] | undefined;
  private declare locationFacts: Lazy<S3LocationFacts | undefined>;
  private declare roleFacts: Lazy<RoleArn | { readonly problem: string } | undefined>;
  private declare regionFacts: Lazy<PartitionId | undefined>;

  constructor(wire: WireObject, presence: Readonly<Presence>, decoded: readonly Violation[], request?: ValueView) {
    this.wire = wire;
    this.hasDestinations = presence.hasDestinations;
    this.hasImportSource = presence.hasImportSource;
    this.hasStartEventTime = presence.hasStartEventTime;
    this.hasEndEventTime = presence.hasEndEventTime;
    this.hasImportId = presence.hasImportId;
    const destinations = wire['Destinations'];
    this.destinations = destinations;
    this.checkedDestinations = Array.isArray(destinations) ? checkedLength(destinations as readonly unknown[]) : 0;
    this.importId = stringOrUndefined(wire['ImportId']);
    this.importSource = wire['ImportSource'];
    const s3 = member(this.importSource, 'S3');
    this.s3 = s3;
    this.s3LocationUri = stringOrUndefined(member(s3, 'S3LocationUri'));
    this.s3BucketRegion = stringOrUndefined(member(s3, 'S3BucketRegion'));
    this.s3BucketAccessRoleArn = stringOrUndefined(member(s3, 'S3BucketAccessRoleArn'));
    this.startEventTime = secondsOrUndefined(wire['StartEventTime']);
    this.endEventTime = secondsOrUndefined(wire['EndEventTime']);
    this.decoded = decoded;
    this.request = request;
    this.destinationReadings = undefined;
    this.locationFacts = UNREAD;
    this.roleFacts = UNREAD;
    this.regionFacts = UNREAD;
  }

  /**
   * The reading of the destination at `index` (below `checkedDestinations`), or `undefined` when it
   * is not a string (type-mismatch's). A destination of the common form (`isCommonDestination`) is
   * read again here, in full: the destination checks skip it.
   */
  destinationAt(index: number): DestinationFacts | undefined {
    const reading = this.destinationReading(index);
    return typeof reading === 'string' ? readDestination((this.destinations as readonly string[])[index] as string) : reading;
  }

  /**
   * Whether the destination at `index` is an event data store ARN of the common form whose Region
   * is of its partition, of which no destination check finds anything: read by one test, without
   * building its facts (a hundred such destinations in one list, destinations-count's, are common in
   * the arbitraries' invalid requests).
   */
  isCommonDestination(index: number): boolean {
    return typeof this.destinationReading(index) === 'string';
  }

  /** The partition of the destination at `index`, when it is an event data store ARN whose Region is of its partition. */
  destinationPartition(index: number): PartitionId | undefined {
    const reading = this.destinationReading(index);
    return typeof reading === 'string' ? reading : reading?.partition;
  }

  /** Every checked destination is read once, in one pass, on first use: the destination checks and the partition read each. */
  private destinationReading(index: number): DestinationReading {
    let readings = this.destinationReadings;
    if (readings === undefined) {
      const destinations = this.destinations as readonly unknown[];
      const read: DestinationReading[] = [];
      for (let i = 0; i < this.checkedDestinations; i += 1) {
        const item: unknown = destinations[i];
        read.push(typeof item === 'string' ? (commonDestinationPartition(item) ?? readDestination(item)) : undefined);
      }
      readings = read;
      this.destinationReadings = readings;
    }
    return readings[index];
  }

  /** `S3LocationUri` read as `s3://BUCKET[/PREFIX]`, its bucket name judged; `undefined` when absent or not such a URI. */
  location(): S3LocationFacts | undefined {
    if (this.locationFacts === UNREAD) this.locationFacts = this.s3LocationUri === undefined ? undefined : readS3Location(this.s3LocationUri);
    return this.locationFacts;
  }

  /** `S3BucketAccessRoleArn` read as an IAM role ARN (or why it is not one); `undefined` when absent. */
  role(): RoleArn | { readonly problem: string } | undefined {
    if (this.roleFacts === UNREAD) this.roleFacts = this.s3BucketAccessRoleArn === undefined ? undefined : parseRoleArn(this.s3BucketAccessRoleArn);
    return this.roleFacts;
  }

  /** The partition of `S3BucketRegion`, when it is a Region code of one. */
  regionPartition(): PartitionId | undefined {
    if (this.regionFacts === UNREAD) this.regionFacts = this.s3BucketRegion === undefined ? undefined : partitionOfRegion(this.s3BucketRegion);
    return this.regionFacts;
  }
}

/** The view of a value in the wire shape, given which members the original value had. */
export function viewOf(wire: WireObject, presence: Readonly<Presence>, decoded: readonly Violation[] = [], request?: ValueView): ValueView {
  return new ValueView(wire, presence, decoded, request);
}
