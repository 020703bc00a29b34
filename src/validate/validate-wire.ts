import { AWS_JSON_CONTENT_TYPE } from '../contract/model.js';
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import {
  type ContractOperation,
  LOGS_SERVICE_TARGET_PREFIX,
  logsOperationOfTarget,
  operationOfTarget,
  SERVICE_TARGET_PREFIX,
  type ContractService,
  type ImportOperation,
  type LogsImportOperation,
} from '../contract/operations.js';
import { clip, describe } from '../contract/timestamps.js';
import { violation, type Violation } from '../rules/index.js';
import { isStructure } from './normalise.js';
import { validateImportRequest, type ImportValidationOptions } from '../operations/validate-import.js';
import type { PolicyOption } from './extension.js';
import { checkClock, isValid, reasonOf } from './run.js';
import type { Clock, ValidationResult } from './types.js';
import { validateStartImportRequest } from './validate-request.js';

const WIRE_OPTIONS = { service: true, input: true, now: true, policy: true } as const satisfies OptionNames<WireValidationOptions>;

/**
 * Headers read by name, as the Fetch API's `Headers` is (typed here without it: the package's root
 * types must not need the DOM or Node's types).
 */
export interface HeaderLookup {
  get(name: string): string | null;
}

/**
 * An HTTP request as it reaches a CloudTrail or CloudWatch Logs endpoint: an msw `request` read
 * into this form, a recorded exchange, or a JSON document of that form. `method` and `url` are not
 * checked (the msw handlers match `POST` to an endpoint before these checks run); they are
 * accepted so such a request passes as it is.
 */
export interface ImportHttpRequest {
  /** A `Headers`, or a plain record whose names are matched case-insensitively as `Headers` matches them. */
  readonly headers: HeaderLookup | Readonly<Record<string, string>>;
  /** The raw body text. */
  readonly body: string;
  readonly method?: string;
  readonly url?: string;
}

/**
 * The outcome of `validateImportHttpRequest`: `kind` is the import operation the `X-Amz-Target`
 * names (one of CloudTrail's, or with `service: 'CloudWatchLogs'` one of CloudWatch Logs'), `body`
 * the parsed body when it is a JSON object (whatever the other checks found).
 */
export interface WireValidationResult<Operation extends string = ImportOperation> extends ValidationResult<Operation | 'unknown'> {
  readonly body?: Record<string, unknown>;
}

/** Options of `validateImportHttpRequest`. */
export interface WireValidationOptions<Service extends ContractService = ContractService> {
  /**
   * The service whose endpoint the request is sent to, which decides the operations its target may
   * name: `'CloudTrail'` (the default) or `'CloudWatchLogs'`.
   */
  readonly service?: Service | undefined;
  /**
   * Also check the body as the input of the operation the target names, in the wire shape, as the
   * endpoint reads it (`validateImportRequest(kind, body, { shape: 'wire' })`), when the target names
   * one and the body is a JSON object: its violations follow the wire checks', their paths under
   * `/body`, and `valid` covers both. Default `false`: the wire checks alone.
   */
  readonly input?: boolean | undefined;
  /** With `input`: "now" for the input's checks that read the clock, as `validateImportRequest` takes it (default the system clock). */
  readonly now?: Clock | undefined;
  /**
   * With `input` (without it, a TypeError): an organisation policy for a StartImport body, as
   * `validateStartImportRequest` takes it (and reads it, when such a body is checked: a bad one
   * throws `PolicyError`); its `policy/<rule>` violations follow the body's. A policy speaks of
   * StartImport alone: the body of any other operation is checked without it.
   */
  readonly policy?: PolicyOption | undefined;
}

/** What the target check knows of a service: its name as written, its operations by target, and how a target is to be written. */
interface ServiceTargets {
  readonly name: string;
  readonly operationOf: (target: string) => ContractOperation | undefined;
  readonly form: string;
}

const TARGETS: Readonly<Record<ContractService, ServiceTargets>> = {
  CloudTrail: { name: 'CloudTrail', operationOf: operationOfTarget, form: `an import operation as ${SERVICE_TARGET_PREFIX}.OPERATION or its qualified botocore form` },
  CloudWatchLogs: { name: 'CloudWatch Logs', operationOf: logsOperationOfTarget, form: `a CloudWatch Logs import-task operation as ${LOGS_SERVICE_TARGET_PREFIX}.OPERATION` },
};

/** The services whose endpoints the wire checks know, in the order messages list them (the CLI's `--service` takes these). */
export const WIRE_SERVICES = Object.keys(TARGETS) as readonly ContractService[];

