/**
 * Compares `src/contract/operations.ts` — the import operations, their errors and HTTP statuses,
 * the pagination bounds, the failure statuses and the statistics members — with the Smithy model.
 * Each difference is one readable line naming the constant and the model shape.
 */
import { enumValues, lengthTrait, localName, shapeId, shapeOf, type SmithyModel } from './smithy-model.js';

/** The shape of `src/contract/operations.ts`'s constants, loose enough to pass a changed copy. */
export interface OperationConstants {
  readonly IMPORT_OPERATIONS: readonly string[];
  readonly OPERATION_ERRORS: Readonly<Record<string, readonly string[]>>;
  readonly IMPORT_ERRORS: Readonly<Record<string, number>>;
  readonly MAX_RESULTS: { readonly minimum: number; readonly maximum: number };
  readonly PAGINATION_TOKEN: { readonly minLength: number; readonly maxLength: number };
  readonly IMPORT_FAILURE_STATUSES: readonly string[];
  readonly IMPORT_STATISTICS_MEMBERS: readonly string[];
}

const FILE = 'src/contract/operations.ts';

function sameList(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && actual.every((name, i) => name === expected[i]);
}

/** Compares every constant of `src/contract/operations.ts` with the model. */
export function compareOperationsWithModel(model: SmithyModel, constants: OperationConstants): string[] {
  const differences: string[] = [];
  const report = (problem: string): void => {
    differences.push(problem);
  };
  const service = shapeOf(model, shapeId('CloudTrail_20131101')) as { readonly operations?: readonly { readonly target: string }[] };
  const imports = (service.operations ?? []).map(({ target }) => localName(target)).filter((name) => /Import/.test(name));
  const order = ['StartImport', 'GetImport', 'ListImports', 'StopImport', 'ListImportFailures'];
  if ([...constants.IMPORT_OPERATIONS].sort().join() !== [...imports].sort().join()) {
    report(`IMPORT_OPERATIONS (${FILE}) is ${constants.IMPORT_OPERATIONS.join(', ')}; the service's import operations are ${imports.join(', ')}`);
  } else if (!sameList(constants.IMPORT_OPERATIONS, order)) {
    report(`IMPORT_OPERATIONS (${FILE}) is not in the order ${order.join(', ')}`);
  }

  const statuses = new Map<string, unknown>();
  for (const operation of imports) {
    const modelled = (shapeOf(model, shapeId(operation)).errors ?? []).map(({ target }) => target);
    for (const id of modelled) statuses.set(localName(id), shapeOf(model, id).traits?.['smithy.api#httpError']);
    const stated = constants.OPERATION_ERRORS[operation] ?? [];
    if (!sameList(stated, modelled.map(localName))) {
      report(`OPERATION_ERRORS.${operation} (${FILE}) is ${stated.join(', ')}; ${shapeId(operation)} has ${modelled.map(localName).join(', ')}`);
    }
  }
  for (const [name, status] of statuses) {
    if (constants.IMPORT_ERRORS[name] !== status) report(`IMPORT_ERRORS.${name} (${FILE}): ${String(constants.IMPORT_ERRORS[name])} but smithy.api#httpError is ${String(status)}`);
  }
  for (const name of Object.keys(constants.IMPORT_ERRORS)) if (!statuses.has(name)) report(`IMPORT_ERRORS (${FILE}) has '${name}', which no import operation is modeled to answer with`);

  for (const name of ['ListImportsMaxResultsCount', 'ListImportFailuresMaxResultsCount']) {
    const range = shapeOf(model, shapeId(name)).traits?.['smithy.api#range'] as { min?: number; max?: number } | undefined;
    if (constants.MAX_RESULTS.minimum !== range?.min || constants.MAX_RESULTS.maximum !== range.max) {
      report(`MAX_RESULTS (${FILE}) ↔ ${shapeId(name)}: ${constants.MAX_RESULTS.minimum}–${constants.MAX_RESULTS.maximum} but smithy.api#range is ${String(range?.min)}–${String(range?.max)}`);
    }
  }
  const token = lengthTrait(shapeOf(model, shapeId('PaginationToken')).traits);
  if (constants.PAGINATION_TOKEN.minLength !== token?.min || constants.PAGINATION_TOKEN.maxLength !== token.max) {
    report(`PAGINATION_TOKEN (${FILE}) ↔ ${shapeId('PaginationToken')}: ${constants.PAGINATION_TOKEN.minLength}–${constants.PAGINATION_TOKEN.maxLength} but smithy.api#length is ${String(token?.min)}–${String(token?.max)}`);
  }
  const failureStatuses = enumValues(shapeOf(model, shapeId('ImportFailureStatus')));
  if (!sameList(constants.IMPORT_FAILURE_STATUSES, failureStatuses)) {
    report(`IMPORT_FAILURE_STATUSES (${FILE}) is ${constants.IMPORT_FAILURE_STATUSES.join(', ')}; ${shapeId('ImportFailureStatus')} has ${failureStatuses.join(', ')}`);
  }
  const statistics = Object.keys(shapeOf(model, shapeId('ImportStatistics')).members ?? {});
  if (!sameList(constants.IMPORT_STATISTICS_MEMBERS, statistics)) {
    report(`IMPORT_STATISTICS_MEMBERS (${FILE}) is ${constants.IMPORT_STATISTICS_MEMBERS.join(', ')}; ${shapeId('ImportStatistics')} has ${statistics.join(', ')}`);
  }
  return differences;
}
