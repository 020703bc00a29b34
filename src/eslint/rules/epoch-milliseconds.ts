import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import { keyName, type AnyNode } from '../analyse/nodes.js';
import { typeInfoOf } from '../analyse/typed.js';
import type { EstreeNode, FoundRequest } from '../analyse/types.js';
import { codeMessages, contractDocs, reportViolations, type Suggest } from '../contract-rule.js';
import { createRule } from '../create-rule.js';
import { epochMistake } from '../suggestions/epoch.js';
import { literalValue, withoutTypeWrappers } from '../suggestions/nodes.js';

const NAME = 'epoch-milliseconds';
const CODES = ['type-mismatch', 'logs-time-in-seconds'] as const;
const TIMES = ['startEventTime', 'endEventTime'] as const;
const docs = contractDocs(
  'CloudWatch Logs CreateImportTask importFilter times must be epoch milliseconds: not a Date, not epoch seconds (Date.now() / 1000, a second-sized number)',
  CODES,
  ['/importFilter'],
);

// The form-only reports lead with the code the contract gives the value too, as every report of the plugin does.
const MESSAGES = {
  ...codeMessages(CODES),
  date: 'type-mismatch: {{path}} must be epoch milliseconds, a whole number: {{written}} is a Date, which the SDK sends as it is (pass {{milliseconds}})',
  seconds: 'logs-time-in-seconds: {{path}} must be epoch milliseconds: {{written}} is epoch seconds, which CloudWatch Logs reads as a time in 1970, outside every retention period',
  useMilliseconds: 'Replace with {{replacement}} (epoch milliseconds)',
} as const;

/** The time property `node` is (`startEventTime: …` of an importFilter), or `undefined`. */
function timeProperty(node: EstreeNode): ESTree.Property | undefined {
  return node.type === 'Property' && TIMES.some((name) => name === keyName(node)) ? node : undefined;
}

function replaceWith(node: AnyNode, replacement: string): Rule.SuggestionReportDescriptor {
  return { messageId: 'useMilliseconds', data: { replacement }, fix: (fixer) => fixer.replaceText(node, replacement) };
}

/** For a known value the contract reports: a second-sized literal times 1000, a `new Date(…)` with `.getTime()`. */
const suggest: Suggest = (violation, node, context) => {
  const property = timeProperty(node);
  if (property === undefined) return [];
  const written = withoutTypeWrappers(property.value);
  const value = literalValue(written);
  if (violation.code === 'logs-time-in-seconds' && typeof value === 'number' && Number.isSafeInteger(value * 1000)) return [replaceWith(written, String(value * 1000))];
  const mistake = violation.code === 'type-mismatch' ? epochMistake(context.sourceCode, property.value, typeInfoOf(context.sourceCode)) : undefined;
  return mistake?.kind === 'date' && mistake.milliseconds !== undefined ? [replaceWith(mistake.at, mistake.milliseconds)] : [];
};

/** What the source shows of a time whose value the analysis could not know: a Date, or seconds made from milliseconds. */
function inspect(context: Rule.RuleContext, request: FoundRequest, reported: ReadonlySet<string>): void {
  if (request.operation !== 'CreateImportTask') return;
  const types = typeInfoOf(context.sourceCode);
  for (const name of TIMES) {
    const path = `/importFilter/${name}`;
    const property = reported.has(path) ? undefined : timeProperty(request.nodeAt(path));
    const mistake = property === undefined ? undefined : epochMistake(context.sourceCode, property.value, types);
    if (property === undefined || mistake === undefined) continue;
    const written = context.sourceCode.getText(mistake.node as ESTree.Node);
    const milliseconds = mistake.milliseconds ?? 'epoch milliseconds';
    context.report({
      node: property,
      messageId: mistake.kind,
      data: { path, written, milliseconds },
      ...(mistake.milliseconds === undefined ? {} : { suggest: [replaceWith(mistake.at, mistake.milliseconds)] }),
    });
  }
}

/**
 * Reports a CloudWatch Logs importFilter time that is not epoch milliseconds: a `Date`, epoch
 * seconds (`Date.now() / 1000`, `d.getTime() / 1000`, rounded or not, or a second-sized number),
 * suggesting the milliseconds meant.
 */
export const epochMilliseconds = createRule({
  name: NAME,
  meta: { type: 'problem', docs, messages: MESSAGES, schema: [], hasSuggestions: true },
  defaultOptions: [],
  create: (context) => reportViolations(context, docs, { suggest, inspect: (request, reported) => { inspect(context, request, reported); } }),
});
