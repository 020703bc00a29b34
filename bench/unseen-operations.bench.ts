/**
 * Benchmark, not a test: the full check of the four read operations' inputs (GetImport,
 * ListImports, StopImport, ListImportFailures) on inputs it has never seen, against ajv running
 * each operation's generated request schema alone and against zod and valibot schemas with the same
 * structural checks: `bench/unseen.bench.ts`'s measure (and targets) for every other operation.
 * Every document is distinct and generated up front (bench/unseen-read-pool.ts). Prints cost
 * ratios from paired CPU-time rounds with PASS/MISS; exits 0 unless it crashed. Run
 * `npm run build` first (it measures dist/), then `npx tsx bench/unseen-operations.bench.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAjv } from '../scripts/render-generated.js';
import type * as Contract from '../src/index.js';
import { figure, pairedRatio, table } from './measure.js';
import { READ_OPERATIONS, readArbitrariesPool, readPlainPool } from './unseen-read-pool.js';
import { valibotReadAccepts, zodReadAccepts } from './unseen-read-schemas.js';

const MAX_AJV_RATIO = 3;
const POOL_SIZE = 12_000;
const PAIRED = { warmupMs: 300, roundMs: 200, rounds: 7 };

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist/esm/index.js');
if (!existsSync(entry)) throw new Error('dist/esm/index.js is missing: run `npm run build` first.');
const contract = (await import(pathToFileURL(entry).href)) as typeof Contract;

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter, at: number) => `${at === 0 ? '' : '-'}${letter.toLowerCase()}`);
const readSchema = (file: string): object => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object;

const WIRE = { shape: 'wire' } as const;
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

console.log('unseen-input benchmark: the read operations\' inputs, never seen before');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`${PAIRED.rounds} pairs of ${PAIRED.roundMs} ms rounds of whole passes, back to back, alternating which goes first, each timed in CPU time; the median of the pairs' ratios (range)\n`);
const rows: string[][] = [['pool', 'full check against', 'full µs/doc', 'other µs/doc', 'cost ratio', 'range', 'target', 'result']];
for (const [index, operation] of READ_OPERATIONS.entries()) {
  // ajv with the options the package's own validators are generated with, one instance per schema ($defs are local).
  const ajv = createAjv(false).compile(readSchema(`${kebab(operation)}-request.schema.json`));
  const others = [
    { name: 'ajv, schema only', check: (document: unknown): boolean => ajv(document), target: MAX_AJV_RATIO },
    { name: 'zod safeParse', check: zodReadAccepts(operation), target: 1 },
    { name: 'valibot safeParse', check: valibotReadAccepts(operation), target: 1 },
  ] as const;
  const full = (document: unknown): boolean => contract.validateImportRequest(operation, document, WIRE).valid;
  for (const pool of [readArbitrariesPool(operation, POOL_SIZE, 20_261_206 + index), readPlainPool(operation, POOL_SIZE, 7 + index)]) {
    const disagree = pool.documents.filter((document) => others.some((other) => other.check(document) !== ajv(document)));
    if (disagree.length > 0) throw new Error(`ajv, zod and valibot disagree on ${disagree.length} documents of pool ${pool.name}, e.g. ${JSON.stringify(disagree[0])}`);
    const accepted = (check: (document: unknown) => boolean): number => pool.documents.filter((document) => check(document)).length;
    console.log(`pool ${pool.name}: ${pool.documents.length} documents: ${pool.makeUp}; accepted: full check ${accepted(full)}, schema only ${accepted(ajv)}`);
    for (const other of others) {
      const ratio = pairedRatio(full, pool.documents, other.check, pool.documents, PAIRED);
      const pass = other.target === 1 ? ratio.median < 1 : ratio.median <= other.target;
      rows.push([
        pool.name,
        other.name,
        figure(ratio.fullMicros, 2),
        figure(ratio.baseMicros, 2),
        `${figure(ratio.median, 2)}×`,
        `${figure(ratio.min, 2)}–${figure(ratio.max, 2)}×`,
        other.target === 1 ? '< 1× (faster)' : `≤ ${other.target}×`,
        verdict(pass),
      ]);
    }
  }
}
console.log(`\n${table(rows)}`);
