import { member, type Rule } from './context.js';
import type { Violation } from './types.js';
import { violation } from './violation.js';

/** A response carries ImportId, and its UpdatedTimestamp is not before its CreatedTimestamp. */
export const responseFieldsRule: Rule = {
  name: 'response-fields',
  subjects: ['response'],
  check(value, { present }) {
    const out: Violation[] = [];
    if (!present.has('ImportId')) {
      out.push(violation('response-missing-import-id', '/ImportId', 'should be present: the service always returns the import id'));
    }
    const created = member(value, 'CreatedTimestamp');
    const updated = member(value, 'UpdatedTimestamp');
    if (typeof created === 'number' && typeof updated === 'number' && updated < created) {
      out.push(violation('response-timestamps-reversed', '/UpdatedTimestamp', 'must not be earlier than CreatedTimestamp'));
    }
    return out;
  },
};
