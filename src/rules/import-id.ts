import { NO_VIOLATIONS, type Rule } from './context.js';

/** An ImportId copied from AWS's documentation is a placeholder (the check itself: `importIdFacts`). */
export const importIdRule: Rule = {
  name: 'import-id',
  subjects: ['request', 'response'],
  check(value) {
    return value.importIdFacts?.violations ?? NO_VIOLATIONS;
  },
};
