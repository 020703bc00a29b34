import { IMPORT_STATUSES } from '../contract/model.js';
import { member, NO_VIOLATIONS, type Rule } from './context.js';
import { NEW_IMPORT_MEMBERS, requestKindOf } from './request-kind.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';
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

/**
 * Given the request: a new import's response echoes its Destinations, ImportSource and time
 * range and starts INITIALIZING; a retry's response carries its ImportId.
 */
export const responseEchoRule: Rule = {
  name: 'response-echo',
  subjects: ['response'],
  check(value, { request }) {
    if (request === undefined) return NO_VIOLATIONS;
    const kind = requestKindOf(request);
    const out: Violation[] = [];
    if (kind === 'retry') {
      if (!sameData(member(value.wire, 'ImportId'), member(request.wire, 'ImportId'))) {
        out.push(violation('response-mismatch-request', '/ImportId', 'must be the ImportId of the retried import'));
      }
      return out;
    }
    if (kind !== 'new') return out;
    for (const name of NEW_IMPORT_MEMBERS) {
      const asked = member(request.wire, name);
      if (asked !== undefined && !sameData(member(value.wire, name), asked)) {
        out.push(violation('response-mismatch-request', `/${name}`, `must echo the request's ${name}`));
      }
    }
    const status = member(value.wire, 'ImportStatus');
    if (typeof status === 'string' && status !== 'INITIALIZING' && (IMPORT_STATUSES as readonly string[]).includes(status)) {
      out.push(violation('response-status-unexpected', '/ImportStatus', `should be INITIALIZING for a new import (got ${status})`));
    }
    return out;
  },
};
