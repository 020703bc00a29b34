/**
 * Benchmark, not a test: how fast the built package validates StartImport requests next to ajv
 * running the request schema alone, and how fast a fresh process gets its first answer. Prints
 * figures with PASS/MISS against the targets of bench/README.md and exits 0 unless it crashed.
 * Run with `npm run bench` (it builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAjv } from '../scripts/render-generated.js';
import type * as Contract from '../src/index.js';
import { loadCorpus } from './corpus.js';
import { coldStarts, figure, pairedRatio, quantile, table, throughput, verdict, type ColdStartSample, type Throughput } from './measure.js';

const MAX_COST_RATIO = 3;
const MAX_COLD_START_MS = 150;
const COLD_START_RUNS = 15;
const TIMING = { warmupMs: 1000, roundMs: 500, rounds: 7 };

const root = fileURLToPath(new URL('..', import.meta.url));
const built = (path: string): string => join(root, 'dist', path);
for (const entry of ['esm/index.js', 'cjs/index.js']) {
  if (!existsSync(built(entry))) throw new Error(`dist/${entry} is missing: run \`npm run bench\`, which builds first.`);
}

const contract = (await import(pathToFileURL(built('esm/index.js')).href)) as typeof Contract;
const corpus = loadCorpus(root);

// Schema only: the request schema compiled by ajv at run time, with the options the package's own
// validators are generated with (allErrors, strict, strictNumbers, unicode: false).
const readSchema = (file: string): object => JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object;
const ajv = createAjv(false);
ajv.addSchema(readSchema('common.schema.json'));
const ajvRequestSchema = ajv.compile(readSchema('start-import-request.schema.json'));

// The same schema as the package ships it: ajv standalone code, generated at build time
// (src/generated/validators.ts, which the bundled dist holds inside a chunk; tsx runs the source).
const standalone = (await import('../src/generated/validators.js')).validateRequestSchema as (data: unknown) => boolean;

interface Candidate {
  readonly name: string;
  readonly input: 'wire' | 'cli';
  readonly check: (document: unknown) => boolean;
}

const fullWire: Candidate = {
  name: 'full check: validateStartImportRequest',
  input: 'wire',
  check: (document) => contract.validateStartImportRequest(document, { shape: 'wire' }).valid,
};
const fullCli: Candidate = {
  name: 'full check: validateStartImportRequest',
  input: 'cli',
  check: (document) => contract.validateStartImportRequest(document, { shape: 'cli' }).valid,
};
const schemaAjv: Candidate = { name: 'schema only: ajv compile() at run time', input: 'wire', check: (document) => ajvRequestSchema(document) };
const schemaStandalone: Candidate = { name: "schema only: the package's precompiled ajv standalone", input: 'wire', check: standalone };

console.log('cloudtrail-import-contract benchmark');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`corpus: ${corpus.source}`);
console.log(`throughput: ${TIMING.warmupMs} ms warm-up, then the median of ${TIMING.rounds} rounds of ${TIMING.roundMs} ms each\n`);

const candidates = [fullWire, fullCli, schemaAjv, schemaStandalone];
const results = new Map<Candidate, Throughput>();
for (const candidate of candidates) {
  results.set(candidate, throughput(candidate.check, corpus[candidate.input], TIMING));
}

console.log(
  table([
    ['validation', 'input', 'accepted', 'median ops/s', 'min ops/s', 'max ops/s', 'µs/op'],
    ...candidates.map((candidate) => {
      const result = results.get(candidate);
      if (result === undefined) return [candidate.name];
      return [
        candidate.name,
        candidate.input,
        `${result.accepted}/${corpus[candidate.input].length}`,
        figure(result.median),
        figure(result.min),
        figure(result.max),
        figure(1e6 / result.median, 2),
      ];
    }),
  ]),
);


// The cost ratio comes from paired rounds in CPU time (see pairedRatio), not from the table above,
// whose candidates ran one after another: on a shared machine the load moves between them.
const PAIRED = { warmupMs: 500, roundMs: 250, rounds: 15 };
console.log(`\ncost of the full check relative to the schema alone (target: at most ${MAX_COST_RATIO}×)`);
console.log(`${PAIRED.rounds} pairs of ${PAIRED.roundMs} ms rounds back to back, alternating which goes first, each timed in CPU time; the median of the pairs' ratios\n`);
const comparisons: [Candidate, Candidate][] = [
  [fullWire, schemaAjv],
  [fullCli, schemaAjv],
  [fullWire, schemaStandalone],
];
console.log(
  table([
    ['full check', 'against', 'cost ratio', 'range over pairs', 'target', 'result'],
    ...comparisons.map(([full, schemaOnly]) => {
      const ratio = pairedRatio(full.check, corpus[full.input], schemaOnly.check, corpus[schemaOnly.input], PAIRED);
      return [
        `${full.input} input`,
        schemaOnly.name,
        `${figure(ratio.median, 2)}×`,
        `${figure(ratio.min, 2)}–${figure(ratio.max, 2)}×`,
        `≤ ${MAX_COST_RATIO}×`,
        verdict(ratio.median <= MAX_COST_RATIO),
      ];
    }),
  ]),
);

// Where the cost lies: the documents the schema accepts (the full check skips the compiled schema for
// them) and those it rejects (the schema runs again for its errors, which become catalogue violations).
const baseline = schemaStandalone;
const conforming = corpus.wire.filter((document) => baseline.check(document));
const rejected = corpus.wire.filter((document) => !baseline.check(document));
console.log(`\nthe same ratio (wire input, against ${baseline.name}) over parts of the corpus, for insight (no target)\n`);
console.log(
  table([
    ['documents', 'count', 'cost ratio', 'range over pairs'],
    ...[
      ['the schema accepts', conforming],
      ['the schema rejects', rejected],
    ].map(([label, documents]) => {
      const part = documents as readonly unknown[];
      const ratio = pairedRatio(fullWire.check, part, baseline.check, part, PAIRED);
      return [label as string, String(part.length), `${figure(ratio.median, 2)}×`, `${figure(ratio.min, 2)}–${figure(ratio.max, 2)}×`];
    }),
  ]),
);

// Cold start: a fresh node loads the package and answers one request. The child reads
// performance.now(), which counts from its own process start.
const firstRequest = corpus.cli.find((document) => contract.classifyStartImportRequest(document, { shape: 'cli' }) === 'new') ?? corpus.cli[0] ?? {};
const report = 'process.stdout.write(JSON.stringify({ ready: t0, load: t1 - t0, firstCall: t2 - t1, total: t2 }));';
const call = `validateStartImportRequest(${JSON.stringify(firstRequest)}, { shape: 'cli' });`;
const starts: { name: string; target: boolean; args: string[] }[] = [
  {
    name: 'ESM: await import(dist/esm/index.js)',
    target: true,
    args: [
      '--input-type=module',
      '-e',
      `const t0 = performance.now(); const { validateStartImportRequest } = await import(${JSON.stringify(pathToFileURL(built('esm/index.js')).href)}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`,
    ],
  },
  {
    name: 'CJS: require(dist/cjs/index.js)',
    target: true,
    args: [
      '-e',
      `const t0 = performance.now(); const { validateStartImportRequest } = require(${JSON.stringify(built('cjs/index.js'))}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`,
    ],
  },
  { name: 'node alone (for comparison)', target: false, args: ['-e', `const t0 = performance.now(), t1 = t0, t2 = t0; ${report}`] },
];

console.log(`\ncold start: process start to the first validation result, ${COLD_START_RUNS} fresh node processes each (target: < ${MAX_COLD_START_MS} ms)\n`);
const median = (samples: readonly ColdStartSample[], pick: (sample: ColdStartSample) => number): number => quantile(samples.map(pick), 0.5);
console.log(
  table([
    ['start', 'median', 'p90', 'node ready', 'load', 'first call', 'target', 'result'],
    ...starts.map(({ name, target, args }) => {
      const samples = coldStarts(args, COLD_START_RUNS);
      const p90 = quantile(
        samples.map((sample) => sample.total),
        0.9,
      );
      const ms = (value: number): string => `${figure(value, 1)} ms`;
      return [
        name,
        ms(median(samples, (sample) => sample.total)),
        ms(p90),
        ms(median(samples, (sample) => sample.ready)),
        ms(median(samples, (sample) => sample.load)),
        ms(median(samples, (sample) => sample.firstCall)),
        target ? `< ${MAX_COLD_START_MS} ms` : '-',
        target ? verdict(median(samples, (sample) => sample.total) < MAX_COLD_START_MS) : '-',
      ];
    }),
  ]),
);
console.log('\n(medians per column; the target applies to the median total, p90 shown for spread)');
