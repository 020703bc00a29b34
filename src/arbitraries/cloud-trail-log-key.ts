import fc from 'fast-check';
import { accountId as anyAccountId } from './account-id.js';
import { awsRegion } from './aws-region.js';
import { stringOf } from './_internals/characters.js';
import { DEFAULT_MAX, DEFAULT_MIN } from './time-range.js';
import { checkConstraints, ACCOUNT_ID, DATE, ORGANIZATION_ID, REGION, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `cloudTrailLogKey`. */
export interface CloudTrailLogKeyConstraints {
  /** Default: any. */
  readonly accountId?: string | undefined;
  /** Default: any Region. */
  readonly region?: string | undefined;
  /** When the log file was written. Default: any minute in 2013-11-01 … 2025-01-01. */
  readonly date?: Date | undefined;
  /** An organization trail's id (`o-…`): the key then sits under `AWSLogs/ORG_ID/`. Default: none. */
  readonly organizationId?: string | undefined;
}

const CLOUD_TRAIL_LOG_KEY_TAKES = { accountId: ACCOUNT_ID, region: REGION, date: DATE, organizationId: ORGANIZATION_ID } as const satisfies ConstraintTakes<CloudTrailLogKeyConstraints>;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The S3 key of a CloudTrail log file:
 * `AWSLogs/[ORG_ID/]ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz`.
 *
 * @example
 * fc.sample(cloudTrailLogKey({ accountId: '111122223333', region: 'us-east-1' }), 1);
 * // e.g. ['AWSLogs/111122223333/CloudTrail/us-east-1/2024/01/09/111122223333_CloudTrail_us-east-1_20240109T1105Z_a1B2c3D4e5F6g7H8.json.gz']
 *
 * @remarks Since 0.1.0
 */
export function cloudTrailLogKey(constraints: CloudTrailLogKeyConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('cloudTrailLogKey', constraints, CLOUD_TRAIL_LOG_KEY_TAKES);
  return fc
    .record({
      account: constraints.accountId === undefined ? anyAccountId() : fc.constant(constraints.accountId),
      region: constraints.region === undefined ? awsRegion() : fc.constant(constraints.region),
      date: constraints.date === undefined ? fc.date({ min: DEFAULT_MIN, max: DEFAULT_MAX, noInvalidDate: true }) : fc.constant(constraints.date),
      unique: stringOf('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16, 16),
      organization: constraints.organizationId === undefined ? fc.constant(undefined) : fc.constant(constraints.organizationId),
    })
    .map(({ account, region, date, unique, organization }) => {
      const [y, m, d, h, min] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
      const folder = `AWSLogs/${organization === undefined ? '' : `${organization}/`}${account}/CloudTrail/${region}/${String(y)}/${pad(m)}/${pad(d)}/`;
      return `${folder}${account}_CloudTrail_${region}_${String(y)}${pad(m)}${pad(d)}T${pad(h)}${pad(min)}Z_${unique}.json.gz`;
    });
}
