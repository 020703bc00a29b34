import { EVENT_DATA_STORE_ARN_SHAPE, IMPORT_DESTINATIONS, IMPORT_ID_SHAPE, S3_IMPORT_SOURCE_MEMBERS, type StringShape } from '../contract/model.js';
import { checkedLength, type ValueView } from '../rules/index.js';
import type { SchemaError } from './schema.js';
import { isRecord } from '../contract/record.js';

/**
 * The request schema (`schemas/start-import-request.schema.json`) written out by hand: the errors
 * ajv's compiled validator reports for a value, the same ones in the same order (a property test
 * holds the two equal, error for error), without its bookkeeping, and with each string member's
 * shape taken from its facts, worked out once per distinct string. A conforming request, the
 * common case, costs a walk of its keys. The errors become catalogue violations as ajv's do
 * (`violationsFromSchemaErrors`). The response and error-body schemas still run compiled.
 */
export function requestSchemaErrors(view: ValueView): readonly SchemaError[] {
  const data = view.wire;
  const out: SchemaError[] = [];
  // for…in, as ajv's additionalProperties reads keys: inherited enumerable ones count too.
  for (const key in data) {
    if (key !== 'Destinations' && key !== 'ImportSource' && key !== 'StartEventTime' && key !== 'EndEventTime' && key !== 'ImportId') {
      out.push(error('', 'additionalProperties', { additionalProperty: key }, data));
    }
  }
  // ajv checks a member only when it is not undefined.
  const { Destinations: destinations, ImportSource: source, StartEventTime: start, EndEventTime: end, ImportId: importId } = data;
  if (destinations !== undefined) destinationErrors(destinations, view, out);
  if (source !== undefined) importSourceErrors(source, out);
  if (start !== undefined && !isNumber(start)) out.push(error('/StartEventTime', 'type', { type: 'number' }, start));
  if (end !== undefined && !isNumber(end)) out.push(error('/EndEventTime', 'type', { type: 'number' }, end));
  if (importId !== undefined && view.importIdFacts?.conforms !== true) importIdErrors(importId, out);
  return out.length === 0 ? NO_ERRORS : out;
}

const NO_ERRORS: readonly SchemaError[] = Object.freeze([]);

function error(instancePath: string, keyword: string, params: Readonly<Record<string, unknown>>, data: unknown): SchemaError {
  return { instancePath, schemaPath: '', keyword, params, data };
}


/** ajv's `type: number` with `strictNumbers`: a finite number. */
function isNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A string's length and pattern errors, in ajv's order: maxLength, minLength, pattern. */
function stringErrors(path: string, text: string, shape: StringShape, out: SchemaError[]): void {
  if (text.length > shape.maxLength) out.push(error(path, 'maxLength', { limit: shape.maxLength }, text));
  if (text.length < shape.minLength) out.push(error(path, 'minLength', { limit: shape.minLength }, text));
  if (!shape.regex.test(text)) out.push(error(path, 'pattern', { pattern: shape.regex.source }, text));
}

function destinationErrors(destinations: unknown, view: ValueView, out: SchemaError[]): void {
  if (!Array.isArray(destinations)) {
    out.push(error('/Destinations', 'type', { type: 'array' }, destinations));
    return;
  }
  const list = destinations as readonly unknown[];
  if (list.length > IMPORT_DESTINATIONS.maxItems) out.push(error('/Destinations', 'maxItems', { limit: IMPORT_DESTINATIONS.maxItems }, list));
  if (list.length < IMPORT_DESTINATIONS.minItems) out.push(error('/Destinations', 'minItems', { limit: IMPORT_DESTINATIONS.minItems }, list));
  const length = checkedLength(list);
  for (let index = 0; index < length; index += 1) {
    const item = list[index];
    // The first destination's facts already know whether it meets the schema.
    if (index === 0 && view.firstDestination?.conforms === true) continue;
    const path = `/Destinations/${String(index)}`;
    if (typeof item !== 'string') out.push(error(path, 'type', { type: 'string' }, item));
    else stringErrors(path, item, EVENT_DATA_STORE_ARN_SHAPE, out);
  }
}

function importSourceErrors(source: unknown, out: SchemaError[]): void {
  if (!isRecord(source)) {
    out.push(error('/ImportSource', 'type', { type: 'object' }, source));
    return;
  }
  const s3 = source['S3'];
  if (s3 === undefined) out.push(error('/ImportSource', 'required', { missingProperty: 'S3' }, source));
  for (const key in source) if (key !== 'S3') out.push(error('/ImportSource', 'additionalProperties', { additionalProperty: key }, source));
  if (s3 !== undefined) s3Errors(s3, out);
}

function s3Errors(s3: unknown, out: SchemaError[]): void {
  const path = '/ImportSource/S3';
  if (!isRecord(s3)) {
    out.push(error(path, 'type', { type: 'object' }, s3));
    return;
  }
  const { S3LocationUri: uri, S3BucketRegion: region, S3BucketAccessRoleArn: role } = s3;
  let unknown = false;
  for (const key in s3) if (key !== 'S3LocationUri' && key !== 'S3BucketRegion' && key !== 'S3BucketAccessRoleArn') unknown = true;
  // Three strings and nothing else: the common case, checked without a list.
  if (!unknown && typeof uri === 'string' && typeof region === 'string' && typeof role === 'string') return;
  for (const name of S3_IMPORT_SOURCE_MEMBERS) if (s3[name] === undefined) out.push(error(path, 'required', { missingProperty: name }, s3));
  for (const key in s3) {
    if (key !== 'S3LocationUri' && key !== 'S3BucketRegion' && key !== 'S3BucketAccessRoleArn') out.push(error(path, 'additionalProperties', { additionalProperty: key }, s3));
  }
  for (const name of S3_IMPORT_SOURCE_MEMBERS) {
    const item = s3[name];
    if (item !== undefined && typeof item !== 'string') out.push(error(`${path}/${name}`, 'type', { type: 'string' }, item));
  }
}

function importIdErrors(importId: unknown, out: SchemaError[]): void {
  if (typeof importId !== 'string') out.push(error('/ImportId', 'type', { type: 'string' }, importId));
  else stringErrors('/ImportId', importId, IMPORT_ID_SHAPE, out);
}
