import { consistentPartition } from './consistent-partition.js';
import { noRetryWithNewImportParams } from './no-retry-with-new-import-params.js';
import { noStringTimestamps } from './no-string-timestamps.js';
import { noUnknownMembers } from './no-unknown-members.js';
import { requireNewImportParams } from './require-new-import-params.js';
import { respectImportPolicy } from './respect-import-policy.js';
import { respectImportPolicyWarnings } from './respect-import-policy-warnings.js';
import { validDestination } from './valid-destination.js';
import { validDestinationWarnings } from './valid-destination-warnings.js';
import { validImportId } from './valid-import-id.js';
import { validImportIdWarnings } from './valid-import-id-warnings.js';
import { validImportSource } from './valid-import-source.js';
import { validImportSourceWarnings } from './valid-import-source-warnings.js';
import { validTimeRange } from './valid-time-range.js';
import { validTimeRangeWarnings } from './valid-time-range-warnings.js';
import { validReadImportParams } from './valid-read-import-params.js';
import { validReadImportParamsWarnings } from './valid-read-import-params-warnings.js';
import { epochMilliseconds } from './epoch-milliseconds.js';

/**
 * Every rule of the plugin, by name, in the order of the README's table. A rule reports one
 * severity (ESLint's is per rule): a `-warnings` rule holds the warnings of the rule before it.
 */
export const rules = {
  'no-retry-with-new-import-params': noRetryWithNewImportParams,
  'require-new-import-params': requireNewImportParams,
  'valid-time-range': validTimeRange,
  'valid-time-range-warnings': validTimeRangeWarnings,
  'no-string-timestamps': noStringTimestamps,
  'valid-destination': validDestination,
  'valid-destination-warnings': validDestinationWarnings,
  'valid-import-source': validImportSource,
  'valid-import-source-warnings': validImportSourceWarnings,
  'consistent-partition': consistentPartition,
  'valid-import-id': validImportId,
  'valid-import-id-warnings': validImportIdWarnings,
  'no-unknown-members': noUnknownMembers,
  'valid-read-import-params': validReadImportParams,
  'valid-read-import-params-warnings': validReadImportParamsWarnings,
  'epoch-milliseconds': epochMilliseconds,
  'respect-import-policy': respectImportPolicy,
  'respect-import-policy-warnings': respectImportPolicyWarnings,
} as const;

/** The name of a rule of the plugin, without the `cloudtrail-import/` prefix. */
export type RuleName = keyof typeof rules;
