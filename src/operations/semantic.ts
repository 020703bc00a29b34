/**
 * The documented checks the read operations share with StartImport, as `Check`s placed at a site
 * of an operation's input or output: an event data store named by something that is no event data
 * store ARN or ID, or by an ARN whose Region is not of its partition; and the S3 source an import
 * output describes, checked by StartImport's own checks.
 */
import { isListedRegionEventDataStoreArn, isLowercaseUuid } from '../contract/arn.js';
import { readDestination } from '../contract/event-data-store.js';
import type { ImportOperation } from '../contract/operations.js';
import type { Check, CheckGroup, Choose } from '../core/check.js';
import { locator, siteCheck } from '../core/sites.js';
import { catalogueEntry } from '../rules/catalogue.js';
import { violationOf } from '../rules/report.js';
import type { Violation } from '../rules/types.js';
import type { Decoded } from '../core/structural.js';
import { viewOf } from '../rules/context.js';
import { DESTINATION_TESTS } from '../rules/destination.js';
import { S3_SOURCE_CHECKS } from '../rules/start-import-checks.js';

// Not `destination-id-not-uuid`: a warning about how StartImport names a destination, no concern of a filter or a description.
const DESTINATION_CODES = ['destination-not-event-data-store', 'destination-region-invalid'] as const;

/**
 * StartImport's destination errors at `pattern`, one `Check` per code, run as one group: each
 * destination is read once (`readDestination`) for both codes.
 */
export function destinationChecks(operation: ImportOperation, pattern: string): CheckGroup<Decoded> {
  const at = locator(pattern);
  const checks = DESTINATION_CODES.map((code): Check<Decoded> => {
    const test = DESTINATION_TESTS[code];
    const visit = (value: unknown, path: string, out: Violation[]): void => {
      if (typeof value !== 'string') return;
      const found = test(readDestination(value), value, path);
      if (found !== undefined) out.push(found);
    };
    return siteCheck(catalogueEntry(code), operation, pattern, visit);
  });
  return {
    checks,
    run(input, _context, out) {
      at(input, out, destinationErrors);
    },
  };
}

/** StartImport's destination errors of one value at `path`, in code order (none for a value that is no string). */
function destinationErrors(value: unknown, path: string, out: Violation[]): void {
  // The common forms, one test each: neither code reports an ARN of the common form or a bare lowercase UUID (an ID).
  if (typeof value !== 'string' || (value.startsWith('arn:') ? isListedRegionEventDataStoreArn(value) : isLowercaseUuid(value))) return;
  const facts = readDestination(value);
  for (const code of DESTINATION_CODES) {
    const found = DESTINATION_TESTS[code](facts, value, path);
    if (found !== undefined) out.push(found);
  }
}

/**
 * `destination-filter-not-event-data-store` at `pattern`: a filter (ListImports' `Destination`)
 * that StartImport's destination checks would refuse, as a warning. The model bounds the filter by
 * its length and pattern only: a value of them that names no event data store matches no import,
 * unless AWS refuses it (EventDataStoreARNInvalidException is documented for ListImports, for an ARN
 * that is "not valid or does not map to an event data store in your account", which a filter of
 * a store deleted since is as well), so it is not an error of the contract.
 */
export function destinationFilterCheck(operation: ImportOperation, pattern: string): Check<Decoded> {
  const row = catalogueEntry('destination-filter-not-event-data-store');
  const visit = (value: unknown, path: string, out: Violation[]): void => {
    const errors: Violation[] = [];
    destinationErrors(value, path, errors);
    // One warning per filter: the first of the errors is what the filter gets wrong.
    const [first] = errors;
    if (first !== undefined) out.push(violationOf(row, path, `${first.message.replace(/^must/, 'should')}: it matches no import (assumed)`));
  };
  const member = pattern.slice(1);
  // Filters of the model's length and pattern that name no event data store: a trail, a bucket, a Region of no partition.
  const breaks = (valid: Decoded, choose: Choose): Decoded => ({ ...valid, [member]: NOT_EVENT_DATA_STORES[choose(NOT_EVENT_DATA_STORES.length)] });
  return { ...siteCheck(row, operation, pattern, visit), break: breaks };
}

const NOT_EVENT_DATA_STORES = [
  'arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events',
  'arn:aws:s3:::my-cloudtrail-bucket',
  'arn:aws:cloudtrail:xx-nowhere-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a',
  'arn:aws-cn:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a',
] as const;

/**
 * StartImport's checks of `ImportSource.S3`, one `Check` per code, for an output that describes
 * an import's top-level `ImportSource` (GetImport's, StopImport's): each runs over the StartImport
 * view of the decoded output, so the S3 members are judged, and worded, exactly as StartImport's.
 */
export function importSourceChecks(operation: ImportOperation): Check<Decoded>[] {
  return S3_SOURCE_CHECKS.map(
    (check): Check<Decoded> => ({
      row: check.row,
      operations: [operation],
      reads: check.reads,
      run(input, context, out) {
        if (input['ImportSource'] === undefined) return;
        const presence = { hasDestinations: false, hasImportSource: true, hasStartEventTime: false, hasEndEventTime: false, hasImportId: false };
        check.run(viewOf({ ImportSource: input['ImportSource'] }, presence), context, out);
      },
    }),
  );
}
