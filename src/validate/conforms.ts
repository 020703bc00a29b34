import type { ValueView } from '../rules/index.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ajv's `type: number` with `strictNumbers`: a finite number. */
function isNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

function conformsS3(s3: unknown): boolean {
  if (!isObject(s3)) return false;
  // for…in, as ajv's additionalProperties reads keys: inherited enumerable ones count too.
  for (const key in s3) {
    if (key !== 'S3LocationUri' && key !== 'S3BucketRegion' && key !== 'S3BucketAccessRoleArn') return false;
  }
  // All three required, each a string (the schema asks no more of them).
  return typeof s3['S3LocationUri'] === 'string' && typeof s3['S3BucketRegion'] === 'string' && typeof s3['S3BucketAccessRoleArn'] === 'string';
}

function conformsImportSource(source: unknown): boolean {
  if (!isObject(source)) return false;
  for (const key in source) if (key !== 'S3') return false;
  return conformsS3(source['S3']);
}

function conformsDestinations(destinations: unknown, view: ValueView): boolean {
  // `firstDestination` is there when the first item is a string; its `conforms` is the string schema's answer.
  return Array.isArray(destinations) && destinations.length === 1 && view.firstDestination?.conforms === true;
}

/**
 * Whether the value behind `view` (`view.wire`) conforms to `schemas/start-import-request.schema.json`:
 * the compiled schema's answer (a property test holds them equal), without its error
 * bookkeeping; the strings' shapes come from the members' facts, which ran their compiled
 * schemas once per distinct string. The validator runs the request schema only when this says
 * no, to learn what is wrong.
 */
export function conformsToRequestSchema(view: ValueView): boolean {
  const value = view.wire;
  for (const key in value) {
    // ajv checks a member only when it is not undefined, but counts every key as a property.
    const item = value[key];
    switch (key) {
      case 'Destinations':
        if (item !== undefined && !conformsDestinations(item, view)) return false;
        break;
      case 'ImportSource':
        if (item !== undefined && !conformsImportSource(item)) return false;
        break;
      case 'StartEventTime':
      case 'EndEventTime':
        if (item !== undefined && !isNumber(item)) return false;
        break;
      case 'ImportId':
        if (item !== undefined && view.importIdFacts?.conforms !== true) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
