import { IMPORT_STATUSES } from '../contract/model.js';
import { isWellTyped } from '../core/well-typed.js';
import type { StructureShape } from '../core/model.js';
import { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';
import { member, type ValueView } from './context.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import { NEW_IMPORT_MEMBERS, requestKindOf } from './request-kind.js';
import type { CatalogueEntry } from './types.js';
import { isRecord } from '../contract/record.js';

// Timestamps survive the SDK's Date round trip only to the millisecond.
const TIMESTAMP_TOLERANCE_SECONDS = 0.0005;


// The model's echoed members nest three levels at most (ImportSource.S3.S3LocationUri): deeper
// data (a cycle, a 10,000-deep value) is not an echo of anything and is compared no further.
const MAX_DEPTH = 8;

function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= TIMESTAMP_TOLERANCE_SECONDS;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item: unknown, i) => sameData(item, b[i], depth + 1));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key], depth + 1));
  }
  return false;
}

const RES = ['response'] as const;

const { shapes } = CLOUDTRAIL_MODEL;
const RESPONSE_MEMBERS = (shapes.StartImportResponse as StructureShape).members;

/**
 * Whether the response answers `name` with a value the echo can be compared with: absent (which
 * differs from what was asked), or present with its type all the way down. A member of the wrong
 * type gets `type-mismatch` alone, and a timestamp that could not be read (dropped by decoding)
 * `timestamp-invalid` alone: the other checks of a member read only values of the right type.
 */
function answered(view: ValueView, name: (typeof NEW_IMPORT_MEMBERS)[number] | 'ImportId', given: unknown): boolean {
  if (given === undefined) return !view[`has${name}`];
  return isWellTyped(shapes, RESPONSE_MEMBERS[name] as string, given);
}

const mismatchRow: CatalogueEntry = {
  code: 'response-mismatch-request',
  severity: 'error',
  basis: 'inferred',
  subjects: RES,
  description: "a response must echo its request: a new import's Destinations, ImportSource and time range, a retry's ImportId (assumed)",
};

/**
 * response-mismatch-request: given the request, a new import's response echoes its Destinations,
 * ImportSource and time range; a retry's response carries its ImportId.
 */
export const responseMismatchRequestCheck: StartImportCheck = {
  row: mismatchRow,
  operations: START_IMPORT,
  reads: ['/ImportId', ...NEW_IMPORT_MEMBERS.map((name) => `/${name}`)],
  run(view, _context, out) {
    const { request } = view;
    if (request === undefined) return;
    const kind = requestKindOf(request);
    if (kind === 'retry') {
      const given = member(view.wire, 'ImportId');
      if (answered(view, 'ImportId', given) && !sameData(given, member(request.wire, 'ImportId'))) {
        out.push(violationOf(mismatchRow, '/ImportId', 'must be the ImportId of the retried import'));
      }
      return;
    }
    if (kind !== 'new') return;
    for (const name of NEW_IMPORT_MEMBERS) {
      const asked = member(request.wire, name);
      const given = member(view.wire, name);
      if (asked !== undefined && answered(view, name, given) && !sameData(given, asked)) {
        out.push(violationOf(mismatchRow, `/${name}`, `must echo the request's ${name}`));
      }
    }
  },
};

const statusUnexpectedRow: CatalogueEntry = {
  code: 'response-status-unexpected',
  severity: 'warning',
  basis: 'documented',
  subjects: RES,
  description: "a new import's response should have ImportStatus INITIALIZING",
};

/** response-status-unexpected: given a new import's request, a response whose ImportStatus is not INITIALIZING. */
export const responseStatusUnexpectedCheck: StartImportCheck = {
  row: statusUnexpectedRow,
  operations: START_IMPORT,
  reads: ['/ImportStatus'],
  run(view, _context, out) {
    const { request } = view;
    if (request === undefined || requestKindOf(request) !== 'new') return;
    const status = member(view.wire, 'ImportStatus');
    if (typeof status === 'string' && status !== 'INITIALIZING' && (IMPORT_STATUSES as readonly string[]).includes(status)) {
      out.push(violationOf(statusUnexpectedRow, '/ImportStatus', `should be INITIALIZING for a new import (got ${status})`));
    }
  },
};
