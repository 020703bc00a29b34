/**
 * Whether a value is one of the fakes, for the surfaces that take one made elsewhere (the msw
 * handlers, the aws-sdk-client-mock helpers): a fake is recognised by the methods they call on it,
 * so a wrong argument is refused where it is given, not when the first request reaches it.
 */
import type { FakeCloudTrailImports } from './types.js';
import type { LogsImportFake } from './logs/types.js';

/** Whether `value` has a method named `name`. */
const hasMethod = (value: object, name: string): boolean => typeof (value as Readonly<Record<string, unknown>>)[name] === 'function';

/**
 * Whether `value` is a fake made by `createFakeCloudTrailImports` (its `handle` and `startImport`).
 * A CloudWatch Logs fake has a `handle` too, for its own operations: it is no CloudTrail fake.
 */
export function isCloudTrailImportsFake(value: unknown): value is FakeCloudTrailImports {
  return typeof value === 'object' && value !== null && hasMethod(value, 'handle') && hasMethod(value, 'startImport');
}

/** Whether `value` is a fake made by `createLogsImportFake` (its `handle`, `createImportTask` and `logGroups`). */
export function isLogsImportFake(value: unknown): value is LogsImportFake {
  return typeof value === 'object' && value !== null && hasMethod(value, 'handle') && hasMethod(value, 'createImportTask') && hasMethod(value, 'logGroups');
}
