/**
 * The documented checks the read operations share with StartImport, as `Check`s placed at a site
 * of an operation's input or output: an event data store named by something that is no event data
 * store ARN or ID, or by an ARN whose Region is not of its partition.
 */
import type { ImportOperation } from '../contract/operations.js';
import type { Check } from '../core/check.js';
import { locator } from '../core/sites.js';
import type { Decoded } from '../core/structural.js';
import { catalogueEntry } from '../rules/catalogue.js';
import { checkDestination } from '../rules/member-facts.js';
import type { ViolationCode } from '../rules/types.js';

// Not `destination-id-not-uuid`: a warning about how StartImport names a destination, no concern of a filter or a description.
const DESTINATION_CODES = ['destination-not-event-data-store', 'destination-region-invalid'] as const satisfies readonly ViolationCode[];

/** StartImport's destination errors (`checkDestination`), one `Check` per code, at `pattern`. */
export function destinationChecks(operation: ImportOperation, pattern: string): Check<Decoded>[] {
  const at = locator(pattern);
  return DESTINATION_CODES.map((code) => ({
    row: catalogueEntry(code),
    operations: [operation],
    reads: [pattern],
    run(input, _context, out) {
      at(input, (value, path) => {
        if (typeof value !== 'string') return;
        for (const found of checkDestination(path, value)) if (found.code === code) out.push(found);
      });
    },
  }));
}
