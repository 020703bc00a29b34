/**
 * The fast pass of a contract: one function, generated from the model, that decodes a value into
 * its wire-shape copy and runs every structural test on the way, building no path, violation or
 * closure. It says only whether they found anything (`Verdict`): when they did, `runStructural`
 * over the copy says what, where and in what order. What decoding reports (an unreadable
 * timestamp, a list past `MAX_LIST_ITEMS_READ`) and a value that throws while read go to the full
 * decoding instead. So its copy must be `decode`'s, and its verdict clean exactly when
 * `runStructural` finds nothing (a property test holds it to both).
 *
 * Why generated code (`new Function`, as ajv compiles a schema): a closure per site makes every
 * member a call through a megamorphic function value; generated code is one function per contract
 * whose member tests V8 sees as straight-line code, each call site monomorphic. It is compiled on a
 * contract's first use, never at load, so cold start does not pay for it. Its text is made from
 * the model only — member names, enum values and numeric bounds, each written as a JSON literal —
 * never from an input; a pattern is passed in compiled (`compilePattern`), not written into the text.
 */
import { readTimestamp, type Shape } from '../contract/timestamps.js';
import type { ShapeOption } from '../validate/types.js';
import { isStructure, setMember } from '../contract/record.js';
import { MAX_LIST_ITEMS_READ, resolveEncoding } from './decode.js';
import { NUMBER_TYPE_BOUNDS, type ShapeModel, type StructureShape } from './model.js';
import { shapeNamed, sitesOf, type Shapes } from './sites.js';
import { compilePattern, type PatternTest } from './pattern.js';
import { codePoints } from './text.js';

/**
 * Where the structural checks find something in a decoded copy: the fast pass's answer beside the copy.
 * `marks` is 0 when they find nothing; else it has the bit `siteBit(index)` of each site (by its index
 * in `sitesOf` order) with a finding, the only sites `runStructural` need run (every other site's values
 * passed all of its tests here). A number, not a list: marking allocates nothing.
 */
export interface Verdict {
  marks: number;
}

/** The highest bit a site's mark may take: the sites from this index on share it (a mark may cover more sites than have findings, never fewer). */
const LAST_BIT = 30;

/** The bit of the site at `index` (in `sitesOf` order) in `Verdict.marks`. */
export function siteBit(index: number): number {
  return 2 ** Math.min(index, LAST_BIT);
}

/** The decoded copy of a value in `encoding`, `verdict.clean` when the structural checks find nothing in it; `undefined` for the full pass to decode. */
export type FastDecode = (value: Record<string, unknown>, encoding: Shape, verdict: Verdict) => Record<string, unknown> | undefined;

/** What the generated code calls: the decoder's own readers, so both passes read a value alike. */
const HELPERS = { isStructure, readTimestamp, codePoints, define: setMember } as const;

