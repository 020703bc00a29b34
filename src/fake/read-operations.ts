/** GetImport, StopImport, ListImports and ListImportFailures over the fake's imports. */
import { findImport, homeOf, isVisible, type Call, type FakeContext } from './context.js';
import { refuseState, withWarnings } from './errors.js';
import { resolveDestination } from './event-data-stores.js';
import { deliverCompleted } from './deliver.js';
import { autoStep } from './lifecycle.js';
import { pageOf, type PageRequest } from './pagination.js';
import { failureListItem, importsListItem, importWithStatistics, listOutput } from './serialise.js';
import { isInProgress, type StoredImport } from './state.js';
import type { FakeOutcome } from './types.js';
import { readInput, type ParsedInput, type ReadOperation } from './validate-input.js';

function notFound(importId: string): FakeOutcome {
  return refuseState('ImportNotFoundException', `no import ${importId}`);
}

function invalidToken(): FakeOutcome {
  return refuseState('InvalidNextTokenException', 'the NextToken was not issued by this operation for these parameters');
}

/** Auto mode: each import in progress that a call looks at moves one step toward the outcome. */
function autoAdvance(context: FakeContext, imports: readonly StoredImport[]): void {
  const outcome = context.autoOutcome;
  if (outcome === undefined) return;
  const now = context.clock.now().getTime();
  for (const stored of imports) {
    if (!isInProgress(stored.status)) continue;
    autoStep(stored, outcome, now);
    deliverCompleted(context, stored, false);
  }
}

function getImport(context: FakeContext, input: ParsedInput, call: Call): FakeOutcome {
  const id = input.ImportId ?? '';
  const stored = findImport(context, id, call);
  if (stored === undefined) return notFound(id);
  autoAdvance(context, [stored]);
  return { ok: true, output: importWithStatistics(stored, call.shape) };
}

/**
 * Stops an import in progress. An import that has already ended (COMPLETED, FAILED or STOPPED)
 * is refused with OperationNotPermittedException (assumed: the request is well-formed, and of
 * StopImport's modeled errors this is the one for a state that does not permit the operation).
 */
function stopImport(context: FakeContext, input: ParsedInput, call: Call): FakeOutcome {
  const id = input.ImportId ?? '';
  const stored = findImport(context, id, call);
  if (stored === undefined) return notFound(id);
  if (!isInProgress(stored.status)) {
    return refuseState('OperationNotPermittedException', `import ${id} is ${stored.status}; only an INITIALIZING or IN_PROGRESS import can be stopped`);
  }
  stored.status = 'STOPPED';
  stored.updated = context.clock.now().getTime();
  return { ok: true, output: importWithStatistics(stored, call.shape) };
}

function pageRequest(operation: ReadOperation, filter: readonly unknown[], input: ParsedInput): PageRequest {
  return { operation, filter: JSON.stringify(filter), maxResults: input.MaxResults, nextToken: input.NextToken };
}

/**
 * Lists the imports seen from the endpoint, oldest first. A Destination filter matches an import
 * whose destination names the same event data store (an ARN and the bare ID of the same store
 * match each other); one that names no event data store (the contract's warning) matches none.
 */
function listImports(context: FakeContext, input: ParsedInput, call: Call): FakeOutcome {
  const filtered = input.Destination !== undefined;
  const wanted = input.Destination === undefined ? undefined : resolveDestination(input.Destination, homeOf(context, call))?.arn;
  const looked = context.store.all().filter((stored) => {
    if (!isVisible(stored, call)) return false;
    return !filtered || (wanted !== undefined && stored.eventDataStoreArn === wanted);
  });
  autoAdvance(context, looked);
  const matching = input.ImportStatus === undefined ? looked : looked.filter((stored) => stored.status === input.ImportStatus);
  const page = pageOf(matching, (stored) => stored.seq, pageRequest('ListImports', [input.Destination ?? null, input.ImportStatus ?? null], input), context.issuedTokens);
  if (typeof page === 'string') return invalidToken();
  return { ok: true, output: listOutput('Imports', page.items.map((stored) => importsListItem(stored, call.shape)), page.nextToken) };
}

/**
 * Lists the failures of an import, in the order recorded. An unknown ImportId gets an empty list:
 * the model gives ListImportFailures no ImportNotFoundException, and an empty list is what it
 * answers for an import without failures (assumed; InvalidParameterException was the other reading).
 */
function listImportFailures(context: FakeContext, input: ParsedInput, call: Call): FakeOutcome {
  const id = input.ImportId ?? '';
  const failures = (findImport(context, id, call)?.failures ?? []).map((failure, index) => ({ failure, index }));
  const page = pageOf(failures, (item) => item.index, pageRequest('ListImportFailures', [id], input), context.issuedTokens);
  if (typeof page === 'string') return invalidToken();
  return { ok: true, output: listOutput('Failures', page.items.map((item) => failureListItem(item.failure, call.shape)), page.nextToken) };
}

const OPERATIONS: Readonly<Record<ReadOperation, (context: FakeContext, input: ParsedInput, call: Call) => FakeOutcome>> = {
  GetImport: getImport,
  StopImport: stopImport,
  ListImports: listImports,
  ListImportFailures: listImportFailures,
};

/** Answers one of the four operations: its input is validated against its model shape first. */
export function readOperation(context: FakeContext, operation: ReadOperation, input: unknown, call: Call): FakeOutcome {
  const read = readInput(operation, input, call.shape);
  if ('refused' in read) return read.refused;
  return withWarnings(OPERATIONS[operation](context, read.input, call), read.warnings);
}
