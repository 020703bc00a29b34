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

/**
 * Defines `key` as an own enumerable, writable member of `target`: `__proto__` too, which an
 * assignment would turn into the prototype, and whatever setter a prototype has for the key.
 */
export function defineMember(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Sets `target[key]` on a plain-data copy the validators make: an assignment (the cheaper), except
 * for an own `__proto__` key, which is defined so that it stays a member and never becomes the prototype.
 */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') defineMember(target, key, value);
  else target[key] = value;
}

/** Whether `value` can be read by `for…of`. */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && value !== undefined && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Whether `value` can be read by `for await…of` as an async iterable. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value !== null && value !== undefined && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/** Whether a value is a structure: an object that is not an array, a Date or another built-in. */
export function isStructure(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Object.prototype.toString.call(value) === '[object Object]';
}
