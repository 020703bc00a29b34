/**
 * The semantic checks the four read operations share with StartImport, as `Check`s placed at a
 * site of an operation's input or output: an ImportId copied from AWS's documentation, and an
 * event data store named by something that is no event data store ARN or ID.
 */
import { isImportIdPlaceholder } from '../contract/model.js';
import type { ImportOperation } from '../contract/operations.js';
import type { Check } from '../core/check.js';
import { locator } from '../core/sites.js';
import type { Decoded } from '../core/structural.js';
import { catalogueEntry } from '../rules/catalogue.js';
import { checkDestination } from '../rules/member-facts.js';
import type { ViolationCode } from '../rules/types.js';
import { violation } from '../rules/violation.js';

/** `import-id-placeholder` at `pattern` (the structural `import-id-invalid` leaves placeholders to it). */
export function importIdPlaceholder(operation: ImportOperation, pattern: string): Check<Decoded> {
  const at = locator(pattern);
  return {
    row: catalogueEntry('import-id-placeholder'),
    operations: [operation],
    reads: [pattern],
    run(input, _context, out) {
      at(input, (value, path) => {
        if (typeof value === 'string' && isImportIdPlaceholder(value)) {
          out.push(violation('import-id-placeholder', path, `should be a real import id, not the documentation placeholder '${value}' (the model's pattern ^[a-f0-9\\-]+$ rejects it)`));
        }
      });
    },
  };
}

const DESTINATION_CODES = ['destination-not-event-data-store', 'destination-region-invalid', 'destination-id-not-uuid'] as const satisfies readonly ViolationCode[];

/** StartImport's destination checks (`checkDestination`), one `Check` per code, at `pattern`. */
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
