/**
 * no-string-timestamps' suggestion: a string or number written for a timestamp becomes the `Date`
 * the SDK needs, reading the value as the AWS CLI would.
 */
import type { Rule } from 'eslint';
import { ECMASCRIPT_DATE, EPOCH_SECONDS_LIMIT, parseIso8601 } from '../../contract/timestamps.js';
import type { Suggest } from '../contract-rule.js';
import { literalValue, withoutTypeWrappers } from './nodes.js';


/** The suggestion messages, one per reading of the value. */
export const DATE_SUGGESTION_MESSAGES = {
  dateFromString: 'Replace with {{replacement}} ({{instant}})',
  dateFromSeconds: 'Replace with {{replacement}}: the number read as epoch seconds, as the AWS CLI and the wire do ({{instant}})',
  dateFromMilliseconds: 'Replace with {{replacement}}: the number read as epoch milliseconds ({{instant}})',
} as const;

type MessageId = keyof typeof DATE_SUGGESTION_MESSAGES;

interface Replacement {
  readonly messageId: MessageId;
  readonly text: string;
  readonly instant: Date;
}

function forString(value: string, raw: string): Replacement | undefined {
  const seconds = parseIso8601(value);
  if (seconds === undefined) return undefined;
  const instant = new Date(seconds * 1000);
  if (!Number.isFinite(instant.getTime())) return undefined;
  const text = ECMASCRIPT_DATE.test(value) ? `new Date(${raw})` : `new Date('${instant.toISOString()}')`;
  return { messageId: 'dateFromString', text, instant };
}

function forNumber(value: number, raw: string): Replacement | undefined {
  const seconds = Math.abs(value) < EPOCH_SECONDS_LIMIT;
  const instant = new Date(seconds ? value * 1000 : value);
  if (!Number.isFinite(instant.getTime())) return undefined;
  return seconds
    ? { messageId: 'dateFromSeconds', text: `new Date(${raw} * 1000)`, instant }
    : { messageId: 'dateFromMilliseconds', text: `new Date(${raw})`, instant };
}

/**
 * For a timestamp written as a string (an ISO-8601 date or date-time) or a number literal: the
 * value wrapped in `new Date(...)`. Nothing for a value written elsewhere (a `const`), an
 * unparsable string or an Invalid Date, which need a person to decide.
 */
export const suggestDate: Suggest = (violation, node, context) => {
  if (violation.code !== 'timestamp-invalid' || node.type !== 'Property') return [];
  const written = node.value;
  const literal = withoutTypeWrappers(written);
  const value = literalValue(literal);
  const raw = context.sourceCode.getText(literal);
  const replacement = typeof value === 'string' ? forString(value, raw) : typeof value === 'number' ? forNumber(value, raw) : undefined;
  if (replacement === undefined) return [];
  const suggestion: Rule.SuggestionReportDescriptor = {
    messageId: replacement.messageId,
    data: { replacement: replacement.text, instant: replacement.instant.toISOString() },
    fix: (fixer) => fixer.replaceText(written, replacement.text),
  };
  return [suggestion];
};
