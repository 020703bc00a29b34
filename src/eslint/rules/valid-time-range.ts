import { codeMessages, contractDocs, reportViolations, WARNINGS_SCHEMA, type WarningsOption } from '../contract-rule.js';
import { createRule } from '../create-rule.js';

const CODES = ['time-range-reversed', 'time-range-empty', 'time-range-half-open', 'time-range-in-future'] as const;
const docs = contractDocs(
  "A new import's time range must run forwards, and should be given whole, be non-empty and not start in the future",
  CODES,
);

/** Reports a StartImport time range that is reversed, and (with `warnings`) empty, half-open or in the future. */
export const validTimeRange = createRule({
  name: 'valid-time-range',
  meta: { type: 'problem', docs, messages: codeMessages(CODES), schema: WARNINGS_SCHEMA },
  defaultOptions: [{ warnings: false }] as [WarningsOption],
  create: (context, [options]) => reportViolations(context, docs, options),
});
