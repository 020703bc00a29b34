import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { clip, describe } from '../contract/timestamps.js';
import { isExtensionCode, pointerKeys, type Violation, type ViolationCode } from '../rules/index.js';
import { END, IMPORT_ID, isContainer, misspeltAsUndefined, placeholder, PointerError, START, withValueAt } from './partial-values.js';
import { unreadable } from './run.js';
import { policyProvider, type PolicyOption } from './extension.js';
import type { Clock } from './types.js';
import { validateStartImportRequest } from './validate-request.js';

const PARTIAL_OPTIONS = { unknown: true, defined: true, open: true, now: true, policy: true } as const satisfies OptionNames<PartialRequestOptions>;

/** Options of `validatePartialStartImportRequest`. */
export interface PartialRequestOptions {
  /**
   * JSON Pointers of members that are written but whose value is not known (a parameter, a call,
   * `process.env.X`, `new Date()`); such a value may also turn out `undefined`. Their enclosing
   * objects and arrays must be in the known value. Default: none.
   */
  readonly unknown?: ReadonlySet<string> | undefined;
  /**
   * Those of `unknown` whose value, though not known, is surely neither null nor undefined (a
   * template literal, a parameter declared `string`): the member is surely present. Default: none.
   */
  readonly defined?: ReadonlySet<string> | undefined;
  /**
   * JSON Pointers of objects and arrays that may hold more than the known value shows (a spread:
   * `{ ...base, ImportId }`): no member of theirs is known to be absent, an array's length is not
   * known. `''` is the request itself. Default: none.
   */
  readonly open?: ReadonlySet<string> | undefined;
  /** "Now", for `time-range-in-future`; default the system clock. */
  readonly now?: Clock | undefined;
  /** An organisation policy: its violations of the known part are kept as the contract's are (see the policy module's `PARTIAL_POLICY_NEEDS`). */
  readonly policy?: PolicyOption | undefined;
}

/** The outcome of `validatePartialStartImportRequest`. */
export interface PartialValidationResult {
  /** The violations the known part is sure to have, whatever the unknown values and the hidden members are. */
  readonly violations: readonly Violation[];
}

/**
 * What a violation relies on, beyond the rule that found it. `HERE` stands for its own path.
 * - `known`: the value there is written and known (not at or under an unknown pointer);
 * - `key`: the key there is written (its parent is known), whatever its value;
 * - `closed`: the object or array there has no spread;
 * - `absent`: the member is surely absent (or null): not written and its container closed, or written as null;
 * - `settled`: the value there is entirely known, present or surely absent;
 * - `present`: the member is written and neither null nor undefined: known, or unknown and `defined`.
 */
export type PartialFact = 'known' | 'key' | 'closed' | 'absent' | 'settled' | 'present';
/** One fact a violation relies on, and where: a JSON Pointer, or `.` for the violation's own path. */
export type PartialNeed = readonly [PartialFact, string];

const HERE = '.';
const VALUE: readonly PartialNeed[] = [['known', HERE]];
const NEW_IMPORT: PartialNeed = ['absent', IMPORT_ID];

/**
 * Which facts each request code relies on: the one place that says when an unknown value or a
 * spread could make a violation wrong. A code missing here is never reported in partial mode
 * (a test checks that every request code of the catalogue is here).
 * The rules decide "new import" with unknown members counted present; a code that depends on the
 * kind therefore also needs ImportId surely absent.
 */
export const PARTIAL_REQUEST_NEEDS: Partial<Readonly<Record<ViolationCode, readonly PartialNeed[]>>> = {
  'unknown-member': [['key', HERE]],
  'type-mismatch': VALUE,
  'timestamp-invalid': VALUE,
  'request-empty': [['absent', '/Destinations'], ['absent', '/ImportSource'], ['absent', START], ['absent', END], ['absent', IMPORT_ID]],
  'new-import-missing-destinations': [['absent', HERE], NEW_IMPORT],
  'new-import-missing-import-source': [['absent', HERE], NEW_IMPORT],
  'retry-with-new-import-params': [['known', HERE], ['present', IMPORT_ID]],
  'destinations-count': [['known', HERE], ['closed', HERE]],
  'destination-length': VALUE,
  'destination-pattern': VALUE,
  'destination-not-event-data-store': VALUE,
  'destination-region-invalid': VALUE,
  'destination-id-not-uuid': VALUE,
  'import-source-missing-s3': [['absent', HERE]],
  's3-member-missing': [['absent', HERE]],
  's3-location-uri-invalid': VALUE,
  's3-bucket-name-invalid': VALUE,
  's3-bucket-name-legacy': VALUE,
  's3-prefix-not-cloudtrail': VALUE,
  's3-bucket-region-invalid': VALUE,
  'role-arn-invalid': VALUE,
  'partition-mismatch': [['settled', '/Destinations'], ['settled', '/ImportSource/S3/S3BucketRegion'], ['settled', '/ImportSource/S3/S3BucketAccessRoleArn']],
  'import-id-invalid': VALUE,
  'import-id-placeholder': VALUE,
  'time-range-reversed': [['known', START], ['known', END], NEW_IMPORT],
  'time-range-empty': [['known', START], ['known', END], NEW_IMPORT],
  'time-range-half-open': [['absent', HERE], ['known', START], ['known', END], NEW_IMPORT],
  'time-range-in-future': [['known', START], NEW_IMPORT],
  // How many violations a document has, and how long its lists are, is known only of a whole request.
  'violations-truncated': [['settled', '']],
};

