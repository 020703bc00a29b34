import fc from 'fast-check';
import { checkBucketName } from '../contract/s3.js';
import { lowerAlnum, lowerLetter } from './_internals/characters.js';
import { checkConstraints, BOOLEAN, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `s3BucketName`. */
export interface S3BucketNameConstraints {
  /**
   * `true`: names legal only for us-east-1 buckets created before 2018-03-01 (uppercase letters,
   * `_`, or 64–255 characters), which the validator warns about (`s3-bucket-name-legacy`).
   * Default `false`: names that follow today's rules.
   */
  readonly legacy?: boolean | undefined;
}

const S3_BUCKET_NAME_TAKES = { legacy: BOOLEAN } as const satisfies ConstraintTakes<S3BucketNameConstraints>;

// A label: alphanumeric runs joined by single hyphens, so it never starts or ends with `-` nor holds `--`.
const label = fc.array(lowerAlnum(1, 6), { minLength: 1, maxLength: 3 }).map((runs) => runs.join('-'));

/** Today's rules: 3–63 characters of a-z 0-9 . -, letter first, labels joined by single periods. */
const modern = fc
  .tuple(lowerLetter(), lowerAlnum(2, 8), fc.array(label, { maxLength: 2 }))
  .map(([first, rest, labels]) => [`${first}${rest}`, ...labels].join('.'))
  // Drops the few names that hit a reserved prefix or suffix (sthree-…, …-s3alias, ….mrap, …-an).
  .filter((name) => checkBucketName(name).verdict === 'valid');

const legacy = fc
  .tuple(modern, fc.constantFrom('upper', 'underscore', 'long'), lowerAlnum(64, 100))
  .map(([name, how, padding]) => {
    if (how === 'upper') return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    if (how === 'underscore') return `${name.charAt(0)}_${name.slice(1)}`;
    return `${name}${padding}`.slice(0, Math.max(64, name.length));
  })
  .filter((name) => checkBucketName(name).verdict === 'legacy');

/**
 * An S3 bucket name following today's naming rules (or, with `legacy`, one only old us-east-1
 * buckets may have). None ends with `-an`, the suffix S3 reserves for account regional namespace
 * names (`PREFIX-ACCOUNT-REGION-an`).
 *
 * @example
 * fc.sample(s3BucketName(), 2); // e.g. ['kq3x.logs-2', 'a0b']
 *
 * @remarks Since 0.1.0
 */
export function s3BucketName(constraints: S3BucketNameConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('s3BucketName', constraints, S3_BUCKET_NAME_TAKES);
  return constraints.legacy === true ? legacy : modern;
}
