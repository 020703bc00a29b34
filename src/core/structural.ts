/**
 * The structural checks of a shape, derived from the model once (at module load, as ajv compiles
 * a schema): unknown member, type, required member, length, pattern, enum, list size and range.
 * Each is a `Check` carrying its catalogue row; each reads the decoded value (plain data), so a
 * check never meets a getter.
 */
import { clip, describe } from '../contract/timestamps.js';
import { catalogueEntry } from '../rules/catalogue.js';
import type { Subject, Violation, ViolationCode } from '../rules/types.js';
import { pointer, violationOf } from '../rules/violation.js';
import { unknownMemberMessage } from '../rules/near-miss.js';
import { isStructure } from '../contract/record.js';
import { breakAt, breakEnum, breakRange, breakRequired, breakSize, breakString, breakType, breakUnknown, type Breaker } from './breaks.js';
import type { Check } from './check.js';
import { NUMBER_TYPE_BOUNDS, type ShapeModel } from './model.js';
import { hasType } from './well-typed.js';
import { compilePattern } from './pattern.js';
import { siteBit } from './fast.js';
import { locator, sitesOf, type Shapes, type Site } from './sites.js';
import { structuralRun, type SiteRun, type StructuralRun } from './structural-run.js';
import { codePoints } from './text.js';

/** A decoded input or output of an operation: wire shape, plain objects, timestamps as epoch seconds. */
export type Decoded = Readonly<Record<string, unknown>>;

/** The codes of one shape's constraints (see `SHAPE_CODES`). */
export interface ConstraintCodes {
  readonly length?: ViolationCode;
  readonly pattern?: ViolationCode;
  readonly range?: ViolationCode;
  readonly size?: ViolationCode;
  readonly enum?: ViolationCode | Readonly<Partial<Record<Subject, ViolationCode>>>;
  readonly required?: ViolationCode;
  /** What a `type-mismatch` of the shape adds to its message: how to give the value its type (epoch milliseconds from a Date). */
  readonly typeHint?: string;
}

/** What a structural check is compiled for. */
export interface StructuralTarget {
  /** The operation's name in its model: any model's, so an operation is data (compileOperation). */
  readonly operation: string;
  readonly subject: 'request' | 'response';
  /** The shape name of the input or output. */
  readonly root: string;
  readonly shapes: Shapes;
  readonly codes: Readonly<Record<string, ConstraintCodes>>;
}

type Test = (value: unknown, path: string, out: Violation[]) => void;

// Each test holds its code's catalogue row, looked up once here rather than for every violation.
const UNKNOWN_MEMBER = catalogueEntry('unknown-member');
const TYPE_MISMATCH = catalogueEntry('type-mismatch');

/** Where each structural check of a site found its test: `siteChecks` records them for `compileStructuralChecks`' one run. */
const TESTS = new WeakMap<Check<Decoded>, Test>();

/** A structural check of `code` at `site`; with `breaker`, it can say how to break a valid value to earn it. */
function check(target: StructuralTarget, code: ViolationCode, site: Site, test: Test, breaker?: Breaker): Check<Decoded> {
  const at = locator(site.pattern);
  const found: Check<Decoded> = {
    row: catalogueEntry(code),
    operations: [target.operation],
    reads: [site.pattern],
    run(input, _context, out) {
      at(input, out, test);
    },
  };
  const made = breaker === undefined ? found : { ...found, break: breakAt(site.pattern, breaker) };
  TESTS.set(made, test);
  return made;
}

function codeOf(target: StructuralTarget, site: Site, constraint: 'length' | 'pattern' | 'range' | 'size' | 'enum'): ViolationCode {
  const entry = target.codes[site.shapeName]?.[constraint];
  const code = typeof entry === 'object' ? entry[target.subject] : entry;
  if (code === undefined) throw new Error(`no catalogue code for the ${constraint} of ${site.shapeName} (${target.operation} ${target.subject}): add it to SHAPE_CODES`);
  return code;
}

const TYPE_NOUN: Readonly<Record<ShapeModel['type'], string>> = {
  structure: 'a structure (object)',
  list: 'a list (array)',
  string: 'a string',
  enum: 'a string',
  integer: 'an integer',
  long: 'an integer',
  timestamp: 'a timestamp',
};

