import { member, NO_VIOLATIONS, type Rule } from './context.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';

/** A response carries ImportId, and its UpdatedTimestamp is not before its CreatedTimestamp. */
export const responseFieldsRule: Rule = {
  name: 'response-fields',
  subjects: ['response'],
  check(value) {
    const out: Violation[] = [];
    if (!value.hasImportId) {
      out.push(violation('response-missing-import-id', '/ImportId', 'should be present: the service always returns the import id'));
    }
    const created = member(value.wire, 'CreatedTimestamp');
    const updated = member(value.wire, 'UpdatedTimestamp');
    if (typeof created === 'number' && typeof updated === 'number' && updated < created) {
      out.push(violation('response-timestamps-reversed', '/UpdatedTimestamp', 'must not be earlier than CreatedTimestamp'));
    }
    return out.length === 0 ? NO_VIOLATIONS : out;
  },
};
