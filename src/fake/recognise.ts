/**
 * Whether a value is one of the fakes, for the surfaces that take one made elsewhere (the msw
 * handlers, the aws-sdk-client-mock helpers): a fake is recognised by the methods they call on it,
 * so a wrong argument is refused where it is given, not when the first request reaches it.
 */
import type { FakeCloudTrailImports } from './types.js';
import type { LogsImportFake } from './logs/types.js';

/** Whether `value` is a fake made by `createFakeCloudTrailImports` (its `handle`). */
export function isCloudTrailImportsFake(value: unknown): value is FakeCloudTrailImports {
  return typeof value === 'object' && value !== null && typeof (value as Partial<FakeCloudTrailImports>).handle === 'function';
}

/** Whether `value` is a fake made by `createLogsImportFake` (its `handle` and `logGroups`). */
export function isLogsImportFake(value: unknown): value is LogsImportFake {
  return isCloudTrailImportsFake(value) && typeof (value as { readonly logGroups?: unknown }).logGroups === 'function';
}
