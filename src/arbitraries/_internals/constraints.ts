/**
 * The one check of an arbitrary's constraints: an object (or left out), every own key one of the
 * arbitrary's constraints, every value given of the kind it takes. A misspelt constraint or a
 * value of another kind (`{ shape: 'wirre' }`) was ignored, and the arbitrary made values of
 * another kind than the test asked for; one the arbitrary read as it was (`{ min: 'x' }`) threw the
 * engine's TypeError from inside it. Either is now a TypeError naming the arbitrary and the
 * constraint, when the arbitrary is made.
 */
import { checkOptionsObject } from '../../contract/options.js';
import { PARTITION_IDS } from './regions.js';
import { describe, isDate } from '../../contract/timestamps.js';
import { partitionOfRegion } from '../../contract/partitions.js';
import { checkBucketName, ORGANIZATION_ID as ORGANIZATION_ID_PATTERN } from '../../contract/s3.js';

/** What a constraint takes: a test of a value given, and its words in a message ("a valid Date"). */
export interface Takes {
  readonly test: (value: unknown) => boolean;
  readonly words: string;
}

/** What each constraint of `Constraints` takes: the compiler holds the keys to the interface. */
export type ConstraintTakes<Constraints> = { readonly [Name in keyof Required<Constraints>]: Takes };

/** One of `values`. */
export function oneOf(values: readonly string[]): Takes {
  return { test: (value) => typeof value === 'string' && values.includes(value), words: `one of ${values.map((v) => `'${v}'`).join(', ')}` };
}

export const SHAPE: Takes = oneOf(['sdk', 'wire', 'cli']);
/** A partition that lists Regions, as the arbitraries draw them from. */
export const PARTITION: Takes = oneOf(PARTITION_IDS);
/** The bucket layouts of `s3LocationUri` (`S3Layout`). */
export const LAYOUT: Takes = oneOf(['cloudtrail', 'organization', 'custom']);
export const BOOLEAN: Takes = { test: (value) => typeof value === 'boolean', words: 'true or false' };
export const DATE: Takes = { test: (value) => isDate(value) && !Number.isNaN(value.getTime()), words: 'a valid Date' };
export const TEXT: Takes = { test: (value) => typeof value === 'string' && value !== '', words: 'a non-empty string' };
/** The most items a list constraint takes (`codes`, `regions`): more than any catalogue or partition holds, and few enough to read at once. */
export const MAX_CONSTRAINT_ITEMS = 1000;
/** A list of at most `MAX_CONSTRAINT_ITEMS` strings, every one there (a sparse list of 2³² − 1 holes took minutes to read). */
export const TEXTS: Takes = {
  test: (value) => Array.isArray(value) && value.length <= MAX_CONSTRAINT_ITEMS && Array.from(value as readonly unknown[]).every((item) => typeof item === 'string'),
  words: `a list of at most ${String(MAX_CONSTRAINT_ITEMS)} strings`,
};
/** A Region code of a partition this release knows (listed, or of its Region pattern): one the contract's Region checks take. */
export const REGION: Takes = { test: (value) => typeof value === 'string' && partitionOfRegion(value) !== undefined, words: 'a Region code of a known partition (us-east-1, cn-north-1, …)' };
/** A list of at most `MAX_CONSTRAINT_ITEMS` Region codes, each as `REGION` takes it. */
export const REGIONS: Takes = {
  test: (value) => TEXTS.test(value) && (value as readonly unknown[]).every((item) => REGION.test(item)),
  words: `a list of at most ${String(MAX_CONSTRAINT_ITEMS)} Region codes of known partitions`,
};
/** A bucket name S3 takes today: no `s3-bucket-name-invalid`, and no legacy name (a warning). */
export const BUCKET_NAME: Takes = { test: (value) => typeof value === 'string' && checkBucketName(value).verdict === 'valid', words: "a bucket name S3 takes today (3–63 of a-z 0-9 . -, see s3BucketName)" };
/** An AWS Organizations id, as an organization trail writes it in its keys. */
export const ORGANIZATION_ID: Takes = { test: (value) => typeof value === 'string' && ORGANIZATION_ID_PATTERN.test(value), words: 'an organization id (o- then 10 to 32 of a-z 0-9)' };
export const ACCOUNT_ID: Takes = { test: (value) => typeof value === 'string' && /^\d{12}$/.test(value), words: 'a 12-digit account id' };
export const COUNT: Takes = { test: (value) => Number.isSafeInteger(value) && (value as number) >= 0, words: 'a whole number from 0' };
/** A fast-check arbitrary (of any realm or copy of fast-check: read by its `generate`). */
export const ARBITRARY: Takes = { test: (value) => typeof value === 'object' && value !== null && typeof (value as { generate?: unknown }).generate === 'function', words: 'a fast-check arbitrary' };
export const ANYTHING: Takes = { test: () => true, words: 'any value' };

/**
 * For an arbitrary that takes no constraints: its arguments (`none`), which must be none. An
 * argument given (`awsPartition({ partition: 'aws-cn' })`) would be ignored, and the values drawn
 * be of another kind than asked; it is a TypeError naming the arbitrary, as a key that is none of
 * an arbitrary's constraints is. An explicit `undefined` is none, as it is "not given" for the others.
 */
export function checkNoConstraints(who: string, none: readonly unknown[]): void {
  const given = none.find((argument) => argument !== undefined);
  if (given !== undefined) throw new TypeError(`${who}: takes no constraints (got ${describe(given)})`);
}

/**
 * `constraints`, checked for `who` (the arbitrary's name): a TypeError for anything but an object,
 * for an own key `takes` does not name, and for a value given (not `undefined`) that its constraint does not take.
 */
export function checkConstraints<Constraints extends object>(who: string, constraints: Constraints, takes: ConstraintTakes<Constraints>): Constraints {
  checkOptionsObject(who, constraints, takes, 'constraint');
  for (const [name, expected] of Object.entries<Takes>(takes)) {
    const value: unknown = (constraints as Readonly<Record<string, unknown>>)[name];
    if (value !== undefined && !expected.test(value)) {
      throw new TypeError(`${who}: constraints.${name} must be ${expected.words} (got ${isDate(value) && Number.isNaN(value.getTime()) ? 'an Invalid Date' : describe(value)})`);
    }
  }
  return constraints;
}
