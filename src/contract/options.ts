import { clip, describe } from './timestamps.js';

/**
 * The names of an options type, as an object of `true`s: `satisfies OptionNames<Options>` makes the
 * compiler hold the list to the interface, so a new option cannot be left out of it.
 */
export type OptionNames<Options> = { readonly [Name in keyof Required<Options>]: true };

/**
 * The one check of an options argument, for every function of the package that takes one: left
 * out (the caller's default applies before this) or an object. Anything else (`null` from a
 * JavaScript caller, a number, a string) is a TypeError naming the function, not the engine's
 * "Cannot read properties of null" or options silently ignored. With `names`, an own key that is
 * none of them (`{ shap: 'wire' }`) is a TypeError too: a misspelt option would otherwise leave its
 * default in force, and the call pass or fail for the wrong reason.
 */
export function checkOptionsObject(who: string, options: unknown, names?: object, noun: OptionNoun = 'option'): void {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${who}: ${noun}s must be an object (got ${describe(options)})`);
  if (names !== undefined) checkOptionNames(who, options, names, noun);
}

/** What the options are called: `constraint` for an arbitrary's, as fast-check calls them; `member` for a declared object's (a fake's store, an advance's details). */
export type OptionNoun = 'option' | 'constraint' | 'member';

/** A TypeError naming the first own enumerable key of `options` that is not a key of `names`, and listing the known ones. */
export function checkOptionNames(who: string, options: object, names: object, noun: OptionNoun = 'option'): void {
  // for…in with an own-key test: no array is made for the one or two keys most calls pass, and a
  // known key (most keys) is told by one test.
  for (const key in options) {
    if (!Object.hasOwn(names, key) && Object.hasOwn(options, key)) {
      throw new TypeError(`${who}: unknown ${noun} '${clip(key, 40)}' (known: ${Object.keys(names).join(', ')})`);
    }
  }
}
