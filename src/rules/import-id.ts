import { isImportIdPlaceholder } from '../contract/model.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import { memoizeViolations, violation } from './violation.js';

const checkImportId = memoizeViolations((id) =>
  isImportIdPlaceholder(id)
    ? [violation('import-id-placeholder', '/ImportId', `should be a real import id, not the documentation placeholder '${id}' (the model's pattern ^[a-f0-9\\-]+$ rejects it)`)]
    : NO_VIOLATIONS,
);

/** An ImportId copied from AWS's documentation is a placeholder (import-id-invalid leaves it to this rule). */
export const importIdRule: Rule = {
  name: 'import-id',
  subjects: ['request', 'response'],
  check(value) {
    return value.importId === undefined ? NO_VIOLATIONS : checkImportId(value.importId);
  },
};
