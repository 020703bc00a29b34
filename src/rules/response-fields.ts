import { IMPORT_STATUSES } from '../contract/model.js';
import { describe } from '../contract/timestamps.js';
import { member } from './context.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';
import { DESCRIBED_IMPORTS } from './operation-subjects.js';

const RES = ['response'] as const;

const statusInvalidRow: CatalogueEntry = {
  code: 'response-import-status-invalid',
  severity: 'error',
  basis: 'model',
  subjects: RES,
  operations: DESCRIBED_IMPORTS,
  description: 'ImportStatus must be INITIALIZING, IN_PROGRESS, FAILED, STOPPED or COMPLETED',
};

/** response-import-status-invalid: a string ImportStatus outside the model's enum (another type is type-mismatch's). */
export const responseImportStatusInvalidCheck: StartImportCheck = {
  row: statusInvalidRow,
  operations: START_IMPORT,
  reads: ['/ImportStatus'],
  run(view, _context, out) {
    const status = member(view.wire, 'ImportStatus');
    if (typeof status === 'string' && !(IMPORT_STATUSES as readonly string[]).includes(status)) {
      out.push(violationOf(statusInvalidRow, '/ImportStatus', `must be one of ${IMPORT_STATUSES.join(', ')} (got ${describe(status)})`));
    }
  },
};

const missingImportIdRow: CatalogueEntry = {
  code: 'response-missing-import-id',
  severity: 'warning',
  basis: 'inferred',
  subjects: RES,
  description: 'a response should carry ImportId, as the service always does (assumed)',
};

/** response-missing-import-id: a response without ImportId. */
export const responseMissingImportIdCheck: StartImportCheck = {
  row: missingImportIdRow,
  operations: START_IMPORT,
  reads: ['/ImportId'],
  run(view, _context, out) {
    if (!view.hasImportId) out.push(violationOf(missingImportIdRow, '/ImportId', 'should be present: the service always returns the import id'));
  },
};

const timestampsReversedRow: CatalogueEntry = {
  code: 'response-timestamps-reversed',
  severity: 'error',
  basis: 'inferred',
  subjects: RES,
  description: 'UpdatedTimestamp must not be earlier than CreatedTimestamp (assumed)',
};

/** response-timestamps-reversed: an UpdatedTimestamp before the CreatedTimestamp. */
export const responseTimestampsReversedCheck: StartImportCheck = {
  row: timestampsReversedRow,
  operations: START_IMPORT,
  reads: ['/CreatedTimestamp', '/UpdatedTimestamp'],
  run(view, _context, out) {
    const created = member(view.wire, 'CreatedTimestamp');
    const updated = member(view.wire, 'UpdatedTimestamp');
    if (typeof created === 'number' && typeof updated === 'number' && updated < created) {
      out.push(violationOf(timestampsReversedRow, '/UpdatedTimestamp', 'must not be earlier than CreatedTimestamp'));
    }
  },
};