/** The options as read once: the service's targets (CloudTrail's by default) and, with `input`, the input's options; a TypeError naming a bad one. */
function readOptions(options: WireValidationOptions): { readonly targets: ServiceTargets; readonly input: ImportValidationOptions | undefined; readonly policy: PolicyOption | undefined } {
  checkOptionsObject('validateImportHttpRequest', options, WIRE_OPTIONS);
  const { service, input, now, policy } = options;
  if (service !== undefined && (typeof service !== 'string' || !Object.hasOwn(TARGETS, service))) {
    throw new TypeError(`validateImportHttpRequest: options.service must be ${WIRE_SERVICES.map((name) => `'${name}'`).join(' or ')} (got ${describe(service)})`);
  }
  if (input !== undefined && typeof input !== 'boolean') throw new TypeError(`validateImportHttpRequest: options.input must be true or false (got ${describe(input)})`);
  checkClock(now, 'validateImportHttpRequest');
  // A policy the body is never checked against would pass every request it was meant to refuse.
  if (policy !== undefined && input !== true) throw new TypeError('validateImportHttpRequest: options.policy applies to the body, which is checked only with options.input: true');
  const targets = TARGETS[service ?? 'CloudTrail'];
  return { targets, input: input === true ? { shape: 'wire', ...(now === undefined ? {} : { now }) } : undefined, policy };
}

/** Paths of the wire checks: JSON Pointers into the HTTP request, header names in lower case. */
const TARGET_PATH = '/headers/x-amz-target';
const CONTENT_TYPE_PATH = '/headers/content-type';
const BODY_PATH = '/body';
const HEADERS_PATH = '/headers/';

/**
 * The header a wire check's finding names, in lower case, as its path writes it (`x-amz-target` of
 * `/headers/x-amz-target`); `undefined` for a path that names no header. A header name is an HTTP
 * token, which holds no `/` or `~`: the rest of the path is the name, with nothing to unescape.
 */
export function headerOfPath(path: string): string | undefined {
  return path.startsWith(HEADERS_PATH) && path.length > HEADERS_PATH.length ? path.slice(HEADERS_PATH.length) : undefined;
}

function isHeaderLookup(headers: unknown): headers is HeaderLookup {
  return typeof headers === 'object' && headers !== null && typeof (headers as Partial<HeaderLookup>).get === 'function';
}

/** A part of the request as read: its value, or why it could not be read (said as "got …"). */
type Read<T> = { readonly value: T } | { readonly got: string };

/** Reads with `read`, turning a throw (a throwing getter, a revoked Proxy) into what was got. */
function attempt<T>(read: () => Read<T>): Read<T> {
  try {
    return read();
  } catch (error) {
    return { got: `a value that threw when read: ${reasonOf(error)}` };
  }
}

/** A member of the request, read once: `request` may be anything at all. */
function member(request: unknown, name: 'headers' | 'body'): Read<unknown> {
  if (typeof request !== 'object' || request === null) return { got: `no ${name}: the request is ${describe(request)}, not an object` };
  return attempt(() => ({ value: (request as Record<string, unknown>)[name] }));
}

/** A header's value, absent (undefined), or what was got instead of text; repeated names in a record are joined as `Headers` joins them. */
function header(headers: Read<unknown>, name: string): Read<string | undefined> {
  if ('got' in headers) return headers;
  const from = headers.value;
  return attempt((): Read<string | undefined> => {
    if (isHeaderLookup(from)) {
      const value: unknown = from.get(name);
      if (value === null || value === undefined) return { value: undefined };
      return typeof value === 'string' ? { value } : { got: `${describe(value)} from headers.get('${name}') instead of text` };
    }
    if (from === undefined || from === null) return { value: undefined };
    if (typeof from !== 'object') return { got: `headers that are ${describe(from)}, not an object` };
    const values: string[] = [];
    for (const [key, value] of Object.entries(from)) {
      if (key.toLowerCase() !== name) continue;
      // A record's values are text; a number is printed as `Headers` prints it, anything else is no header value.
      if (typeof value === 'string') values.push(value.trim());
      else if (typeof value === 'number' || typeof value === 'boolean') values.push(String(value));
      else return { got: `${describe(value)} in the ${key} header instead of text` };
    }
    return { value: values.length === 0 ? undefined : values.join(', ') };
  });
}

/** The other service an import operation's target names, when it names one: a request sent to the wrong endpoint (or checked as the wrong service's). */
function otherServiceOf(target: string, targets: ServiceTargets): ServiceTargets | undefined {
  return Object.values(TARGETS).find((other) => other !== targets && other.operationOf(target) !== undefined);
}

function checkTarget(read: Read<string | undefined>, targets: ServiceTargets): Violation[] {
  const target = 'value' in read ? read.value : undefined;
  if (target !== undefined && targets.operationOf(target) !== undefined) return [];
  const other = target === undefined ? undefined : otherServiceOf(target, targets);
  const got = 'got' in read ? read.got : target === undefined ? 'no X-Amz-Target header' : `'${clip(target)}'${other === undefined ? '' : `, an operation of ${other.name}, not of ${targets.name}`}`;
  return [violation('wire-target-unknown', TARGET_PATH, `must name ${targets.form} (got ${got})`)];
}

