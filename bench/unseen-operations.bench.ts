/**
 * Benchmark, not a test: the full check of every operation but StartImport (bench/unseen.bench.ts
 * measures that one) on inputs it has never seen — `validateImportRequest(operation, document,
 * { shape: 'wire' })` from dist/ — against ajv running the operation's generated request schema
 * alone, and against zod and valibot schemas built from the same model with the same structural
 * checks (bench/unseen-model-schemas.ts). Every document is distinct and generated up front
 * (bench/unseen-operation-pools.ts), each used once per pass over its pool, so no cache keyed by
 * input values can answer from memory. Prints cost ratios from paired CPU-time rounds, with
 * PASS/MISS against the targets of bench/README.md; exits 0 unless it crashed. Run `npm run build`
 * first (it measures dist/), then `npx tsx bench/unseen-operations.bench.ts [Operation …]`.
 * `OPSBENCH_QUICK=1` times one short pair per row: a smoke run that the bench works, not figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAjv } from '../scripts/render-generated.js';
import { CLOUDTRAIL_MODEL } from '../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../src/generated/logs-model.js';
import type * as Contract from '../src/index.js';
import type { CompiledOperation } from '../src/index.js';
import { figure, pairedRatio, quantile, ratioCells, table } from './measure.js';
import { MEASURED_OPERATIONS, operationArbitrariesPool, operationPlainPool } from './unseen-operation-pools.js';
import { valibotAccepts, valibotSchemaOf, zodAccepts, zodSchemaOf } from './unseen-model-schemas.js';

const MAX_AJV_RATIO = 3;
const POOL_SIZE = 6000;
// Eight operations, two pools, three baselines: shorter rounds than bench/unseen.bench.ts, as many pairs.
const PAIRED = process.env.OPSBENCH_QUICK === undefined ? { warmupMs: 300, roundMs: 150, rounds: 11 } : { warmupMs: 50, roundMs: 20, rounds: 1 };

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/esm/index.js');
if (!existsSync(entry)) throw new Error('dist/esm/index.js is missing: run `npm run build` first.');
const contract = (await import(pathToFileURL(entry).href)) as typeof Contract;

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !MEASURED_OPERATIONS.includes(name as CompiledOperation));
if (unknown.length > 0) throw new Error(`unknown operation ${unknown.join(', ')} (operations: ${MEASURED_OPERATIONS.join(', ')})`);
const operations = chosen.length === 0 ? MEASURED_OPERATIONS : MEASURED_OPERATIONS.filter((operation) => chosen.includes(operation));

const kebab = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
const readSchema = (file: string): object => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object;
const inputShape = (operation: CompiledOperation): { shapes: (typeof CLOUDTRAIL_MODEL)['shapes'] | (typeof LOGS_MODEL)['shapes']; input: string } => {
  const model = operation in CLOUDTRAIL_MODEL.operations ? CLOUDTRAIL_MODEL : LOGS_MODEL;
  const found = (model.operations as Readonly<Record<string, { readonly input: string }>>)[operation];
  if (found === undefined) throw new Error(`no model has ${operation}`);
  return { shapes: model.shapes, input: found.input };
};

const WIRE = { shape: 'wire' } as const;

console.log('unseen-input benchmark: the inputs of the eight operations other than StartImport, never seen before');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`${PAIRED.rounds} pairs of ${PAIRED.roundMs} ms rounds of whole passes, back to back, alternating which goes first, each timed in CPU time; the median of the pairs' ratios (range)\n`);

const rows: string[][] = [['operation', 'pool', 'full check against', 'full µs/doc', 'other µs/doc', 'cost ratio', 'range', 'target', 'result']];
const ratios: { readonly target: number; readonly median: number }[] = [];
for (const operation of operations) {
  // ajv with the options the package's own validators are generated with; one instance per schema ($defs are local).
  const ajv = createAjv(false).compile(readSchema(`${kebab(operation)}-request.schema.json`));
  const { shapes, input } = inputShape(operation);
  const others = [
    { name: 'ajv, schema only', check: (document: unknown): boolean => ajv(document), target: MAX_AJV_RATIO },
    { name: 'zod safeParse', check: zodAccepts(zodSchemaOf(shapes, input)), target: 1 },
    { name: 'valibot safeParse', check: valibotAccepts(valibotSchemaOf(shapes, input)), target: 1 },
  ] as const;
  const full = (document: unknown): boolean => contract.validateImportRequest(operation, document, WIRE).valid;
  // Seeds by the operation's place in the full list, so one operation measured alone sees the same pools.
  const seed = MEASURED_OPERATIONS.indexOf(operation);
  for (const pool of [operationArbitrariesPool(operation, POOL_SIZE, 20_261_206 + 10 * seed), operationPlainPool(operation, POOL_SIZE, 7 + seed)]) {
    // The three structural schemas must agree, document for document, or the comparison is unfair.
    const disagree = pool.documents.filter((document) => others.some((other) => other.check(document) !== ajv(document)));
    if (disagree.length > 0) throw new Error(`${operation}: ajv, zod and valibot disagree on ${disagree.length} documents of pool ${pool.name}, e.g. ${JSON.stringify(disagree[0])}`);
    const accepted = (check: (document: unknown) => boolean): number => pool.documents.filter((document) => check(document)).length;
    console.log(`${operation} pool ${pool.name}: ${pool.documents.length} documents: ${pool.makeUp}; accepted: full check ${accepted(full)}, schema only (ajv = zod = valibot) ${accepted(ajv)}`);
    for (const other of others) {
      const ratio = pairedRatio(full, pool.documents, other.check, pool.documents, PAIRED);
      ratios.push({ target: other.target, median: ratio.median });
      rows.push([operation, pool.name, other.name, ...ratioCells(ratio, other.target)]);
    }
  }
}
console.log(`\n${table(rows)}`);
const worst = (target: number): number => Math.max(...ratios.filter((ratio) => ratio.target === target).map((ratio) => ratio.median));
const misses = ratios.filter((ratio) => (ratio.target === 1 ? ratio.median >= 1 : ratio.median > ratio.target)).length;
console.log(
  `\n${ratios.length - misses} of ${ratios.length} PASS; worst against ajv ${figure(worst(MAX_AJV_RATIO), 2)}× (median of all ${figure(quantile(ratios.filter((r) => r.target === MAX_AJV_RATIO).map((r) => r.median), 0.5), 2)}×), worst against zod or valibot ${figure(worst(1), 2)}×`,
);
