import { AWS_JSON_CONTENT_TYPE } from '../contract/model.js';
import { operationOfTarget, SERVICE_TARGET_PREFIX, type ImportOperation } from '../contract/operations.js';
import { clip, describe } from '../contract/timestamps.js';
import { violation, type Violation } from '../rules/index.js';
import { isStructure } from './normalise.js';
import { isValid } from './run.js';
import type { ValidationResult } from './types.js';

/**
 * Headers read by name, as the Fetch API's `Headers` is (typed here without it: the package's root
 * types must not need the DOM or Node's types).
 */
export interface HeaderLookup {
  get(name: string): string | null;
}

/**
 * An HTTP request as it reaches a CloudTrail endpoint: an msw `request` read into this form, a
 * recorded exchange, or a JSON document of that form. `method` and `url` are not checked (the msw
 * handlers match `POST` to a CloudTrail endpoint before these checks run); they are accepted so
 * such a request passes as it is.
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
 * names, `body` the parsed body when it is a JSON object (whatever the other checks found).
 */
export interface WireValidationResult extends ValidationResult<ImportOperation | 'unknown'> {
  readonly body?: Record<string, unknown>;
}

/** Paths of the wire checks: JSON Pointers into the HTTP request, header names in lower case. */
const TARGET_PATH = '/headers/x-amz-target';
const CONTENT_TYPE_PATH = '/headers/content-type';
const BODY_PATH = '/body';

function isHeaderLookup(headers: unknown): headers is HeaderLookup {
  return typeof headers === 'object' && headers !== null && typeof (headers as Partial<HeaderLookup>).get === 'function';
}

/** A header's value, or undefined when absent; repeated names in a record are joined as `Headers` joins them. */
function header(headers: unknown, name: string): string | undefined {
  if (isHeaderLookup(headers)) return headers.get(name) ?? undefined;
  if (typeof headers !== 'object' || headers === null) return undefined;
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) values.push(typeof value === 'string' ? value.trim() : String(value));
  }
  return values.length === 0 ? undefined : values.join(', ');
}

function checkTarget(target: string | undefined): Violation[] {
  if (target !== undefined && operationOfTarget(target) !== undefined) return [];
  const got = target === undefined ? 'no X-Amz-Target header' : `'${clip(target)}'`;
  return [violation('wire-target-unknown', TARGET_PATH, `must name an import operation as ${SERVICE_TARGET_PREFIX}.OPERATION or its qualified botocore form (got ${got})`)];
}

function checkContentType(contentType: string | undefined): Violation[] {
  // Media types are case-insensitive, and parameters such as `; charset=utf-8` do not change the format.
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === AWS_JSON_CONTENT_TYPE) return [];
  const got = contentType === undefined ? 'no Content-Type header' : `'${clip(contentType)}'`;
  return [violation('wire-content-type-invalid', CONTENT_TYPE_PATH, `must be ${AWS_JSON_CONTENT_TYPE} (got ${got})`)];
}

function readBody(body: unknown): { parsed: Record<string, unknown> } | { violation: Violation } {
  const notObject = (got: string): { violation: Violation } => ({ violation: violation('wire-body-not-json', BODY_PATH, `must be a JSON object (got ${got})`) });
  if (typeof body !== 'string') return notObject(`${describe(body)} instead of the body's text`);
  if (body.trim() === '') return notObject(body === '' ? 'an empty body' : 'a body of white space');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return notObject(`text that is not JSON: '${clip(body)}'`);
  }
  return isStructure(parsed) ? { parsed } : notObject(`${describe(parsed)} in JSON`);
}

function reasonOf(error: unknown): string {
  try {
    return clip(error instanceof Error ? error.message : String(error), 80);
  } catch {
    return 'an unprintable exception';
  }
}

/**
 * Checks an HTTP request to a CloudTrail import operation against the wire checks of the
 * contract (docs/contract.md, "The checks"): an `X-Amz-Target` naming one of the five import operations
 * (the JS SDK's or botocore's form), the `application/x-amz-json-1.1` content type (compared
 * case-insensitively; parameters such as `; charset=utf-8` allowed), and a body holding a JSON
 * object. Every violation that applies is reported, with paths `/headers/x-amz-target`,
 * `/headers/content-type` and `/body`. The body's members are not checked here: hand `body` to
 * `validateStartImportRequest(body, { shape: 'wire' })` or to the fake.
 * Takes any value; never throws and never changes its input.
 *
 * @example
 * const result = validateImportHttpRequest({
 *   headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'CloudTrail_20131101.GetImport' },
 *   body: '{"ImportId":"4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"}',
 * });
 * result.kind; // 'GetImport'
 * result.body; // { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }
 */
export function validateImportHttpRequest(request: ImportHttpRequest): WireValidationResult {
  try {
    const target = header(request.headers, 'x-amz-target');
    const kind: ImportOperation | 'unknown' = target === undefined ? 'unknown' : (operationOfTarget(target) ?? 'unknown');
    const body = readBody(request.body);
    const violations = [...checkTarget(target), ...checkContentType(header(request.headers, 'content-type'))];
    if ('violation' in body) violations.push(body.violation);
    const result = { valid: isValid(violations), kind, violations };
    return 'parsed' in body ? { ...result, body: body.parsed } : result;
  } catch (error) {
    const unreadable = violation('wire-body-not-json', '', `must be a readable HTTP request (reading it threw: ${reasonOf(error)})`);
    return { valid: false, kind: 'unknown', violations: [unreadable] };
  }
}
