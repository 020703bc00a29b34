import {
  EVENT_DATA_STORE_ARN,
  IMPORT_DESTINATIONS,
  IMPORT_STATUSES,
  isImportIdPlaceholder,
  S3_IMPORT_SOURCE_MEMBERS,
  START_IMPORT_REQUEST_MEMBERS,
  START_IMPORT_RESPONSE_MEMBERS,
  TIMESTAMP_MEMBERS,
} from '../contract/model.js';
import { clip, describe } from '../contract/timestamps.js';
import type { Subject, Violation } from '../rules/types.js';
import { nearMiss, unknownMemberMessage as unknownMemberText } from '../rules/near-miss.js';
import { pointer, pointerKeys, violation } from '../rules/violation.js';
import type { SchemaError } from './schema.js';

/**
 * Turns ajv errors into catalogue violations: a user never sees a raw ajv keyword.
 * An error is identified by the `$defs` shape it comes from and its keyword.
 */
export function violationsFromSchemaErrors(errors: readonly SchemaError[], subject: Subject): Violation[] {
  const out: Violation[] = [];
  for (const error of errors) {
    const found = fromSchemaError(error, subject);
    // Two errors of one member can map to one violation (an import id both too short and off-pattern).
    // A member's errors come together, so only the violations of the latest path are compared: linear in the errors.
    if (found === undefined || isRepeat(out, found)) continue;
    out.push(found);
  }
  return out;
}

/** Whether `found` repeats a violation already in `out` for its path (scanning back over that path's only). */
function isRepeat(out: readonly Violation[], found: Violation): boolean {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const v = out[i] as Violation;
    if (v.path !== found.path) return false;
    if (v.code === found.code) return true;
  }
  return false;
}

const TIMESTAMP_NAMES: ReadonlySet<string> = new Set(TIMESTAMP_MEMBERS);

/**
 * The model shape at a JSON Pointer into a request or response: `#` for the root, else a
 * `$defs` name of common.schema.json. (ajv's schemaPath cannot be used: it loses the shape's
 * name where a `$ref` is inlined.) Read off the pointer's text: ajv builds a new path string for
 * each error, so a cache keyed by it would hash the text every time anyway. No model member name
 * holds `~` or `/`, so an escaped key never equals one.
 */
export function shapeAt(instancePath: string): string {
  if (instancePath === '') return '#';
  const end = instancePath.indexOf('/', 1);
  const member = end < 0 ? instancePath.slice(1) : instancePath.slice(1, end);
  // How many keys follow the member.
  let rest = 0;
  for (let at = end; at >= 0; at = instancePath.indexOf('/', at + 1)) rest += 1;
  if (member === 'Destinations') return rest === 0 ? 'ImportDestinations' : 'EventDataStoreArn';
  if (member === 'ImportSource') return rest === 0 ? 'ImportSource' : rest === 1 ? 'S3ImportSource' : 'String';
  if (member === 'ImportId') return 'UUID';
  if (member === 'ImportStatus') return 'ImportStatus';
  if (TIMESTAMP_NAMES.has(member)) return 'Date';
  return 'String';
}

const S3_MEMBERS_LISTED = S3_IMPORT_SOURCE_MEMBERS.join(', ');

function fromSchemaError(error: SchemaError, subject: Subject): Violation | undefined {
  const path = error.instancePath;
  const shape = shapeAt(path);
  const { keyword } = error;
  if (subject === 'error') return violation('error-body-invalid', path, errorBodyMessage(error));
  if (keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty']);
    return violation('unknown-member', `${path}${pointer(key)}`, unknownMemberMessage(key, shape, subject));
  }
  if (keyword === 'required') {
    const missing = String(error.params['missingProperty']);
    if (shape === 'ImportSource') return violation('import-source-missing-s3', `${path}${pointer(missing)}`, 'must hold S3: the only import source');
    return violation('s3-member-missing', `${path}${pointer(missing)}`, `must hold ${missing}: S3 requires all of ${S3_MEMBERS_LISTED}`);
  }
  if (keyword === 'type') {
    const actual = describe(error.data);
    if (shape === 'Date') return violation('timestamp-invalid', path, `must be a number of epoch seconds (got ${actual})`);
    return violation('type-mismatch', path, `must be ${typeNoun(String(error.params['type']))} (got ${actual})`);
  }
  if (shape === 'ImportDestinations') {
    const count = (error.data as readonly unknown[]).length;
    return violation('destinations-count', path, `must hold exactly ${IMPORT_DESTINATIONS.maxItems} event data store (got ${count})`);
  }
  if (shape === 'EventDataStoreArn') {
    if (keyword === 'pattern') return violation('destination-pattern', path, 'must contain only letters, digits and . _ / - :');
    const length = String(error.data).length;
    return violation('destination-length', path, `must be ${EVENT_DATA_STORE_ARN.minLength}–${EVENT_DATA_STORE_ARN.maxLength} characters long (got ${length})`);
  }
  if (shape === 'UUID') {
    const id = String(error.data);
    // A documentation placeholder is import-id-placeholder's (a warning), not an invalid id.
    if (isImportIdPlaceholder(id)) return undefined;
    return violation('import-id-invalid', path, `must be 36 characters of a-f, 0-9 and - (got '${clip(id)}')`);
  }
  if (shape === 'ImportStatus') {
    // A member of the wrong type gets type-mismatch alone; ajv reports the enum too.
    const status = error.data;
    if (typeof status !== 'string') return undefined;
    return violation('response-import-status-invalid', path, `must be one of ${IMPORT_STATUSES.join(', ')} (got ${describe(status)})`);
  }
  // Unreachable while every (shape, keyword) of schemas/ is mapped above; test/validate/schema-errors.test.ts checks that.
  return violation('type-mismatch', path, 'must match its shape in the StartImport model');
}

function errorBodyMessage(error: SchemaError): string {
  if (error.keyword === 'required') return 'must have a string __type naming the exception';
  if (error.keyword === 'type') return `must be ${typeNoun(String(error.params['type']))}`;
  return 'must have a message of 4–1000 characters';
}

const MEMBERS_OF: Readonly<Record<string, readonly string[]>> = {
  ImportSource: ['S3'],
  S3ImportSource: S3_IMPORT_SOURCE_MEMBERS,
};

function membersOf(shape: string, subject: Subject): readonly string[] {
  return MEMBERS_OF[shape] ?? (subject === 'response' ? START_IMPORT_RESPONSE_MEMBERS : START_IMPORT_REQUEST_MEMBERS);
}

/**
 * The member an unknown key at `path` most likely meant: the "did you mean" of unknown-member's
 * message, which the ESLint plugin also offers as a suggestion.
 *
 * @example
 * nearMissMember('/Destination', 'request'); // 'Destinations'
 */
export function nearMissMember(path: string, subject: Subject): string | undefined {
  const keys = pointerKeys(path);
  const key = keys.pop();
  return key === undefined ? undefined : nearMiss(key, membersOf(shapeAt(pointer(...keys)), subject));
}

function unknownMemberMessage(key: string, shape: string, subject: Subject): string {
  return unknownMemberText(key, membersOf(shape, subject));
}

function typeNoun(type: string): string {
  return type === 'object' ? 'a structure (object)' : type === 'array' ? 'a list (array)' : `a ${type}`;
}
