import { consistentPartition } from './consistent-partition.js';
import { noRetryWithNewImportParams } from './no-retry-with-new-import-params.js';
import { noStringTimestamps } from './no-string-timestamps.js';
import { noUnknownMembers } from './no-unknown-members.js';
import { requireNewImportParams } from './require-new-import-params.js';
import { respectImportPolicy } from './respect-import-policy.js';
import { validDestination } from './valid-destination.js';
import { validImportId } from './valid-import-id.js';
import { validImportSource } from './valid-import-source.js';
import { validTimeRange } from './valid-time-range.js';

/** Every rule of the plugin, by name, in the order of the README's table. */
export const rules = {
  'no-retry-with-new-import-params': noRetryWithNewImportParams,
  'require-new-import-params': requireNewImportParams,
  'valid-time-range': validTimeRange,
  'no-string-timestamps': noStringTimestamps,
  'valid-destination': validDestination,
  'valid-import-source': validImportSource,
  'consistent-partition': consistentPartition,
  'valid-import-id': validImportId,
  'no-unknown-members': noUnknownMembers,
  'respect-import-policy': respectImportPolicy,
} as const;

/** The name of a rule of the plugin, without the `cloudtrail-import/` prefix. */
export type RuleName = keyof typeof rules;