function structureChecks(target: StructuralTarget, site: Site, shape: Extract<ShapeModel, { type: 'structure' }>): Check<Decoded>[] {
  const members = Object.keys(shape.members);
  const owner = site.member ?? (site.pattern === '' ? target.operation : site.shapeName);
  const unknown = check(target, 'unknown-member', site, (value, path, out) => {
    if (!isStructure(value)) return;
    // The copy's own keys are the value's: a key its prototype lends (a polluted Object.prototype's) is none.
    for (const key in value) {
      if (Object.prototype.hasOwnProperty.call(shape.members, key) || !Object.prototype.hasOwnProperty.call(value, key)) continue;
      out.push(violationOf(UNKNOWN_MEMBER, `${path}${pointer(key)}`, unknownMemberMessage(key, members)));
    }
  }, breakUnknown(members));
  if (shape.required.length === 0) return [unknown];
  const code = target.codes[site.shapeName]?.required ?? 'required-member-missing';
  const row = catalogueEntry(code);
  const required = check(target, code, site, (value, path, out) => {
    if (!isStructure(value)) return;
    for (const name of shape.required) {
      if (value[name] === undefined) out.push(violationOf(row, `${path}/${name}`, `must be set: ${owner} requires ${name}`));
    }
  }, breakRequired(shape.required));
  return [unknown, required];
}

function stringChecks(target: StructuralTarget, site: Site, shape: Extract<ShapeModel, { type: 'string' }>): Check<Decoded>[] {
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY, pattern } = shape;
  const out: Check<Decoded>[] = [];
  const hasLength = shape.minLength !== undefined || shape.maxLength !== undefined;
  // One compiled test for the check, its breaker and the fast pass (a table for a pattern of one ASCII class).
  const matches = pattern === undefined ? undefined : compilePattern(pattern);
  const lengthCode = hasLength ? codeOf(target, site, 'length') : undefined;
  const patternCode = matches === undefined ? undefined : codeOf(target, site, 'pattern');
  // A shape with only a minimum (botocore's `min: 1`) says "at least".
  const bounds = minLength === maxLength ? String(minLength) : Number.isFinite(maxLength) ? `${String(minLength)}–${String(maxLength)}` : `at least ${String(minLength)}`;
  // Code points are at least half the UTF-16 units: a length in bounds even so needs no count.
  const surelyInBounds = (units: number): boolean => units <= maxLength && units >= 2 * minLength;
  const characters = `character${bounds === '1' || bounds === 'at least 1' ? '' : 's'}`;
  /** The text's length in code points when it is out of bounds, else `undefined`. */
  const badLength = (text: string): number | undefined => {
    if (!hasLength || surelyInBounds(text.length)) return undefined;
    const length = codePoints(text);
    return length >= minLength && length <= maxLength ? undefined : length;
  };
  const missesPattern = (text: string): boolean => matches !== undefined && !matches.test(text);
  // One check per code. A shape whose length and pattern share a code (a UUID's) reports one
  // violation for both, which says each that fails: "36 characters long" alone would send the
  // user back for a second run to learn that `zz` is no hex either.
  const codes = [...new Set([lengthCode, patternCode].filter((code) => code !== undefined))];
  for (const code of codes) {
    const row = catalogueEntry(code);
    const readsLength = code === lengthCode;
    const readsPattern = code === patternCode;
    out.push(
      check(target, code, site, (value, path, found) => {
        if (typeof value !== 'string') return;
        const length = readsLength ? badLength(value) : undefined;
        const patternMissed = readsPattern && missesPattern(value);
        if (length === undefined && !patternMissed) return;
        const message =
          length === undefined
            ? `must match ${String(pattern)} (got '${clip(value)}')`
            : patternMissed
              ? `must be ${bounds} ${characters} long and match ${String(pattern)} (got '${clip(value)}', ${String(length)} ${length === 1 ? 'character' : 'characters'})`
              : `must be ${bounds} ${characters} long (got ${String(length)})`;
        found.push(violationOf(row, path, message));
      }, breakString({ minLength, maxLength, pattern: matches, breaksLength: code === lengthCode, breaksPattern: code === patternCode })),
    );
  }
  return out;
}