const literal = (value: string | number): string => {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite bound: ${String(value)}`);
  return JSON.stringify(value);
};

/** What the full pass is to read afresh: an unreadable timestamp, a list past the items read (each reported by decoding). */
const BAIL = 'return undefined;';
/**
 * A structural finding at the site `index` (in `sitesOf` order): the copy is made all the same, and
 * the checks of the sites marked (`runStructural`) say what it is.
 */
const flaw = (index: number): string => `F |= ${String(siteBit(index))};`;

/** Writes the statements of one contract's fast pass. */
class Writer {
  readonly lines: string[] = [];
  readonly patterns: PatternTest[] = [];
  private names = 0;

  /** Each site's index in `sitesOf` order, by its pattern. */
  private readonly siteIndex: ReadonlyMap<string, number>;

  constructor(private readonly shapes: Shapes, rootName: string) {
    this.siteIndex = new Map(sitesOf(shapes, rootName).map((site, index) => [site.pattern, index]));
  }

  /** The index of the site `pattern`; throws at compile time for a pattern `sitesOf` does not list. */
  private indexOf(pattern: string): number {
    const index = this.siteIndex.get(pattern);
    if (index === undefined) throw new Error(`no site ${pattern}`);
    return index;
  }

  /** The statement marking a finding at the site `pattern`. */
  private flaw(pattern: string): string {
    return flaw(this.indexOf(pattern));
  }

  /** Whether the site `pattern` has a finding already (its later tests are then left to its checks). */
  private flawed(pattern: string): string {
    return `(F & ${String(siteBit(this.indexOf(pattern)))}) !== 0`;
  }

  private fresh(prefix: string): string {
    this.names += 1;
    return `${prefix}${String(this.names)}`;
  }

  /** Statements decoding and checking the value in `x` as the shape `name`; returns the variable holding its decoded copy. */
  value(name: string, x: string, pattern: string): string {
    const shape = shapeNamed(this.shapes, name);
    const finding = this.flaw(pattern);
    const { lines } = this;
    switch (shape.type) {
      case 'structure': {
        // A member that is no structure is kept as it is (as `Decoder.member` keeps it), a type-mismatch.
        const y = this.fresh('y');
        lines.push(`let ${y} = ${x};`, `if (!H.isStructure(${x})) ${finding}`, 'else {');
        lines.push(`${y} = ${this.structure(shape, x, false, pattern)};`, '}');
        return y;
      }
      case 'list':
        return this.list(shape, x, pattern);
      case 'timestamp': {
        const y = this.fresh('t');
        // A finite number is epoch seconds as it is outside the sdk encoding (as `Decoder.member` reads it).
        lines.push(
          `let ${y};`,
          `if (typeof ${x} === "number" && !sdk && Number.isFinite(${x})) ${y} = ${x};`,
          `else { const r = H.readTimestamp(${x}, encoding); if (!("seconds" in r)) ${BAIL} ${y} = r.seconds; }`,
        );
        return y;
      }
      default:
        this.scalar(shape, x, pattern);
        return x;
    }
  }

  /** A scalar's tests; once its site has a finding, the rest are skipped (the site's checks say which). */
  private scalar(shape: Exclude<ShapeModel, { type: 'structure' | 'list' | 'timestamp' }>, x: string, site: string): void {
    const { lines } = this;
    const finding = this.flaw(site);
    switch (shape.type) {
      case 'string': {
        lines.push(`if (typeof ${x} !== "string") ${finding}`);
        const { minLength, maxLength, pattern } = shape;
        // `.*` unanchored (Smithy's NextToken) matches the empty string at the start of any string: no test of it can fail.
        const test = pattern === undefined || pattern === '.*' ? undefined : compilePattern(pattern);
        if (test?.asciiOnly === true) {
          // A text of one ASCII class is ASCII: its length is its length in code points, and the site has a finding if either test fails.
          this.patterns.push(test);
          const bounds = [minLength === undefined ? '' : ` || ${x}.length < ${literal(minLength)}`, maxLength === undefined ? '' : ` || ${x}.length > ${literal(maxLength)}`].join('');
          lines.push(`else if (!R[${String(this.patterns.length - 1)}].test(${x})${bounds}) ${finding}`);
          return;
        }
        if (minLength !== undefined || maxLength !== undefined) {
          const min = minLength ?? 0;
          const max = maxLength === undefined ? '' : ` || n > ${literal(maxLength)}`;
          // Code points are at least half the UTF-16 units: a length in bounds even so needs no count (as the length check reads it).
          const sure = maxLength === undefined ? `${x}.length >= ${literal(2 * min)}` : `${x}.length <= ${literal(maxLength)} && ${x}.length >= ${literal(2 * min)}`;
          lines.push(`else if (!(${sure})) { const n = H.codePoints(${x}); if (n < ${literal(min)}${max}) ${finding} }`);
        }
        if (test !== undefined) {
          this.patterns.push(test);
          lines.push(`if (!(${this.flawed(site)}) && !R[${String(this.patterns.length - 1)}].test(${x})) ${finding}`);
        }
        return;
      }
      case 'enum':
        lines.push(`if (typeof ${x} !== "string") ${finding}`, `else switch (${x}) { ${shape.values.map((v) => `case ${literal(v)}:`).join(' ')} break; default: ${finding} }`);
        return;
      case 'integer':
      case 'long': {
        // The type's own bits bound a number the model gives no range (the full pass says which check fails).
        const bits = NUMBER_TYPE_BOUNDS[shape.type];
        const [min, max] = [shape.min ?? bits.min, shape.max ?? bits.max];
        const bounds = ` || ${x} < ${literal(min)} || ${x} > ${literal(max)}`;
        lines.push(`if (!Number.isInteger(${x})${bounds}) ${finding}`);
        return;
      }
    }
  }

  private list(shape: Extract<ShapeModel, { type: 'list' }>, x: string, pattern: string): string {
    const finding = this.flaw(pattern);
    const [y, a, i, item] = [this.fresh('y'), this.fresh('a'), this.fresh('i'), this.fresh('x')];
    const size = [shape.minItems === undefined ? '' : `${x}.length < ${literal(shape.minItems)}`, shape.maxItems === undefined ? '' : `${x}.length > ${literal(shape.maxItems)}`].filter((test) => test !== '');
    const { lines } = this;
    // A list that is no array is kept as it is; past MAX_LIST_ITEMS_READ the full pass reports the items it left unread.
    lines.push(`let ${y} = ${x};`, `if (!Array.isArray(${x})) ${finding}`, 'else {', `if (${x}.length > ${literal(MAX_LIST_ITEMS_READ)}) ${BAIL}`);
    if (size.length > 0) lines.push(`if (${size.join(' || ')}) ${finding}`);
    lines.push(`const ${a} = [];`, `for (let ${i} = 0; ${i} < ${x}.length; ${i} += 1) {`, `const ${item} = ${x}[${i}];`);
    const decoded = this.value(shape.member, item, `${pattern}/*`);
    lines.push(`${a}.push(${decoded});`, '}', `${y} = ${a};`, '}');
    return y;
  }

  /** The structure in `v` (known to be one), member by member in its own key order, as `Decoder.structure` copies it. */
  structure(shape: StructureShape, v: string, root: boolean, pattern: string): string {
    const finding = this.flaw(pattern);
    const [c, k, x] = [this.fresh('c'), this.fresh('k'), this.fresh('x')];
    const { lines } = this;
    // Own enumerable keys only, as `Decoder.structure` reads them (written out, not a helper: V8 answers this test from the for…in's own key cache).
    lines.push(`const ${c} = {};`, `for (const ${k} in ${v}) {`, `if (!Object.prototype.hasOwnProperty.call(${v}, ${k})) continue;`, `const ${x} = ${v}[${k}];`, `if (${x} === undefined) continue;`, `switch (${k}) {`);
    for (const [member, target] of Object.entries(shape.members)) {
      // An SDK null is a member left out (the SDK drops it).
      lines.push(`case ${literal(member)}: {`, `if (${x} === null && sdk) break;`);
      const y = this.value(target, x, `${pattern}/${member}`);
      lines.push(`${c}[${literal(member)}] = ${y};`, 'break;', '}');
    }
    // An unknown member is copied unread (an own `__proto__` defined, never the prototype); the SDK's `$metadata` is no member of the model.
    lines.push(`default: ${root ? `if (sdk && ${k} === "$metadata") continue; ` : ''}${finding} H.define(${c}, ${k}, ${x});`, '}', '}');
    for (const member of shape.required) lines.push(`if (${c}[${literal(member)}] === undefined) ${finding}`);
    return c;
  }
}

/**
 * Compiles the fast pass of the structure `rootName`; `undefined` for a model it cannot copy
 * plainly (a member named `__proto__`), which then always takes the full pass.
 */
export function compileFastDecode(shapes: Shapes, rootName: string): FastDecode | undefined {
  const root = shapeNamed(shapes, rootName);
  if (root.type !== 'structure') throw new Error(`${rootName} is not a structure`);
  const writer = new Writer(shapes, rootName);
  if (Object.values(shapes).some((shape) => shape.type === 'structure' && Object.hasOwn(shape.members, '__proto__'))) return undefined;
  const copy = writer.structure(root, 'value', true, '');
  // `verdict` is written after the last read of the value, so a getter validating another value in between cannot change it.
  const body = [`"use strict";`, `return function fastDecode(value, encoding, verdict) {`, `const sdk = encoding === "sdk";`, 'let F = 0;', ...writer.lines, 'verdict.marks = F;', `return ${copy};`, `};`].join('\n');
  // Made from the model only (see the module's comment): the text names the helpers H and patterns R it is given.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code generation, as ajv's; never from an input
  const make = new Function('H', 'R', body) as (helpers: typeof HELPERS, patterns: readonly PatternTest[]) => FastDecode;
  return make(HELPERS, writer.patterns);
}

/**
 * The fast pass, or none where code cannot be generated (Node run with
 * `--disallow-code-generation-from-strings`, a CSP): every value then takes the full pass, which
 * says the same.
 */
function compiledOrNone(shapes: Shapes, rootName: string): FastDecode | undefined {
  try {
    return compileFastDecode(shapes, rootName);
  } catch {
    return undefined;
  }
}

/** A contract's fast pass over any value in any encoding option (see `FastDecode`). */
export type CleanDecode = (value: unknown, option: ShapeOption, verdict: Verdict) => Record<string, unknown> | undefined;

/**
 * The fast pass of the structure `rootName`, compiled on its first call. `undefined` for anything
 * the full pass is to decode: no structure, a value that throws while read (it reports both).
 */
export function cleanDecoder(shapes: Shapes, rootName: string): CleanDecode {
  const root = shapeNamed(shapes, rootName);
  if (root.type !== 'structure') throw new Error(`${rootName} is not a structure`);
  // null: not compiled yet; undefined: this model has no fast pass.
  let fast: FastDecode | undefined | null = null;
  return (value, option, verdict) => {
    if (fast === null) fast = compiledOrNone(shapes, rootName);
    if (fast === undefined) return undefined;
    try {
      return isStructure(value) ? fast(value, resolveEncoding(value, option, root, shapes), verdict) : undefined;
    } catch {
      return undefined;
    }
  };
}
