/**
 * Benchmark, not a test: where the full check's cost against ajv comes from, on the unseen pools
 * of bench/unseen.bench.ts (StartImport) and bench/unseen-operations.bench.ts (CreateImportTask).
 * Each part is paired against ajv running the request schema alone, as those benches pair the full
 * check:
 *   - the generic engine's structural checks alone: the operation's model compiled with no
 *     semantic check (`compileOperation`), which decodes a copy while testing, as the engine returns it;
 *   - StartImport's one semantic reading of the common request (`readCommonRequest`): the string
 *     tests of its ARNs, bucket and Regions, with no structure built;
 *   - the full check, as the other benches measure it.
 * It reads the package's sources (the parts are not exported), so it needs no build. A part costing
 * about as much as ajv's whole check shows how far any arrangement of the checks can go toward
 * "≤ 3× ajv". Run `npx tsx bench/cost-split.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../scripts/render-generated.js';
import { compileOperation, runContract } from '../src/core/contract.js';
import { CLOUDTRAIL_MODEL } from '../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../src/generated/logs-model.js';
import { SHAPE_CODES } from '../src/operations/codes.js';
import { LOGS_SHAPE_CODES } from '../src/operations/logs/codes.js';
import { validateImportRequest } from '../src/operations/validate-import.js';
import { readCommonRequest } from '../src/validate/common-request.js';
import { validateStartImportRequest } from '../src/validate/validate-request.js';
import { figure, pairedRatio, table } from './measure.js';
import { MEASURED_OPERATIONS, operationArbitrariesPool, operationPlainPool } from './unseen-operation-pools.js';
import { arbitrariesPool, plainPool } from './unseen-pool.js';

const PAIRED = { warmupMs: 300, roundMs: 200, rounds: 9 };
const root = fileURLToPath(new URL('..', import.meta.url));
const readSchema = (file: string): object => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object;
const WIRE = { shape: 'wire' } as const;

interface Part {
  readonly name: string;
  readonly check: (document: unknown) => boolean;
}

interface Subject {
  readonly operation: string;
  readonly ajv: (document: unknown) => boolean;
  readonly parts: readonly Part[];
  readonly pools: readonly { readonly name: string; readonly documents: readonly unknown[] }[];
}

const startAjv = createAjv(false);
startAjv.addSchema(readSchema('common.schema.json'));
const startImportSchema = startAjv.compile(readSchema('start-import-request.schema.json'));
const startImportStructure = compileOperation(CLOUDTRAIL_MODEL, 'StartImport', SHAPE_CODES).request;

const createTaskSchema = createAjv(false).compile(readSchema('create-import-task-request.schema.json'));
const createTaskStructure = compileOperation(LOGS_MODEL, 'CreateImportTask', LOGS_SHAPE_CODES).request;
// The pools' seeds as bench/unseen-operations.bench.ts draws them (by the operation's place in its list).
const createTaskSeed = MEASURED_OPERATIONS.indexOf('CreateImportTask');

const subjects: readonly Subject[] = [
  {
    operation: 'StartImport',
    ajv: (document) => startImportSchema(document),
    parts: [
      { name: 'engine, structural checks only', check: (document) => runContract(startImportStructure, document, 'wire').valid },
      { name: 'the common reading (semantic tests)', check: (document) => readCommonRequest(document, 'wire') !== undefined },
      { name: 'full check', check: (document) => validateStartImportRequest(document, WIRE).valid },
    ],
    pools: [arbitrariesPool(12_000, 20_261_206), plainPool(12_000, 7)],
  },
  {
    operation: 'CreateImportTask',
    ajv: (document) => createTaskSchema(document),
    parts: [
      { name: 'engine, structural checks only', check: (document) => runContract(createTaskStructure, document, 'wire').valid },
      { name: 'full check', check: (document) => validateImportRequest('CreateImportTask', document, WIRE).valid },
    ],
    pools: [operationArbitrariesPool('CreateImportTask', 6000, 20_261_206 + 10 * createTaskSeed), operationPlainPool('CreateImportTask', 6000, 7 + createTaskSeed)],
  },
];

console.log("cost split: the parts of the full check, each paired against ajv's schema-only check on the same unseen pool");
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`${PAIRED.rounds} pairs of ${PAIRED.roundMs} ms rounds, alternating which goes first, in CPU time; the median of the pairs' ratios (range)\n`);
const rows: string[][] = [['operation', 'pool', 'part', 'part µs/doc', 'ajv µs/doc', 'ratio to ajv', 'range']];
for (const { operation, ajv, parts, pools } of subjects) {
  for (const pool of pools) {
    for (const part of parts) {
      const ratio = pairedRatio(part.check, pool.documents, ajv, pool.documents, PAIRED);
      rows.push([operation, pool.name, part.name, figure(ratio.fullMicros, 2), figure(ratio.baseMicros, 2), `${figure(ratio.median, 2)}×`, `${figure(ratio.min, 2)}–${figure(ratio.max, 2)}×`]);
    }
  }
}
console.log(table(rows));
console.log('\nThe full check\'s target is ≤ 3× ajv (bench/README.md): the structural pass and the semantic tests each take part of that room.');
