/** StartImport: a new import, or the retry of a failed or stopped one. */
import { readTimestamp } from '../contract/timestamps.js';
import { formatViolations, validateStartImportRequest } from '../validate/index.js';
import { findImport, homeOf, type Call, type FakeContext } from './context.js';
import { refuse, refuseInvalid, refuseState, withWarnings } from './errors.js';
import { resolveDestination } from './event-data-stores.js';
import { importOutput } from './serialise.js';
import type { StoredImport, StoredSource } from './state.js';
import type { FakeOutcome } from './types.js';

type Request = Readonly<Record<string, unknown>>;

function seconds(value: unknown, call: Call): number | undefined {
  if (value === undefined || value === null) return undefined;
  const reading = readTimestamp(value, call.shape);
  return 'seconds' in reading ? reading.seconds : undefined;
}

function ongoingRefusal(ongoing: StoredImport): FakeOutcome {
  return refuseState('AccountHasOngoingImportException', `import ${ongoing.id} is ${ongoing.status} in account ${ongoing.accountId}, ${ongoing.region}`);
}

/**
 * A new import (the request is valid, so its members are present and well-formed). It counts
 * against the destination's account and Region: one import in progress per pair.
 */
function startNew(context: FakeContext, request: Request, call: Call): FakeOutcome {
  const destinations = request['Destinations'] as readonly string[];
  const destination = resolveDestination(destinations[0] ?? '', homeOf(context, call));
  if (destination === undefined) return refuseState('EventDataStoreARNInvalidException', `cannot read ${String(destinations[0])}`);
  const refusal = context.eventDataStores.check(destination, call.endpointRegion);
  if (refusal !== undefined) return refuseState(refusal.exception, refusal.detail);
  const ongoing = context.store.ongoing(destination.accountId, destination.region);
  if (ongoing !== undefined) return ongoingRefusal(ongoing);
  const s3 = (request['ImportSource'] as { readonly S3: StoredSource }).S3;
  const stored = context.store.add({
    id: context.nextId(),
    destinations: [...destinations],
    source: { S3LocationUri: s3.S3LocationUri, S3BucketRegion: s3.S3BucketRegion, S3BucketAccessRoleArn: s3.S3BucketAccessRoleArn },
    start: seconds(request['StartEventTime'], call),
    end: seconds(request['EndEventTime'], call),
    created: context.clock.now().getTime(),
    eventDataStoreArn: destination.arn,
    accountId: destination.accountId,
    region: destination.region,
  });
  return { ok: true, output: importOutput(stored, call.shape) };
}

/**
 * A retry: the same import back to INITIALIZING, its destination, source and time range kept.
 * Checked in this order (assumed; the service's order is not documented): the import must exist
 * at this endpoint (ImportNotFoundException), no import may be in progress in its account and
 * Region — itself included (AccountHasOngoingImportException) — and it must have ended FAILED or
 * STOPPED, the statuses the documentation offers a retry for. A COMPLETED import is refused with
 * OperationNotPermittedException: the request is well-formed (not InvalidParameterException), the
 * operation is what the import's state does not permit.
 */
function retry(context: FakeContext, importId: string, call: Call): FakeOutcome {
  const stored = findImport(context, importId, call);
  if (stored === undefined) return refuseState('ImportNotFoundException', `no import ${importId}`);
  const ongoing = context.store.ongoing(stored.accountId, stored.region);
  if (ongoing !== undefined) return ongoingRefusal(ongoing);
  if (stored.status !== 'FAILED' && stored.status !== 'STOPPED') {
    return refuseState('OperationNotPermittedException', `import ${importId} is ${stored.status}; only a FAILED or STOPPED import can be retried`);
  }
  context.store.restart(stored, context.clock.now().getTime());
  return { ok: true, output: importOutput(stored, call.shape) };
}

/**
 * Answers StartImport: the request is validated first with the project's validator (at the fake's
 * clock, for time-range-in-future); an invalid one is refused with the exception of its first error.
 * One the contract accepts but the fake's policy does not is refused with the policy's exception.
 */
export function startImport(context: FakeContext, input: unknown, call: Call): FakeOutcome {
  const now = (): Date => context.clock.now();
  const { policy } = context;
  const result = validateStartImportRequest(input, policy === undefined ? { shape: call.shape, now } : { shape: call.shape, now, policy: policy.policy });
  if (!result.valid) {
    const errors = result.violations.filter((v) => v.severity === 'error');
    if (policy === undefined || errors.some((v) => v.basis !== 'policy')) return refuseInvalid(result.violations);
    return refuse(policy.exception, formatViolations(errors), result.violations);
  }
  const request = input as Request;
  return withWarnings(result.kind === 'retry' ? retry(context, request['ImportId'] as string, call) : startNew(context, request, call), result.violations);
}
