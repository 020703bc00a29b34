/**
 * Benchmark, not a test: calls per second of a real CloudTrailClient through msw's setupServer,
 * answered by `cloudTrailImportHandlers` (wire checks, the fake's validation and state) and by a
 * trivial msw handler returning a fixed body, and the ratio of the two (target: at most 1.5×).
 * Prints figures with PASS/MISS and exits 0 unless it crashed.
 * Run with `npx tsx bench/msw.bench.ts`: it measures src/ as tsx compiles it, so it needs no build.
 */
import { cpus } from 'node:os';
import { CloudTrailClient, GetImportCommand, StartImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createFakeCloudTrailImports, type FakeCloudTrailImports } from '../src/fake/index.js';
import { cloudTrailImportHandlers } from '../src/msw/index.js';
import { figure, quantile, table } from './measure.js';

const MAX_RATIO = 1.5;
const TIMING = { warmupMs: 1000, roundMs: 1000, rounds: 9 };
// A fresh fake every this many calls keeps it at the size of a big test, rather than the size of
// a benchmark's hundreds of thousands of calls (ListImports, for one, reads every import it holds).
const CALLS_PER_FAKE = 100;
const ENDPOINT = 'https://cloudtrail.us-east-1.amazonaws.com/';
const NOW = new Date('2026-01-01T00:00:00Z');

const request: StartImportCommandInput = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:111122223333:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987'],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://org-log-archive/AWSLogs/111122223333/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::111122223333:role/CloudTrailLakeImport',
    },
  },
  StartEventTime: new Date('2025-01-01T00:00:00Z'),
  EndEventTime: new Date('2025-07-01T00:00:00Z'),
};
const IMPORT_ID = '6a1d3e5f-8b2c-4d7e-9f0a-1b2c3d4e5f60';
// What the fake answers, fixed: the trivial handlers return it without looking at the request.
const fixedImport = {
  ImportId: IMPORT_ID,
  Destinations: request.Destinations,
  ImportSource: request.ImportSource,
  StartEventTime: 1735689600,
  EndEventTime: 1751328000,
  ImportStatus: 'INITIALIZING',
  CreatedTimestamp: NOW.getTime() / 1000,
  UpdatedTimestamp: NOW.getTime() / 1000,
};
const fixedGetImport = { ...fixedImport, ImportStatistics: { PrefixesFound: 0, PrefixesCompleted: 0, FilesCompleted: 0, EventsCompleted: 0, FailedEntries: 0 } };

const server = setupServer();
server.listen({ onUnhandledRequest: 'error' });
const client = new CloudTrailClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1 });

/** One way of answering: handlers for a round, and one call (its time alone is counted). */
interface Candidate {
  readonly operation: 'StartImport' | 'GetImport';
  readonly answeredBy: string;
  /** Fresh handlers, with their fake (see CALLS_PER_FAKE). */
  readonly handlers: () => { handlers: HttpHandler[]; fake?: FakeCloudTrailImports };
  /** Makes the next call possible, outside the timed part (StartImport: complete the import just started). */
  readonly after?: (fake: FakeCloudTrailImports | undefined, importId: string | undefined) => void;
  readonly call: () => Promise<{ ImportId?: string | undefined }>;
}

const startImport = (): Promise<{ ImportId?: string | undefined }> => client.send(new StartImportCommand(request));
const getImport = (): Promise<{ ImportId?: string | undefined }> => client.send(new GetImportCommand({ ImportId: IMPORT_ID }));

/** A fake holding one import, IMPORT_ID, for GetImport. */
function seededFake(): { handlers: HttpHandler[]; fake: FakeCloudTrailImports } {
  const fake = createFakeCloudTrailImports({ now: NOW, importIds: () => IMPORT_ID });
  fake.handle('StartImport', request, { region: 'us-east-1' });
  return { handlers: cloudTrailImportHandlers({ fake }), fake };
}

/** A fake making a new id for each StartImport. */
function freshFake(): { handlers: HttpHandler[]; fake: FakeCloudTrailImports } {
  const fake = createFakeCloudTrailImports({ now: NOW });
  return { handlers: cloudTrailImportHandlers({ fake }), fake };
}

