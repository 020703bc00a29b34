/**
 * Whether `value` is an object with members: not null, not an array (what JSON and ajv call an
 * object). The one test of its kind: the validators' stricter "structure" (no Date, Map or other
 * built-in) is built on it.
 *
 * @example
 * isRecord({ S3: {} }); // true
 * isRecord([]); // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a structure: an object that is not an array, a Date or another built-in. */
export function isStructure(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Object.prototype.toString.call(value) === '[object Object]';
}
