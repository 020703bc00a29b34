import { inspect } from 'node:util';
import { loadImportPolicy, POLICY_RULE_NAMES, type ImportPolicy, type PolicyCode, type PolicyRuleName } from '../policy/index.js';
import type { ContractOperation } from '../contract/operations.js';
import { ruleCatalogue, subjectsOn, type ViolationCode } from '../rules/index.js';
import type { RequestValidationOptions, ResponseValidationOptions } from '../validate/index.js';
import { isShapeOption, SHAPE_OPTIONS } from '../validate/normalise.js';
import { isClockOption } from '../validate/run.js';
import type { SentRequestOptions, SentRequestsOptions } from './types.js';
import { checkOptionNames } from '../contract/options.js';
import { isRecord } from '../contract/record.js';
import { isDate } from '../contract/timestamps.js';

const CODES: ReadonlySet<string> = new Set(ruleCatalogue.map((entry) => entry.code));

/** Whether an option's value is of the kind it takes. */
export type Check = (value: unknown) => boolean;

export const isShape: Check = isShapeOption;
export const isClock: Check = isClockOption;
const anything: Check = () => true;
// The policy's own content is checked by loadImportPolicy, whose PolicyError lists every problem.
const isCallNumber: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 1;
const isSentKind: Check = (value) => value === 'new' || value === 'retry';
const isPolicy: Check = isRecord;

const EXPECTS: Readonly<Record<string, string>> = {
  shape: `one of ${SHAPE_OPTIONS.join(', ')}`,
  now: 'a valid Date or a function returning one',
  request: 'any value',
  policy: 'an import policy object (see loadImportPolicy)',
  nth: 'a whole number from 1',
  kind: "'new' or 'retry'",
};

// An Invalid Date is named as the validators and the client plugin name it (inspect prints "Invalid Date").
const shown = (value: unknown): string => (isDate(value) && Number.isNaN(value.getTime()) ? 'an Invalid Date' : inspect(value));

/**
 * The options a matcher was given, checked: a mistyped or misspelt option would otherwise be
 * ignored, and the matcher would pass for the wrong reason. Throws a TypeError naming the matcher.
 */
export function checkOptions(matcher: string, options: unknown, checks: Readonly<Record<string, Check>>): void {
  if (options === undefined) return;
  const known = Object.keys(checks).join(', ');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${matcher}(options): options must be an object with ${known} (got ${inspect(options)})`);
  }
  checkOptionNames(`${matcher}(options)`, options, checks);
  for (const [key, value] of Object.entries(options)) {
    const check = checks[key] as Check;
    if (value !== undefined && !check(value)) {
      throw new TypeError(`${matcher}(options): options.${key} must be ${EXPECTS[key] ?? 'valid'} (got ${shown(value)})`);
    }
  }
}

/** Checked options of a request matcher. */
export function requestOptions(matcher: string, options: RequestValidationOptions | undefined): RequestValidationOptions {
  checkOptions(matcher, options, { shape: isShape, now: isClock, policy: isPolicy });
  return options ?? {};
}

/** Checked options of a response matcher. */
export function responseOptions(matcher: string, options: ResponseValidationOptions | undefined): ResponseValidationOptions {
  checkOptions(matcher, options, { shape: isShape, request: anything });
  return options ?? {};
}

/** Checked options of the stub and recorder matchers (the receiver decides the shape). */
export function sentOptions(matcher: string, options: SentRequestsOptions | undefined): SentRequestsOptions {
  checkOptions(matcher, options, { now: isClock, policy: isPolicy });
  return options ?? {};
}

/** Checked options of `toHaveSentValidStartImportRequest`. */
export function sentRequestOptions(matcher: string, options: SentRequestOptions | undefined): SentRequestOptions {
  checkOptions(matcher, options, { nth: isCallNumber, kind: isSentKind, now: isClock, policy: isPolicy });
  return options ?? {};
}

const POLICY_PREFIX = 'policy/';

function isPolicyRuleName(name: string): name is PolicyRuleName {
  return (POLICY_RULE_NAMES as readonly string[]).includes(name);
}

/** Why a policy rule can never report under `policy`, or `undefined` when it can. */
function silentRule(rule: PolicyRuleName, policy: ImportPolicy | undefined): string | undefined {
  if (policy === undefined) return 'the matcher has no policy option to check it against';
  const settings = loadImportPolicy(policy).rules[rule];
  if (settings === undefined) return `the policy does not set the rule '${rule}'`;
  return settings.severity === 'off' ? `the policy turns the rule '${rule}' off` : undefined;
}

/** Whether the catalogue reports `code` on `operation`'s input. */
export function reportedOnInput(operation: ContractOperation, code: string): boolean {
  const entry = ruleCatalogue.find((e) => e.code === code);
  if (entry === undefined) return false;
  return subjectsOn(entry, operation).includes('request');
}

/**
 * A code of a StartImport request, or a `policy/<rule>` code of a rule `policy` sets, checked: an
 * unknown code, one the contract reports only elsewhere (a response's, another operation's), or a
 * policy code that cannot be reported, could never match, and `.not` would always pass.
 */
export function violationCode(matcher: string, code: unknown, policy: ImportPolicy | undefined): ViolationCode | PolicyCode | undefined {
  if (code === undefined) return undefined;
  if (typeof code === 'string' && CODES.has(code)) {
    if (reportedOnInput('StartImport', code)) return code as ViolationCode;
    throw new TypeError(`${matcher}(code): ${inspect(code)} is never reported on a StartImport request (see ruleCatalogue)`);
  }
  if (typeof code === 'string' && code.startsWith(POLICY_PREFIX)) {
    const rule = code.slice(POLICY_PREFIX.length);
    if (!isPolicyRuleName(rule)) throw new TypeError(`${matcher}(code): ${inspect(code)} is not a policy code (the rules are ${POLICY_RULE_NAMES.join(', ')})`);
    const why = silentRule(rule, policy);
    if (why !== undefined) throw new TypeError(`${matcher}(code): ${inspect(code)} can never be reported: ${why}`);
    return `policy/${rule}`;
  }
  throw new TypeError(`${matcher}(code): ${inspect(code)} is not a code of the contract (see ruleCatalogue) nor a policy code (policy/<rule>, see POLICY_RULE_NAMES)`);
}
