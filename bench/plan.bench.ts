/**
 * Benchmark, not a test: `plan` over a generated list-objects-v2 listing of 1,000,000 keys,
 * read from a file in 1 MiB reads into two reused buffers (`readFileChunks`, as the CLI does) through `readListObjectsV2` and `planImportStream` in a fresh process per
 * run; wall-clock and CPU time and peak RSS (sampled every 10 ms) against the targets of 2 s and 500 MB. For scale on
 * a loaded machine it also times `JSON.parse(readFileSync(...))` of the same file, which holds the
 * whole document. Prints figures with PASS/MISS and exits 0 unless it crashed.
 * Run with `npx tsx bench/plan.bench.ts`: it measures src/ as tsx compiles it, so it needs no build.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { planImportStream, readListObjectsV2 } from '../src/plan/index.js';
import { readFileChunks } from '../src/plan/listing-file.js';
import { quantile } from './measure.js';

const KEYS = 1_000_000;
const RUNS = 3;
const MAX_MS = 2000;
const MAX_RSS_MB = 500;
const ACCOUNT = '111122223333';
const REQUEST = {
  Destinations: [`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a`],
  ImportSource: { S3: { S3LocationUri: `s3://org-log-archive/AWSLogs/${ACCOUNT}/`, S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailLakeImport` } },
  StartEventTime: '2024-03-01T00:00:00Z',
  EndEventTime: '2024-06-30T23:59:59Z',
};
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const CLASSES = ['STANDARD', 'STANDARD', 'STANDARD', 'STANDARD_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** The key of object `i`: mostly trail logs over a year, every 50th a digest, every 200th an Insights file. */
function keyOf(i: number): string {
  const region = REGIONS[i % REGIONS.length] ?? 'us-east-1';
  const date = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / REGIONS.length) * 95_000);
  const [y, m, d, h, min] = [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate()), pad(date.getUTCHours()), pad(date.getUTCMinutes())];
  const unique = i.toString(36).padStart(16, 'x');
  if (i % 50 === 0) return `AWSLogs/${ACCOUNT}/CloudTrail-Digest/${region}/${y}/${m}/${d}/${ACCOUNT}_CloudTrail-Digest_${region}_org-trail_${region}_${y}${m}${d}T${h}${min}00Z.json.gz`;
  const tree = i % 200 === 1 ? 'CloudTrail-Insight' : 'CloudTrail';
  return `AWSLogs/${ACCOUNT}/${tree}/${region}/${y}/${m}/${d}/${ACCOUNT}_${tree}_${region}_${y}${m}${d}T${h}${min}Z_${unique}.json.gz`;
}

/** Writes the listing as `aws s3api list-objects-v2` prints it: one page, indented by four spaces. */
async function writeListing(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string): Promise<void> | undefined => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  await write('{\n    "Contents": [\n');
  for (let i = 0; i < KEYS; i += 1) {
    const item = {
      Key: keyOf(i),
      LastModified: '2024-07-01T10:05:12+00:00',
      ETag: '"6f1ed002ab5595859014ebf0951522d9"',
      ChecksumAlgorithm: ['CRC64NVME'],
      Size: 2_000 + ((i * 7_919) % 60_000),
      StorageClass: CLASSES[i % CLASSES.length],
    };
    const text = JSON.stringify(item, null, 4).replace(/\n/g, '\n        ');
    await write(`        ${text}${i === KEYS - 1 ? '\n' : ',\n'}`);
  }
  await write('    ],\n    "RequestCharged": null,\n    "Prefix": ""\n}\n');
  await new Promise<void>((resolve) => {
    out.end(resolve);
  });
}

interface ChildResult {
  readonly ms: number;
  /** User + system CPU time: on a loaded machine, what the run itself cost. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly selected?: number;
  readonly skipped?: number;
}

/** In the child: one measured run of `what` over the file, printed as JSON. */
async function child(what: string, file: string): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let result: Omit<ChildResult, 'ms' | 'cpuMs' | 'peakRssMb'>;
  if (what === 'plan') {
    const plan = await planImportStream(REQUEST, readListObjectsV2(readFileChunks(file), { label: file }), { now: new Date('2026-01-01T00:00:00Z') });
    result = { selected: plan.selected.files, skipped: plan.listed.files - plan.selected.files };
  } else {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { Contents: unknown[] };
    result = { selected: parsed.Contents.length };
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: peak / 1024 / 1024, ...result }));
}

function run(what: string, file: string): ChildResult {
  const out = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', '--child', what, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`child ${what} failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as ChildResult;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-bench-'));
  try {
    const file = join(dir, 'listing.json');
    const t = performance.now();
    await writeListing(file);
    const size = (await stat(file)).size;
    console.log(`listing: ${KEYS.toLocaleString('en-US')} keys, ${(size / 1024 / 1024).toFixed(0)} MiB, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    console.log(`machine: ${String(cpus().length)} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}, Node ${process.version}`);
    const plans = Array.from({ length: RUNS }, () => run('plan', file));
    const parses = Array.from({ length: RUNS }, () => run('json-parse', file));
    const ms = quantile(plans.map((p) => p.ms), 0.5);
    const rss = Math.max(...plans.map((p) => p.peakRssMb));
    const first = plans[0];
    console.log(`plan: selected ${String(first?.selected)}, skipped ${String(first?.skipped)}`);
    console.log(`plan (streaming), median of ${String(RUNS)}: ${ms.toFixed(0)} ms (runs ${plans.map((p) => p.ms.toFixed(0)).join(', ')}) — target < ${String(MAX_MS)} ms: ${ms < MAX_MS ? 'PASS' : 'MISS'}`);
    console.log(`plan CPU time (user + system), median: ${quantile(plans.map((p) => p.cpuMs), 0.5).toFixed(0)} ms`);
    console.log(`plan peak RSS, most of ${String(RUNS)}: ${rss.toFixed(0)} MB — target < ${String(MAX_RSS_MB)} MB: ${rss < MAX_RSS_MB ? 'PASS' : 'MISS'}`);
    const parseMs = quantile(parses.map((p) => p.ms), 0.5);
    const parseRss = Math.max(...parses.map((p) => p.peakRssMb));
    console.log(`for scale: readFileSync + JSON.parse of the same file, median: ${parseMs.toFixed(0)} ms (CPU ${quantile(parses.map((p) => p.cpuMs), 0.5).toFixed(0)} ms), peak RSS ${parseRss.toFixed(0)} MB`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', process.argv[4] ?? '');
else await main();
