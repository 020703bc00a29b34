/**
 * Cold start alone: fresh `node` processes that load the built package (ESM and CommonJS) and
 * answer one StartImport request, the CLI checking one small file, and Node by itself, with
 * PASS/MISS against the cold-start target of bench/README.md. The same rows as the cold-start
 * sections of validate.bench.ts and unseen.bench.ts, without their minute of throughput rounds.
 * Run `npm run build` first (it measures dist/), then `npx tsx bench/cold-start.bench.ts [--runs N] [--dist DIR]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { coldStarts, commandWallTimes, figure, quantile, table, type ColdStartSample } from './measure.js';

const MAX_COLD_START_MS = 150;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, dist: { type: 'string' } }, strict: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);

const root = fileURLToPath(new URL('..', import.meta.url));
// --dist DIR measures another build (e.g. a copy of an earlier dist/, next to its package.json and node_modules).
const dist = resolve(values.dist ?? join(root, 'dist'));
const built = (path: string): string => join(dist, path);
for (const entry of ['esm/index.js', 'cjs/index.js', 'esm/cli/main.js']) {
  if (!existsSync(built(entry))) throw new Error(`${built(entry)} is missing: run \`npm run build\` first.`);
}

const requestFile = join(root, 'fixtures/requests/valid/account-regional-bucket.json');
const request: unknown = JSON.parse(readFileSync(requestFile, 'utf8'));
const report = 'process.stdout.write(JSON.stringify({ ready: t0, load: t1 - t0, firstCall: t2 - t1, total: t2 }));';
const call = `validateStartImportRequest(${JSON.stringify(request)}, { shape: 'cli' });`;
const starts: readonly { readonly name: string; readonly target: boolean; readonly args: readonly string[] }[] = [
  {
    name: 'ESM: await import(dist/esm/index.js)',
    target: true,
    args: ['--input-type=module', '-e', `const t0 = performance.now(); const { validateStartImportRequest } = await import(${JSON.stringify(pathToFileURL(built('esm/index.js')).href)}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`],
  },
  {
    name: 'CJS: require(dist/cjs/index.js)',
    target: true,
    args: ['-e', `const t0 = performance.now(); const { validateStartImportRequest } = require(${JSON.stringify(built('cjs/index.js'))}); const t1 = performance.now(); ${call} const t2 = performance.now(); ${report}`],
  },
  { name: 'node alone (for comparison)', target: false, args: ['-e', `const t0 = performance.now(), t1 = t0, t2 = t0; ${report}`] },
];

const ms = (value: number): string => `${figure(value, 1)} ms`;
const median = (samples: readonly ColdStartSample[], pick: (sample: ColdStartSample) => number): number => quantile(samples.map(pick), 0.5);

console.log(`cold start: process start to the first validation result, ${runs} fresh node processes each (target: < ${MAX_COLD_START_MS} ms), node ${process.version}, ${dist}\n`);
console.log(
  table([
    ['start', 'median', 'p90', 'node ready', 'load', 'first call', 'target', 'result'],
    ...starts.map(({ name, target, args }) => {
      const samples = coldStarts(args, runs);
      const total = median(samples, (sample) => sample.total);
      return [
        name,
        ms(total),
        ms(quantile(samples.map((sample) => sample.total), 0.9)),
        ms(median(samples, (sample) => sample.ready)),
        ms(median(samples, (sample) => sample.load)),
        ms(median(samples, (sample) => sample.firstCall)),
        target ? `< ${MAX_COLD_START_MS} ms` : '-',
        target ? (total < MAX_COLD_START_MS ? 'PASS' : 'MISS') : '-',
      ];
    }),
  ]),
);

// The CLI: wall-clock of whole processes, spawn to exit, as a shell would time them (no target).
const cli = [
  { name: 'CLI: check one file (dist/esm/cli/main.js)', args: [built('esm/cli/main.js'), 'check', requestFile] },
  { name: 'node -e 0 (for comparison)', args: ['-e', '0'] },
];
console.log(`\nCLI: spawn to exit, ${runs} runs each\n`);
console.log(
  table([
    ['command', 'median', 'p90', 'min'],
    ...cli.map(({ name, args }) => {
      const times = commandWallTimes(args, runs);
      return [name, ms(quantile(times, 0.5)), ms(quantile(times, 0.9)), ms(Math.min(...times))];
    }),
  ]),
);
console.log('\n(medians per column; the target applies to the median total, p90 shown for spread)');