const candidates: readonly Candidate[] = [
  {
    operation: 'StartImport',
    answeredBy: 'cloudTrailImportHandlers (fake)',
    handlers: freshFake,
    after: (fake, importId) => fake?.advance(importId ?? '', 'COMPLETED'),
    call: startImport,
  },
  { operation: 'StartImport', answeredBy: 'trivial http.post → fixed body', handlers: () => ({ handlers: [http.post(ENDPOINT, () => HttpResponse.json(fixedImport))] }), call: startImport },
  { operation: 'GetImport', answeredBy: 'cloudTrailImportHandlers (fake)', handlers: seededFake, call: getImport },
  { operation: 'GetImport', answeredBy: 'trivial http.post → fixed body', handlers: () => ({ handlers: [http.post(ENDPOINT, () => HttpResponse.json(fixedGetImport))] }), call: getImport },
];

/** Calls per second over one round: only the time inside the calls is counted. */
async function round(candidate: Candidate, ms: number): Promise<number> {
  let calls = 0;
  let inside = 0;
  let fake: FakeCloudTrailImports | undefined;
  while (inside < ms) {
    if (calls % CALLS_PER_FAKE === 0) {
      server.resetHandlers();
      const fresh = candidate.handlers();
      server.use(...fresh.handlers);
      fake = fresh.fake;
    }
    const start = performance.now();
    const output = await candidate.call();
    inside += performance.now() - start;
    calls += 1;
    candidate.after?.(fake, output.ImportId);
  }
  return (calls / inside) * 1000;
}

interface Rates {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

const ratesOf = (values: readonly number[]): Rates => ({ median: quantile(values, 0.5), min: Math.min(...values), max: Math.max(...values) });

/**
 * Both candidates of an operation, their rounds interleaved (ours, trivial, ours, …) so that a
 * change in the machine's load weighs on both; the ratio is the median of the rounds' ratios.
 */
async function compare(ours: Candidate, trivial: Candidate): Promise<{ ours: Rates; trivial: Rates; ratio: Rates }> {
  await round(ours, TIMING.warmupMs);
  await round(trivial, TIMING.warmupMs);
  const oursRates: number[] = [];
  const trivialRates: number[] = [];
  for (let i = 0; i < TIMING.rounds; i += 1) {
    oursRates.push(await round(ours, TIMING.roundMs));
    trivialRates.push(await round(trivial, TIMING.roundMs));
  }
  return { ours: ratesOf(oursRates), trivial: ratesOf(trivialRates), ratio: ratesOf(trivialRates.map((rate, i) => rate / (oursRates[i] ?? Number.NaN))) };
}

console.log('cloudtrail-import-contract msw benchmark');
console.log(`node ${process.version} on ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
console.log(
  `real CloudTrailClient through msw setupServer, one call at a time; ${TIMING.warmupMs} ms warm-up each, then ${TIMING.rounds} rounds of ${TIMING.roundMs} ms each, the two candidates' rounds interleaved; medians\n`,
);

const rows: string[][] = [];
const ratios: string[][] = [];
for (const operation of ['StartImport', 'GetImport'] as const) {
  const [ours, trivial] = candidates.filter((candidate) => candidate.operation === operation);
  if (ours === undefined || trivial === undefined) throw new Error(`no candidates for ${operation}`);
  const result = await compare(ours, trivial);
  for (const [candidate, rates] of [
    [ours, result.ours],
    [trivial, result.trivial],
  ] as const) {
    rows.push([operation, candidate.answeredBy, figure(rates.median), figure(rates.min), figure(rates.max), figure(1e6 / rates.median)]);
  }
  const { median, min, max } = result.ratio;
  ratios.push([operation, `${figure(median, 2)}×`, `${figure(min, 2)}–${figure(max, 2)}×`, `≤ ${MAX_RATIO}×`, median <= MAX_RATIO ? 'PASS' : 'MISS']);
}
server.close();

console.log(table([['operation', 'answered by', 'median calls/s', 'min', 'max', 'µs/call'], ...rows]));
console.log(`\nslow-down of the handlers relative to the trivial handler: trivial calls/s ÷ handlers' calls/s (target: at most ${MAX_RATIO}×)\n`);
console.log(table([['operation', 'ratio (median)', 'range', 'target', 'result'], ...ratios]));