function checkContentType(read: Read<string | undefined>): Violation[] {
  const contentType = 'value' in read ? read.value : undefined;
  // Media types are case-insensitive, and parameters such as `; charset=utf-8` do not change the format.
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === AWS_JSON_CONTENT_TYPE) return [];
  const got = 'got' in read ? read.got : contentType === undefined ? 'no Content-Type header' : `'${clip(contentType)}'`;
  return [violation('wire-content-type-invalid', CONTENT_TYPE_PATH, `must be ${AWS_JSON_CONTENT_TYPE} (got ${got})`)];
}

function readBody(read: Read<unknown>): { parsed: Record<string, unknown> } | { violation: Violation } {
  const notObject = (got: string): { violation: Violation } => ({ violation: violation('wire-body-not-json', BODY_PATH, `must be a JSON object (got ${got})`) });
  if ('got' in read) return notObject(read.got);
  const body = read.value;
  // A revoked Proxy throws even when asked whether it is an array.
  const described = attempt(() => ({ value: describe(body) }));
  if ('got' in described) return notObject(described.got);
  if (typeof body !== 'string') return notObject(`${described.value} instead of the body's text`);
  if (body.trim() === '') return notObject(body === '' ? 'an empty body' : 'a body of white space');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return notObject(`text that is not JSON: '${clip(body)}'`);
  }
  return isStructure(parsed) ? { parsed } : notObject(`${describe(parsed)} in JSON`);
}

/**
 * Checks an HTTP request to an import operation against the wire checks of the contract
 * (docs/contract.md, "The checks"): an `X-Amz-Target` naming one of the service's import operations
 * (CloudTrail's five, in the JS SDK's or botocore's form, by default; CloudWatch Logs' four with
 * `options.service: 'CloudWatchLogs'`), the `application/x-amz-json-1.1` content type (compared
 * case-insensitively; parameters such as `; charset=utf-8` allowed), and a body holding a JSON
 * object. Every violation that applies is reported, with paths `/headers/x-amz-target`,
 * `/headers/content-type` and `/body`. The body's members are checked too with `options.input`
 * (as the named operation's input in the wire shape, findings under `/body`; a StartImport body
 * against `options.policy` too); without it, hand `body` to
 * `validateImportRequest(kind, body, { shape: 'wire' })` or to the fake.
 * Takes any value; never throws (but for a bad `options`: TypeError, or a bad policy: PolicyError)
 * and never changes its input.
 * Each part (the headers, each header, the body) is read on its own: one that is missing, not text
 * or throws when read is reported by its own check, and the other checks still run.
 *
 * @example
 * const result = validateImportHttpRequest({
 *   headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.GetImport' },
 *   body: '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}',
 * });
 * result.kind; // 'GetImport'
 * result.body; // { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }
 * validateImportHttpRequest(logsRequest, { service: 'CloudWatchLogs' }).kind; // 'CreateImportTask'
 * validateImportHttpRequest(captured, { input: true }).violations; // the wire checks', then the body's under /body
 */
export function validateImportHttpRequest(request: ImportHttpRequest, options?: WireValidationOptions<'CloudTrail'>): WireValidationResult;
export function validateImportHttpRequest(request: ImportHttpRequest, options: WireValidationOptions<'CloudWatchLogs'>): WireValidationResult<LogsImportOperation>;
export function validateImportHttpRequest(request: ImportHttpRequest, options?: WireValidationOptions): WireValidationResult<ImportOperation | LogsImportOperation>;
export function validateImportHttpRequest(request: ImportHttpRequest, options: WireValidationOptions = {}): WireValidationResult<string> {
  const { targets, input, policy } = readOptions(options);
  // Each part is read on its own, so a part that cannot be read loses only its own check.
  const headers = member(request, 'headers');
  const target = header(headers, 'x-amz-target');
  const kind = 'value' in target && target.value !== undefined ? (targets.operationOf(target.value) ?? 'unknown') : 'unknown';
  const body = readBody(member(request, 'body'));
  const violations = [...checkTarget(target, targets), ...checkContentType(header(headers, 'content-type'))];
  if ('violation' in body) {
    violations.push(body.violation);
    return { valid: isValid(violations), kind, violations };
  }
  if (input !== undefined && kind !== 'unknown') {
    // StartImport's validator is the one that takes a policy; validateImportRequest gives it every other operation's input.
    const checked = kind === 'StartImport' ? validateStartImportRequest(body.parsed, policy === undefined ? input : { ...input, policy }) : validateImportRequest(kind, body.parsed, input);
    for (const found of checked.violations) violations.push(inBody(found));
  }
  return { valid: isValid(violations), kind, violations, body: body.parsed };
}

/** A violation of the body's input as a finding of the HTTP request: its path is under `/body`, the member holding the body's text. */
const inBody = (found: Violation): Violation => ({ ...found, path: `${BODY_PATH}${found.path}` });
