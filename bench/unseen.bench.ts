/**
 * Benchmark, not a test: the full check of StartImport requests it has never seen, against ajv
 * running the request schema alone and against zod and valibot schemas with the same structural
 * checks. Every document is distinct and generated up front (bench/unseen-pool.ts), and each is
 * used once per pass over its pool, so no cache keyed by input values can answer from memory
 * (a pool holds far more distinct strings than any such cache). Prints cost ratios from paired
 * CPU-time rounds and cold start, with PASS/MISS against the targets of bench/README.md; exits 0
 * unless it crashed. Run `npm run build` first (it measures dist/), then `npx tsx bench/unseen.bench.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAjv } from '../scripts/render-generated.js';
import type * as Contract from '../src/index.js';
import { coldStarts, figure, pairedRatio, quantile, ratioCells, table, verdict } from './measure.js';
import { arbitrariesPool, plainPool, type Pool } from './unseen-pool.js';
import { valibotAccepts, zodAccepts } from './unseen-schemas.js';

const MAX_AJV_RATIO = 3;
const MAX_COLD_START_MS = 150;
const COLD_START_RUNS = 11;
const POOL_SIZE = 12_000;
const PAIRED = { warmupMs: 500, roundMs: 300, rounds: 11 };

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/esm/index.js');
if (!existsSync(entry)) throw new Error('dist/esm/index.js is missing: run `npm run build` first.');
const contract = (await import(pathToFileURL(entry).href)) as typeof Contract;

const readSchema = (file: string): object => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object;
// ajv with the options the package's own validators are generated with (allErrors, strict, strictNumbers, unicode: false).
const ajv = createAjv(false);
ajv.addSchema(readSchema('common.schema.json'));
const ajvRequestSchema = ajv.compile(readSchema('start-import-request.schema.json'));

const WIRE = { shape: 'wire' } as const;
interface Candidate {
  readonly name: string;
  readonly check: (document: unknown) => boolean;
}
const full: Candidate = { name: 'full check (dist, wire)', check: (document) => contract.validateStartImportRequest(document, WIRE).valid };
const schemaAjv: Candidate = { name: 'ajv, schema only', check: (document) => ajvRequestSchema(document) };
const schemaZod: Candidate = { name: 'zod safeParse', check: zodAccepts };
const schemaValibot: Candidate = { name: 'valibot safeParse', check: valibotAccepts };

const pools: readonly Pool[] = [arbitrariesPool(POOL_SIZE, 20_261_206), plainPool(POOL_SIZE, 7)];

console.log('unseen-input benchmark: StartImport requests never seen before');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
for (const pool of pools) {
  const distinct = new Set(pool.documents.map((document) => JSON.stringify(document))).size;
  console.log(`pool ${pool.name}: ${pool.documents.length} documents (${distinct} distinct): ${pool.makeUp}`);
  // The three structural schemas must agree, document for document, or the comparison is unfair.
  const disagree = pool.documents.filter((document) => {
    const verdict = schemaAjv.check(document);
    return schemaZod.check(document) !== verdict || schemaValibot.check(document) !== verdict;
  });
  if (disagree.length > 0) throw new Error(`ajv, zod and valibot disagree on ${disagree.length} documents of pool ${pool.name}, e.g. ${JSON.stringify(disagree[0])}`);
  const accepted = (candidate: Candidate): number => pool.documents.filter((document) => candidate.check(document)).length;
  console.log(`  accepted: full check ${accepted(full)}, schema only (ajv = zod = valibot) ${accepted(schemaAjv)}`);
}
console.log(`\n${PAIRED.rounds} pairs of ${PAIRED.roundMs} ms rounds of whole passes, back to back, alternating which goes first, each timed in CPU time; the median of the pairs' ratios (range)\n`);

const rows: string[][] = [['pool', 'full check against', 'full µs/doc', 'other µs/doc', 'cost ratio', 'range', 'target', 'result']];
for (const pool of pools) {
  for (const [other, target] of [
    [schemaAjv, MAX_AJV_RATIO],
    [schemaZod, 1],
    [schemaValibot, 1],
  ] as const) {
    const ratio = pairedRatio(full.check, pool.documents, other.check, pool.documents, PAIRED);
    rows.push([pool.name, other.name, ...ratioCells(ratio, target)]);
  }
}
console.log(table(rows));

// Cold start: a fresh node loads the package and answers one request of the pool.
const first = pools[1]?.documents[0] ?? {};
const report = 'process.stdout.write(JSON.stringify({ ready: t0, load: t1 - t0, firstCall: t2 - t1, total: t2 }));';
const call = `validateStartImportRequest(${JSON.stringify(first)}, { shape: 'wire' });`;
const starts = [
  {
    name: 'ESM: await import(dist/esm/index.js)',
    args: ['--input-type=module', '-e', `const t0 = performance.now(); const { validateStartImportRequest } = await import(${JSON.stringify(pathToFileURL(entry).href)}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`],
  },
  {
    name: 'CJS: require(dist/cjs/index.js)',
    args: ['-e', `const t0 = performance.now(); const { validateStartImportRequest } = require(${JSON.stringify(join(root, 'dist/cjs/index.js'))}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`],
  },
];
console.log(`\ncold start: process start to the first result, ${COLD_START_RUNS} fresh node processes each (target: < ${MAX_COLD_START_MS} ms)\n`);
const ms = (value: number): string => `${figure(value, 1)} ms`;
console.log(
  table([
    ['start', 'median', 'p90', 'load', 'first call', 'target', 'result'],
    ...starts.map(({ name, args }) => {
      const samples = coldStarts(args, COLD_START_RUNS);
      const median = quantile(
        samples.map((sample) => sample.total),
        0.5,
      );
      return [
        name,
        ms(median),
        ms(
          quantile(
            samples.map((sample) => sample.total),
            0.9,
          ),
        ),
        ms(quantile(samples.map((sample) => sample.load), 0.5)),
        ms(quantile(samples.map((sample) => sample.firstCall), 0.5)),
        `< ${MAX_COLD_START_MS} ms`,
        verdict(median < MAX_COLD_START_MS),
      ];
    }),
  ]),
);
