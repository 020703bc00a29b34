import type { Presence, RequestKind } from './context.js';
import { shared, START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry, Violation } from './types.js';

/** The members only a new import sends. */
export const NEW_IMPORT_MEMBERS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime'] as const;

/** What a request asks for, from the members it has. */
export function requestKindOf(presence: Readonly<Presence>): RequestKind {
  const fresh = presence.hasDestinations || presence.hasImportSource || presence.hasStartEventTime || presence.hasEndEventTime;
  if (presence.hasImportId) return fresh ? 'ambiguous' : 'retry';
  return fresh ? 'new' : 'empty';
}

// A new import names its Destinations and ImportSource; a retry sends ImportId alone
// ("start-import with only the import id", StartImport API reference). Each finding reads the
// same every time: built once, shared (frozen) by every result.
const REQ = ['request'] as const;
// `''`: the request itself, whose set of members these checks judge (an absent member is what they report).
const KIND_READS = ['', '/Destinations', '/ImportSource', '/StartEventTime', '/EndEventTime', '/ImportId'];

const requestEmptyRow: CatalogueEntry = {
  code: 'request-empty',
  severity: 'error',
  basis: 'documented',
  exception: 'InvalidParameterException',
  subjects: REQ,
  description: 'a request must either start a new import (Destinations, ImportSource) or retry one (ImportId)',
};
const [EMPTY] = shared([violationOf(requestEmptyRow, '', 'must start a new import (Destinations and ImportSource) or retry one (ImportId alone)')]) as [Violation];

/** request-empty: neither a new import nor a retry. */
export const requestEmptyCheck: StartImportCheck = {
  row: requestEmptyRow,
  operations: START_IMPORT,
  reads: KIND_READS,
  lintRule: 'require-new-import-params',
  run(view, _context, out) {
    if (requestKindOf(view) === 'empty') out.push(EMPTY);
  },
};

const missingDestinationsRow: CatalogueEntry = {
  code: 'new-import-missing-destinations',
  severity: 'error',
  basis: 'documented',
  exception: 'InvalidParameterException',
  subjects: REQ,
  description: 'a new import (no ImportId) must name its Destinations',
};
const [MISSING_DESTINATIONS] = shared([
  violationOf(missingDestinationsRow, '/Destinations', 'must be given for a new import (no ImportId): the event data store to import into'),
]) as [Violation];

/** new-import-missing-destinations: a new import without Destinations. */
export const newImportMissingDestinationsCheck: StartImportCheck = {
  row: missingDestinationsRow,
  operations: START_IMPORT,
  reads: KIND_READS,
  lintRule: 'require-new-import-params',
  run(view, _context, out) {
    if (!view.hasDestinations && requestKindOf(view) === 'new') out.push(MISSING_DESTINATIONS);
  },
};

const missingImportSourceRow: CatalogueEntry = {
  code: 'new-import-missing-import-source',
  severity: 'error',
  basis: 'documented',
  exception: 'InvalidParameterException',
  subjects: REQ,
  description: 'a new import (no ImportId) must name its ImportSource',
};
const [MISSING_IMPORT_SOURCE] = shared([
  violationOf(missingImportSourceRow, '/ImportSource', 'must be given for a new import (no ImportId): the S3 location to import from'),
]) as [Violation];

/** new-import-missing-import-source: a new import without ImportSource. */
export const newImportMissingImportSourceCheck: StartImportCheck = {
  row: missingImportSourceRow,
  operations: START_IMPORT,
  reads: KIND_READS,
  lintRule: 'require-new-import-params',
  run(view, _context, out) {
    if (!view.hasImportSource && requestKindOf(view) === 'new') out.push(MISSING_IMPORT_SOURCE);
  },
};

const retryWithNewImportParamsRow: CatalogueEntry = {
  code: 'retry-with-new-import-params',
  severity: 'error',
  basis: 'documented',
  exception: 'InvalidParameterException',
  subjects: REQ,
  description: 'a retry must send ImportId alone, without Destinations, ImportSource, StartEventTime or EndEventTime',
};
const WITH_IMPORT_ID = NEW_IMPORT_MEMBERS.map(
  (name) => shared([violationOf(retryWithNewImportParamsRow, `/${name}`, `must not be sent with ImportId: a retry sends ImportId alone`)])[0] as Violation,
);

/** retry-with-new-import-params: each new-import member sent beside ImportId. */
export const retryWithNewImportParamsCheck: StartImportCheck = {
  row: retryWithNewImportParamsRow,
  operations: START_IMPORT,
  reads: KIND_READS,
  lintRule: 'no-retry-with-new-import-params',
  run(view, _context, out) {
    if (!view.hasImportId) return;
    // In NEW_IMPORT_MEMBERS' order; the view's fields read directly (a field read by a computed name cost a retry a tenth of its check).
    if (view.hasDestinations) out.push(WITH_IMPORT_ID[0] as Violation);
    if (view.hasImportSource) out.push(WITH_IMPORT_ID[1] as Violation);
    if (view.hasStartEventTime) out.push(WITH_IMPORT_ID[2] as Violation);
    if (view.hasEndEventTime) out.push(WITH_IMPORT_ID[3] as Violation);
  },
};
