import { describe } from './timestamps.js';

/**
 * The one check of an options argument, for every function of the package that takes one: left
 * out (the caller's default applies before this) or an object. Anything else (`null` from a
 * JavaScript caller, a number, a string) is a TypeError naming the function, not the engine's
 * "Cannot read properties of null" or options silently ignored.
 */
export function checkOptionsObject(who: string, options: unknown): void {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${who}: options must be an object (got ${describe(options)})`);
}
