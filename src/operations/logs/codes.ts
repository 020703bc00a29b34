/**
 * The catalogue code each constraint of the CloudWatch Logs model is reported under, by shape
 * (as `SHAPE_CODES` does for CloudTrail's): a constraint of a shape with no entry here makes
 * `compileStructuralChecks` throw when the operation is compiled, on its first validation. Every
 * one is a `logs-…` code; unknown members, wrong types and missing required members are the
 * shared generic codes.
 */
import type { ConstraintCodes } from '../../core/structural.js';

/** A `Timestamp` is a botocore `long` of epoch milliseconds: a Date or a fraction is the usual slip. */
const EPOCH_MILLISECONDS = 'epoch milliseconds: pass date.getTime() for a Date';

export const LOGS_SHAPE_CODES: Readonly<Record<string, ConstraintCodes>> = {
  ImportId: { length: 'logs-import-id-invalid', pattern: 'logs-import-id-invalid' },
  DescribeLimit: { range: 'logs-limit-out-of-range' },
  NextToken: { length: 'logs-next-token-empty' },
  ImportStatus: { enum: 'logs-import-status-invalid' },
  Timestamp: { range: 'logs-timestamp-negative', typeHint: EPOCH_MILLISECONDS },
  StoredBytes: { range: 'logs-timestamp-negative' },
  BatchId: { length: 'logs-batch-id-invalid' },
  // The model's `min: 1`; the documented check of the ARN (roleArnChecks) reports any other problem under the same code.
  RoleArn: { length: 'logs-import-role-arn-invalid' },
};