function isUnder(path: string, ancestor: string): boolean {
  return ancestor === '' || path === ancestor || path.startsWith(`${ancestor}/`);
}

/** What is sure of the request, read from its known part and the pointers of what is not. */
class Facts {
  constructor(
    private readonly known: unknown,
    private readonly unknown: ReadonlySet<string>,
    private readonly open: ReadonlySet<string>,
    private readonly defined: ReadonlySet<string>,
  ) {}

  hidden(path: string): boolean {
    for (const pointer of this.unknown) if (isUnder(path, pointer)) return true;
    return false;
  }

  holds([fact, target]: PartialNeed, here: string): boolean {
    const path = target === HERE ? here : target;
    switch (fact) {
      case 'known':
        return !this.hidden(path);
      case 'key':
        return path === '' || !this.hidden(path.slice(0, path.lastIndexOf('/')));
      case 'closed':
        return !this.open.has(path);
      case 'absent':
        return !this.hidden(path) && this.absent(path);
      case 'settled':
        return this.settled(path);
      case 'present':
        return this.defined.has(path) || (!this.hidden(path) && this.exists(path));
    }
  }

  /** Whether the member is surely absent: written as null or undefined (the SDK drops those), or missing from a closed container. */
  private absent(path: string): boolean {
    let value = this.known;
    let prefix = '';
    for (const segment of path.split('/').slice(1)) {
      // An ancestor written as null or as a non-container has no members at all.
      if (!isContainer(value)) return true;
      const [key = ''] = pointerKeys(`/${segment}`);
      if (!Object.hasOwn(value, key)) return !this.open.has(prefix);
      value = (value as Record<string, unknown>)[key];
      prefix = `${prefix}/${segment}`;
    }
    return value === null || value === undefined;
  }

  /** Whether the value at `path` is entirely known: nothing unknown at, above or under it, no spread in it, and present or surely absent. */
  private settled(path: string): boolean {
    for (const pointer of this.unknown) if (isUnder(path, pointer) || isUnder(pointer, path)) return false;
    for (const pointer of this.open) if (isUnder(pointer, path)) return false;
    return this.exists(path) || this.absent(path);
  }

  private exists(path: string): boolean {
    let value = this.known;
    for (const key of pointerKeys(path)) {
      if (!isContainer(value) || !Object.hasOwn(value, key)) return false;
      value = (value as Record<string, unknown>)[key];
    }
    return value !== null && value !== undefined;
  }
}

/** The pointer sets of partial validation's options, each read and checked: see `readPointerSets`. */
export interface PointerSets {
  readonly unknown: ReadonlySet<string>;
  readonly open: ReadonlySet<string>;
  readonly defined: ReadonlySet<string>;
}

/** The three pointer options, in the order their pointers are checked. */
const POINTER_OPTIONS = ['unknown', 'open', 'defined'] as const;

/**
 * `options.unknown`, `open` and `defined` (each empty when not given), checked for `who`: each a
 * Set (any object with `has` that iterates) of JSON Pointers (`''` or starting with `/`), and every
 * defined pointer one of the unknown ones. Anything else is a TypeError naming the option: a value
 * that is no set would be iterated as characters or fail inside the check, and a `defined` pointer
 * that is not unknown would say nothing.
 */
