/**
 * One contract's run of its structural checks as generated code, as its fast pass is (fast.ts):
 * each site's values are located by straight-line code written from the site's pattern, and given
 * to each of the site's tests in turn. What it reports is what `locator` and each test report, in
 * the same order (a property test holds it to running each check in turn).
 *
 * Why generated: a closure run (a loop over the sites calling each site's locator, which calls its
 * test) is one piece of code for every contract, so in a process validating several operations its
 * calls see every contract's locators and tests, and V8 can inline none of them. Generated code is
 * one function per contract, its calls each of one site: after all eight operations had run, the
 * arbitraries' invalid GetImport inputs cost 1.26–1.29× valibot's with it and 1.37–1.52× with the
 * closure run (ListImports' 1.32–1.35× and 1.38–1.39×; paired, twice). Its text is made from the model only: the
 * patterns' member names (JSON literals) and the site bits; the tests are passed in, never written.
 */
import { isStructure } from '../contract/record.js';
import type { Violation } from '../rules/types.js';
import { locator } from './sites.js';
import type { Decoded } from './structural.js';

/** One site's structural tests: every value present at `pattern` is given to each of `tests` in turn, when the site's `bit` is marked. */
export interface SiteRun {
  readonly pattern: string;
  readonly bit: number;
  readonly tests: readonly SiteTest[];
}

/** A structural check's test of one value at `path`. */
export type SiteTest = (value: unknown, path: string, out: Violation[]) => void;

/** What `StructuralChecks.run` is: every marked site's tests (every site's when `marks` is left out, -1). */
export type StructuralRun = (input: Decoded, out: Violation[], marks?: number) => void;

/** What the generated code calls: the tests (`T`) and the structure test `locator` makes. */
const HELPERS = { isStructure } as const;

const literal = (key: string): string => JSON.stringify(key);

/** A path as a JS expression: a literal (a pattern without `*`, its own path) or built while walking. */
interface PathCode {
  readonly code: string;
  readonly built: boolean;
}

/** `path` and then `/` and the JS expression `tail`, as `locator` appends a key or an index. */
const append = (path: PathCode, tail: string): PathCode => ({ code: path.code === '""' ? tail : `${path.code} + ${tail}`, built: true });

/** Statements giving the value in `value` (at depth `at` of `keys`, at `path`) to each of the tests `tests`, as `locator` walks to it. */
function walk(keys: readonly string[], at: number, value: string, path: PathCode, tests: readonly number[]): string {
  if (at === keys.length) {
    // A path built while walking is built once for all the site's tests.
    const p = path.built ? 'p' : path.code;
    const calls = tests.map((index) => `T[${String(index)}](${value}, ${p}, out);`).join(' ');
    return path.built ? `const p = ${path.code}; ${calls}` : calls;
  }
  const key = keys[at] as string;
  const [next, i] = [`v${String(at)}`, `i${String(at)}`];
  if (key === '*') {
    // Items read in order, holes skipped (`index in value`).
    const inner = walk(keys, at + 1, next, append(path, `"/" + ${i}`), tests);
    return `if (Array.isArray(${value})) for (let ${i} = 0; ${i} < ${value}.length; ${i} += 1) if (${i} in ${value}) { const ${next} = ${value}[${i}]; ${inner} }`;
  }
  // A top-level member of the root (a decoded copy, a plain object) needs only an object test, as `locator` makes it.
  const isObject = keys.length === 1 ? `typeof ${value} === "object" && ${value} !== null` : `H.isStructure(${value})`;
  const inner = walk(keys, at + 1, next, path.built || keys.includes('*') ? append(path, literal(`/${key}`)) : path, tests);
  return `if (${isObject} && Object.prototype.hasOwnProperty.call(${value}, ${literal(key)})) { const ${next} = ${value}[${literal(key)}]; ${inner} }`;
}

/**
 * The generated run of `sites` (in site order); `undefined` where code cannot be generated
 * (`--disallow-code-generation-from-strings`, a CSP), where the closure run says the same.
 */
function compileStructuralRun(sites: readonly SiteRun[]): StructuralRun | undefined {
  const tests: SiteTest[] = [];
  const lines = sites.map(({ pattern, bit, tests: siteTests }) => {
    const indexes = siteTests.map((test) => tests.push(test) - 1);
    const keys = pattern === '' ? [] : pattern.slice(1).split('/');
    // A pattern without `*` is its own path: no path is built while walking it.
    const path: PathCode = keys.includes('*') ? { code: '""', built: false } : { code: literal(pattern), built: false };
    return `if ((marks & ${String(bit)}) !== 0) { ${walk(keys, 0, 'input', path, indexes)} }`;
  });
  const body = ['"use strict";', 'return function runStructural(input, out, marks = -1) {', ...lines, '};'].join('\n');
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- code generation, as the fast pass's; never from an input
    const make = new Function('H', 'T', body) as (helpers: typeof HELPERS, tests: readonly SiteTest[]) => StructuralRun;
    return make(HELPERS, tests);
  } catch {
    return undefined;
  }
}

/** The run of `sites` by closures: each site's `locator` walk given a test running the site's tests in turn. */
function closureRun(sites: readonly SiteRun[]): StructuralRun {
  const runs = sites.map(({ pattern, bit, tests }) => {
    const test: SiteTest = (value, path, out) => {
      for (let i = 0; i < tests.length; i += 1) (tests[i] as SiteTest)(value, path, out);
    };
    return { at: locator(pattern), test, bit };
  });
  return (input, out, marks = -1) => {
    for (let i = 0; i < runs.length; i += 1) {
      const { at, test, bit } = runs[i] as (typeof runs)[number];
      // A site the fast pass found nothing at has nothing to report (its marks, `Verdict.marks`; -1 marks every site).
      if ((marks & bit) === 0) continue;
      at(input, out, test);
    }
  };
}

/** The run of `sites`: generated on its first call, never at load (cold start), as the fast pass is; by closures where code cannot be generated. */
export function structuralRun(sites: readonly SiteRun[]): StructuralRun {
  let run: StructuralRun | undefined;
  return (input, out, marks) => {
    run ??= compileStructuralRun(sites) ?? closureRun(sites);
    run(input, out, marks);
  };
}

