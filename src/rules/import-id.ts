import { isImportIdPlaceholder } from '../contract/model.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';

const row: CatalogueEntry = {
  code: 'import-id-placeholder',
  severity: 'warning',
  basis: 'documented',
  subjects: ['request', 'response'],
  description: "ImportId is an AWS documentation placeholder (36 characters containing EXAMPLE): replace it, the model's pattern rejects it",
};

/** import-id-placeholder: an ImportId copied from AWS's documentation (import-id-invalid leaves it to this check). */
export const importIdPlaceholderCheck: StartImportCheck = {
  row,
  operations: START_IMPORT,
  reads: ['/ImportId'],
  lintRule: 'valid-import-id-warnings',
  run(view, _context, out) {
    const id = view.importId;
    if (id !== undefined && isImportIdPlaceholder(id)) {
      out.push(violationOf(row, '/ImportId', `should be a real import id, not the documentation placeholder '${id}' (the model's pattern ^[a-f0-9\\-]+$ rejects it)`));
    }
  },
};
