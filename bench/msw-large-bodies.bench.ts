/**
 * Benchmark, not a test: how long `cloudTrailImportHandlers` take to answer StartImport bodies of
 * growing size (10 KB to 1 MB), each full of violations, sent with plain `fetch` through msw's
 * setupServer. Prints ms per body, µs per KB and the growth against linear (the time per KB of
 * each size over that of the smallest; about 1× is linear, issue 14 measured 7 s for 80 KB).
 * Figures, PASS/MISS against MAX_GROWTH; exits 0 unless it crashed.
 * Run with `npx tsx bench/msw-large-bodies.bench.ts`: it measures src/ as tsx compiles it.
 */
import { setupServer } from 'msw/node';
import { createFakeCloudTrailImports } from '../src/fake/index.js';
import { cloudTrailImportHandlers } from '../src/msw/index.js';
import { figure, quantile, table } from './measure.js';

const SIZES_KB = [10, 30, 100, 300, 1000] as const;
/** Time per KB at the largest size may be at most this many times that at the smallest. */
const MAX_GROWTH = 2;
const ROUNDS = 5;
const ENDPOINT = 'https://cloudtrail.us-east-1.amazonaws.com/';
const NOW = new Date('2026-01-01T00:00:00Z');

/** Bodies of about `kb` KB in which every part is a violation. */
const BODIES: Readonly<Record<string, (kb: number) => string>> = {
  // `[1,1,…]`: one type-mismatch per item, and destinations-count.
  'Destinations of numbers': (kb) => JSON.stringify({ Destinations: new Array<number>(Math.floor((kb * 1024) / 2)).fill(1) }),
  // `"S0":0,"S1":1,…`: one unknown-member per key.
  'unknown members': (kb) => {
    const body: Record<string, number> = {};
    for (let i = 0, size = 2; size < kb * 1024; i += 1) {
      body[`S${String(i)}`] = i;
      size += 6 + 2 * String(i).length;
    }
    return JSON.stringify(body);
  },
  // Two codes interleaved (type-mismatch, destination-length): what an insertion sort is slow on.
  'mixed destinations': (kb) => JSON.stringify({ Destinations: Array.from({ length: Math.floor((kb * 1024) / 40) }, (_, i) => (i % 2 === 0 ? i : 'x'.repeat(36))) }),
};

const server = setupServer(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }) }));
server.listen({ onUnhandledRequest: 'error' });

async function answerMs(body: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.StartImport' },
    body,
  });
  const answer = (await response.json()) as { message?: string };
  if (response.status !== 400 || typeof answer.message !== 'string') throw new Error(`expected an error answer, got HTTP ${String(response.status)}`);
  return performance.now() - start;
}

const rows: string[][] = [];
for (const [name, make] of Object.entries(BODIES)) {
  // Warm-up at the smallest size, so the first row is not the JIT's.
  for (let i = 0; i < 3; i += 1) await answerMs(make(SIZES_KB[0]));
  let basePerKb: number | undefined;
  for (const kb of SIZES_KB) {
    const body = make(kb);
    const actualKb = Buffer.byteLength(body) / 1024;
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) times.push(await answerMs(body));
    const ms = quantile(times, 0.5);
    const perKb = ms / actualKb;
    basePerKb ??= perKb;
    const growth = perKb / basePerKb;
    const verdict = kb === SIZES_KB.at(-1) ? (growth <= MAX_GROWTH ? 'PASS' : 'MISS') : '';
    rows.push([name, figure(actualKb), figure(ms, 1), figure(perKb * 1000), `${figure(growth, 2)}×`, verdict]);
  }
}
server.close();

console.log(`msw handlers answering StartImport bodies full of violations (median of ${String(ROUNDS)}; growth: µs/KB against the smallest body, target ≤ ${String(MAX_GROWTH)}× at 1 MB)`);
console.log(table([['body', 'KB', 'ms', 'µs/KB', 'growth', 'result'], ...rows]));
