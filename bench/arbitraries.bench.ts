/**
 * Benchmark, not a test: how fast the arbitraries generate StartImport requests, and how long a
 * 1,000-run property over new imports that validates each value takes. Prints figures with
 * PASS/MISS against the targets of issue 3 and exits 0 unless it crashed.
 * Run with `npx tsx bench/arbitraries.bench.ts`. It measures src/ as tsx compiles it (the same
 * code as dist/, whose build only strips the types), so it needs no build.
 */
import { cpus } from 'node:os';
import fc from 'fast-check';
import {
  invalidStartImportRequest,
  invalidStartImportResponse,
  newImportRequest,
  startImportExchange,
  startImportRequest,
} from '../src/arbitraries/index.js';
import { validateStartImportRequest } from '../src/index.js';
import { figure, quantile, table, verdict } from './measure.js';

const MIN_REQUESTS_PER_SECOND = 20_000;
const MAX_PROPERTY_MS = 1000;
const PROPERTY_RUNS = 1000;
const TIMING = { warmupMs: 1000, roundMs: 500, rounds: 7 };
// Values per fc.sample call: large enough that the call's own set-up is noise.
const BATCH = 1000;

/** Values generated per second over one timed stretch of whole batches. */
function round(arbitrary: fc.Arbitrary<unknown>, ms: number): number {
  let generated = 0;
  const start = performance.now();
  for (;;) {
    generated += fc.sample(arbitrary, BATCH).length;
    const elapsed = performance.now() - start;
    if (elapsed >= ms) return (generated / elapsed) * 1000;
  }
}

interface Rates {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function generation(arbitrary: fc.Arbitrary<unknown>): Rates {
  round(arbitrary, TIMING.warmupMs);
  const rates = Array.from({ length: TIMING.rounds }, () => round(arbitrary, TIMING.roundMs));
  return { median: quantile(rates, 0.5), min: Math.min(...rates), max: Math.max(...rates) };
}


console.log('cloudtrail-import-contract arbitraries benchmark');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(`generation: ${TIMING.warmupMs} ms warm-up, then the median of ${TIMING.rounds} rounds of ${TIMING.roundMs} ms, fc.sample in batches of ${BATCH}\n`);

// The property is timed first, in a process that has generated nothing yet: a test file's first property.
const propertyMs = (): number => {
  const start = performance.now();
  fc.assert(
    fc.property(newImportRequest(), (request) => validateStartImportRequest(request).valid),
    { numRuns: PROPERTY_RUNS },
  );
  return performance.now() - start;
};
const coldMs = propertyMs();
const warmMs = Array.from({ length: TIMING.rounds }, propertyMs);

const rows: { name: string; arbitrary: fc.Arbitrary<unknown>; target: boolean }[] = [
  { name: 'startImportRequest() (sdk, new and retry)', arbitrary: startImportRequest(), target: true },
  { name: "startImportRequest({ shape: 'wire' })", arbitrary: startImportRequest({ shape: 'wire' }), target: true },
  { name: "startImportRequest({ shape: 'cli' })", arbitrary: startImportRequest({ shape: 'cli' }), target: true },
  { name: 'newImportRequest() (sdk)', arbitrary: newImportRequest(), target: true },
  { name: 'invalidStartImportRequest() (sdk)', arbitrary: invalidStartImportRequest(), target: false },
  { name: 'startImportExchange() (sdk)', arbitrary: startImportExchange(), target: false },
  { name: 'invalidStartImportResponse() (sdk)', arbitrary: invalidStartImportResponse(), target: false },
];

console.log(`values generated per second (target for valid requests: at least ${figure(MIN_REQUESTS_PER_SECOND)}/s)\n`);
console.log(
  table([
    ['arbitrary', 'median /s', 'min /s', 'max /s', 'µs/value', 'target', 'result'],
    ...rows.map(({ name, arbitrary, target }) => {
      const rates = generation(arbitrary);
      return [
        name,
        figure(rates.median),
        figure(rates.min),
        figure(rates.max),
        figure(1e6 / rates.median, 2),
        target ? `≥ ${figure(MIN_REQUESTS_PER_SECOND)}` : '-',
        target ? verdict(rates.median >= MIN_REQUESTS_PER_SECOND) : '-',
      ];
    }),
  ]),
);

console.log(`\nfc.assert of a ${figure(PROPERTY_RUNS)}-run property over newImportRequest() validating each value (target: < ${figure(MAX_PROPERTY_MS)} ms)\n`);
const ms = (value: number): string => `${figure(value, 1)} ms`;
console.log(
  table([
    ['run', 'time', 'target', 'result'],
    ['first (cold: nothing generated or validated before)', ms(coldMs), `< ${figure(MAX_PROPERTY_MS)} ms`, verdict(coldMs < MAX_PROPERTY_MS)],
    [`next ${TIMING.rounds} (median)`, ms(quantile(warmMs, 0.5)), `< ${figure(MAX_PROPERTY_MS)} ms`, verdict(quantile(warmMs, 0.5) < MAX_PROPERTY_MS)],
    [`next ${TIMING.rounds} (min – max)`, `${figure(Math.min(...warmMs), 1)} – ${figure(Math.max(...warmMs), 1)} ms`, '-', '-'],
  ]),
);