export function readPointerSets(who: string, options: Pick<PartialRequestOptions, 'unknown' | 'open' | 'defined'>): PointerSets {
  const read = (name: (typeof POINTER_OPTIONS)[number]): ReadonlySet<string> => {
    const set: unknown = options[name];
    if (set === undefined) return new Set<string>();
    if (typeof set !== 'object' || set === null || typeof (set as { has?: unknown }).has !== 'function' || typeof (set as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
      throw new TypeError(`${who}: options.${name} must be a Set of JSON Pointers (got ${describe(set)})`);
    }
    for (const path of set as Iterable<unknown>) {
      if (typeof path !== 'string') throw new TypeError(`${who}: options.${name} holds ${describe(path)}, not a JSON Pointer`);
      if (path !== '' && !path.startsWith('/')) throw new TypeError(`${who}: '${clip(path)}' is not a JSON Pointer (it must be '' or start with '/')`);
    }
    return set as ReadonlySet<string>;
  };
  const [unknown, open, defined] = POINTER_OPTIONS.map(read) as [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>];
  for (const path of defined) {
    if (!unknown.has(path)) throw new TypeError(`${who}: defined pointer '${clip(path)}' is not one of the unknown pointers`);
  }
  return { unknown, open, defined };
}

/**
 * Checks the statically known part of a StartImport request (the sdk shape) with the very same
 * checks as `validateStartImportRequest`, for tools that see a request before it exists: an editor,
 * a linter. Each unknown member stands in as a valid value of its type (so it counts as present),
 * and a violation is kept only when nothing unknown could make it wrong: not one at or under an
 * unknown pointer, not an absence a spread could fill, not a cross-member check (partition, time
 * range, retry) that reads an unknown or possibly present member (a retry's `ImportId` counts when
 * `defined`: surely present). With no unknown and no open pointer the result is exactly the
 * validator's, but for a key of no member written as undefined. Two readings to know:
 * `unknown-member` is decided by the written key, whatever its value (undefined too, which the
 * validator, like the SDK, reads as absent); and unknown members count as present when
 * telling a new import from an empty request, so a request whose only new-import members are
 * unknown gets `new-import-missing-*` where, were they all undefined, the validator would say
 * `request-empty` (which stands in for those codes).
 * With `policy`, the policy's violations of the known part follow, under the same rule.
 * Throws a TypeError for a pointer that is not a JSON Pointer, an unknown one whose enclosing
 * object is not in the known value, or a defined one that is not unknown.
 *
 * @example
 * validatePartialStartImportRequest(
 *   { ImportSource: { S3: { S3LocationUri: 'https://example.com/logs' } } },
 *   { unknown: new Set(['/ImportSource/S3/S3BucketRegion', '/ImportSource/S3/S3BucketAccessRoleArn']) },
 * ).violations.map((v) => v.code); // ['new-import-missing-destinations', 's3-location-uri-invalid']
 */
export function validatePartialStartImportRequest(known: unknown, options: PartialRequestOptions = {}): PartialValidationResult {
  checkOptionsObject('validatePartialStartImportRequest', options, PARTIAL_OPTIONS);
  const pointers = readPointerSets('validatePartialStartImportRequest', options);
  const { open, defined } = pointers;
  let unknown: Set<string>;
  let request = known;
  try {
    unknown = misspeltAsUndefined(known, '', new Set(pointers.unknown));
    for (const path of unknown) request = withValueAt(request, path, placeholder(path));
  } catch (error) {
    // A pointer the value cannot hold is the caller's mistake; any other throw is the value's, while read (a throwing getter, a revoked Proxy), reported as the validator reports it.
    if (error instanceof PointerError) throw error;
    return { violations: [unreadable(error)] };
  }
  // Outside the try: a bad `now` or policy is the caller's error (TypeError, PolicyError), as the validator throws it.
  const { violations } = validateStartImportRequest(request, {
    shape: 'sdk',
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });
  if (unknown.size === 0 && open.size === 0) return { violations };
  const facts = new Facts(known, unknown, open, defined);
  const holds = (needs: readonly PartialNeed[], path: string): boolean => needs.every((need) => facts.holds(need, path));
  try {
    return {
      violations: violations.filter((v) => {
        if (isExtensionCode(v.code)) return policyProvider().partialNeeds(v.code)?.some((needs) => holds(needs, v.path)) === true;
        const needs = PARTIAL_REQUEST_NEEDS[v.code];
        return needs !== undefined && holds(needs, v.path);
      }),
    };
  } catch (error) {
    // The facts read the value again: one that throws now (a getter that throws on a second read) is reported so too.
    return { violations: [unreadable(error)] };
  }
}