/** The structural checks of one site: its type, then its own constraints. */
function siteChecks(target: StructuralTarget, site: Site): Check<Decoded>[] {
  const { shape } = site;
  const out: Check<Decoded>[] = [];
  // The root's type is the decoder's to report (it reads nothing of a value that is no structure).
  if (site.pattern !== '' && shape.type !== 'timestamp') {
    const hint = target.codes[site.shapeName]?.typeHint;
    const noun = hint === undefined ? TYPE_NOUN[shape.type] : `${TYPE_NOUN[shape.type]}, ${hint}`;
    out.push(
      check(target, 'type-mismatch', site, (value, path, found) => {
        if (hasType(shape, value)) return;
        const expected = (shape.type === 'integer' || shape.type === 'long') && Number.isInteger(value) ? NUMBER_TYPE_BOUNDS[shape.type].noun : noun;
        found.push(violationOf(TYPE_MISMATCH, path, `must be ${expected} (got ${describe(value)})`));
      }, breakType(shape)),
    );
  }
  switch (shape.type) {
    case 'structure':
      return [...out, ...structureChecks(target, site, shape)];
    case 'string':
      return [...out, ...stringChecks(target, site, shape)];
    case 'integer':
    case 'long': {
      if (shape.min === undefined && shape.max === undefined) return out;
      const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = shape;
      const code = codeOf(target, site, 'range');
      const row = catalogueEntry(code);
      const range = Number.isFinite(max) ? `from ${String(min)} to ${String(max)}` : `of at least ${String(min)}`;
      return [
        ...out,
        check(target, code, site, (value, path, found) => {
          if (Number.isInteger(value) && ((value as number) < min || (value as number) > max)) {
            found.push(violationOf(row, path, `must be a whole number ${range} (got ${String(value)})`));
          }
        }, breakRange(min, max)),
      ];
    }
    case 'enum': {
      const code = codeOf(target, site, 'enum');
      const row = catalogueEntry(code);
      const values = new Set(shape.values);
      const listed = shape.values.join(', ');
      return [
        ...out,
        check(target, code, site, (value, path, found) => {
          if (typeof value === 'string' && !values.has(value)) found.push(violationOf(row, path, `must be one of ${listed} (got '${clip(value)}')`));
        }, breakEnum(shape.values)),
      ];
    }
    case 'list': {
      if (shape.minItems === undefined && shape.maxItems === undefined) return out;
      const { minItems = 0, maxItems = Number.POSITIVE_INFINITY } = shape;
      const code = codeOf(target, site, 'size');
      const row = catalogueEntry(code);
      const bounds = minItems === maxItems ? `exactly ${String(minItems)}` : `${String(minItems)} to ${String(maxItems)}`;
      return [
        ...out,
        check(target, code, site, (value, path, found) => {
          if (Array.isArray(value) && (value.length < minItems || value.length > maxItems)) {
            found.push(violationOf(row, path, `must hold ${bounds} item${maxItems === 1 ? '' : 's'} (got ${String(value.length)})`));
          }
        }, breakSize(minItems, maxItems)),
      ];
    }
    case 'timestamp':
      return out;
  }
}

/** The structural checks of a root, and one run of them all. */
export interface StructuralChecks {
  readonly checks: Check<Decoded>[];
  /**
   * What running every check in turn reports, in the same order, with each site located once
   * and its values given to each of its checks' tests (not one walk per check): each check is at
   * one site and the checks are in site order, so every code's violations come in the order they
   * would. The unseen-input bench measures it. With `marks` (the fast pass's, `Verdict.marks`), only
   * the sites marked run: the others' values passed all their tests there.
   */
  readonly run: StructuralRun;
}

/** Every structural check of `target.root`, compiled once. Throws when a constraint has no code (a model change to act on). */
export function compileStructuralChecks(target: StructuralTarget): StructuralChecks {
  const checks: Check<Decoded>[] = [];
  const sites: SiteRun[] = [];
  sitesOf(target.shapes, target.root).forEach((site, index) => {
    const found = siteChecks(target, site);
    checks.push(...found);
    if (found.length > 0) sites.push({ pattern: site.pattern, bit: siteBit(index), tests: found.map((made) => TESTS.get(made) as Test) });
  });
  return { checks, run: structuralRun(sites) };
}
