/**
 * Benchmark, not a test: `cloudtrail-import-contract check` at scale against ajv-cli, each run as a
 * child process on the same generated files, over the number of files, documents per file, nesting
 * depth and violations per document. Prints CPU time (user + system), wall time and peak RSS of
 * each child (read by a small wrapper as the child exits: `process.resourceUsage()`, and VmHWM for the peak), the CPU
 * ratio (ours ÷ ajv), PASS/MISS against the targets (≤ 1.5× ajv's CPU on 10,000 files and on one
 * 100,000-request file) and each series' growth against linear. Exits 0 unless it crashed.
 *
 * Both tools read the same wire-shape files: ours with `--shape wire --no-policy`, ajv-cli with
 * `validate --spec=draft2020 --all-errors` against `schemas/start-import-request.schema.json`
 * (`-r schemas/common.schema.json`), or, for a file holding an array, a schema of an array of them.
 * The documents come from the package's arbitraries (`startImportRequest`, and
 * `invalidStartImportRequest` for every tenth), sampled with a fixed seed: distinct, never the fixtures.
 *
 * Run `npm run build` first (it measures dist/, as a user runs it), then
 * `npx tsx bench/check-scale.bench.ts` (about 4 minutes), or with `--quick` (sizes ÷ 10), or
 * `--only TEXT` (the scenarios whose label contains TEXT).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { invalidStartImportRequest, startImportRequest } from '../src/arbitraries/index.js';
import { quantile } from './measure.js';

const QUICK = process.argv.includes('--quick');
// `--only TEXT`: run only the scenarios whose label contains TEXT (e.g. `--only '100,000 requests'`).
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const SCALE = QUICK ? 10 : 1;
const RUNS = QUICK ? 1 : 3;
const MAX_CPU_RATIO = 1.5;
const ROOT = resolve(import.meta.dirname, '..');
const OURS = join(ROOT, 'dist/esm/cli/main.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const REQUEST_SCHEMA = join(ROOT, 'schemas/start-import-request.schema.json');
const COMMON_SCHEMA = join(ROOT, 'schemas/common.schema.json');
const REQUEST_ID = 'https://unpkg.com/cloudtrail-import-contract@0.1.0/schemas/start-import-request.schema.json';

/**
 * Runs the script named by argv[2] with the rest as its arguments and, as it exits, writes its
 * resource usage to fd 3. Peak RSS is the process's own high-water mark (VmHWM of
 * /proc/self/status) where Linux has it: `ru_maxrss` keeps the parent's peak across fork and exec,
 * so every child of a bench that once held a large file would report at least that much.
 */
const WRAPPER = `import { readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
function peakRssMb() {
  try {
    const match = /VmHWM:\\s*(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, rssMb: peakRssMb() }));
});
await import(pathToFileURL(entry).href);
`;

interface Usage {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly rssMb: number;
  readonly status: number | null;
}

/** The median over RUNS runs of one tool as a child process (stdout discarded, as a CI log would be). */
function measure(wrapper: string, entry: string, args: readonly string[]): Usage {
  const runs = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const child = spawnSync(process.execPath, [wrapper, entry, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
    const wallMs = performance.now() - start;
    const report = child.output[3];
    if (typeof report !== 'string' || report === '') throw new Error(`${entry} ${args.join(' ')} reported nothing: ${child.stderr.slice(0, 500)}`);
    const { cpuMs, rssMb } = JSON.parse(report) as { cpuMs: number; rssMb: number };
    return { cpuMs, wallMs, rssMb, status: child.status };
  });
  const median = (pick: (usage: Usage) => number): number => quantile(runs.map(pick), 0.5);
  return { cpuMs: median((u) => u.cpuMs), wallMs: median((u) => u.wallMs), rssMb: median((u) => u.rssMb), status: runs[0]?.status ?? null };
}

/** `count` distinct wire-shape requests, every tenth invalid; `extra(i)` adds members (nesting, unknown keys). */
function documents(count: number, seed: number, extra: (i: number) => Record<string, unknown> = () => ({})): unknown[] {
  const valid = fc.sample(startImportRequest({ shape: 'wire' }), { numRuns: count - Math.floor(count / 10), seed });
  const invalid = fc.sample(invalidStartImportRequest({ shape: 'wire' }), { numRuns: Math.floor(count / 10), seed: seed + 1 }).map(({ request }) => request);
  return Array.from({ length: count }, (_, i) => {
    const base = (i % 10 === 9 ? invalid[Math.floor(i / 10)] : valid[i - Math.floor((i + 1) / 10)]) as Record<string, unknown>;
    return { ...base, ...extra(i) };
  });
}

/** A value nested `depth` levels deep, objects and arrays in turn. */
function nested(depth: number, leaf: string): unknown {
  let value: unknown = leaf;
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { a: value };
  return value;
}

interface Scenario {
  readonly series: string;
  /** The size the series grows in. */
  readonly n: number;
  readonly label: string;
  /** Whether this row carries a target. */
  readonly target: boolean;
  /** Writes the inputs into `dir`: the PATH to give ours, and ajv's `-d` (a glob or a file) and whether it holds an array. */
  readonly write: (dir: string) => Promise<{ readonly ours: string; readonly ajv: string; readonly array: boolean }>;
}

function manyFiles(files: number, target: boolean): Scenario {
  return {
    series: 'files',
    n: files,
    label: `${files.toLocaleString('en')} files × 1 request`,
    target,
    write: async (dir) => {
      const all = documents(files, files);
      await Promise.all(all.map((document, i) => writeFile(join(dir, `r${String(i).padStart(6, '0')}.json`), `${JSON.stringify(document, null, 2)}\n`)));
      return { ours: dir, ajv: join(dir, '*.json'), array: false };
    },
  };
}

function oneFile(series: string, n: number, label: string, target: boolean, make: () => unknown[]): Scenario {
  return {
    series,
    n,
    label,
    target,
    write: async (dir) => {
      const file = join(dir, 'requests.json');
      await writeFile(file, `${JSON.stringify(make(), null, 2)}\n`);
      return { ours: file, ajv: file, array: true };
    },
  };
}

const SCENARIOS: readonly Scenario[] = [
  manyFiles(1000 / SCALE, false),
  manyFiles(10_000 / SCALE, !QUICK),
  ...[1000 / SCALE, 100_000 / SCALE].map((count) => oneFile('documents', count, `1 file × ${count.toLocaleString('en')} requests`, !QUICK && count === 100_000, () => documents(count, 7 + count))),
  ...[1, 100, 500].map((depth) =>
    oneFile('depth', depth, `1 file × ${1000 / SCALE} requests, a member nested ${depth} deep`, false, () => documents(1000 / SCALE, 11 + depth, (i) => ({ Extra: nested(depth, `x${i}`) }))),
  ),
  ...[1, 10, 100].map((keys) =>
    oneFile('violations', keys, `1 file × ${1000 / SCALE} requests, ${keys} unknown members each`, false, () =>
      documents(1000 / SCALE, 13 + keys, (i) => Object.fromEntries(Array.from({ length: keys }, (_, k) => [`Unknown${k}`, i]))),
    ),
  ),
];

const fmt = (value: number, digits = 0): string => value.toFixed(digits);

async function main(): Promise<void> {
  if (!existsSync(OURS)) throw new Error(`${OURS} is missing: run npm run build first`);
  if (!existsSync(AJV)) throw new Error('ajv-cli is missing: npm ci installs it (a devDependency, for this benchmark only)');
  const dir = await mkdtemp(join(tmpdir(), 'check-scale-'));
  try {
    const wrapper = join(dir, 'wrapper.mjs');
    await writeFile(wrapper, WRAPPER);
    const arraySchema = join(dir, 'requests.schema.json');
    await writeFile(arraySchema, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', items: { $ref: REQUEST_ID } }));
    console.log(`check at scale, ours vs ajv-cli ${QUICK ? '(--quick: sizes ÷ 10)' : ''}; both on the same wire-shape files (ours: --shape wire --no-policy); median of ${RUNS} run(s)`);
    console.log('scenario | tool | CPU ms | wall ms | peak RSS MB | exit | CPU ratio ours/ajv');
    const rows: { scenario: Scenario; ours: Usage; ajv: Usage }[] = [];
    for (const [i, scenario] of SCENARIOS.entries()) {
      if (ONLY !== undefined && !scenario.label.includes(ONLY)) continue;
      const inputs = join(dir, `s${i}`);
      await mkdir(inputs);
      const { ours: oursPath, ajv: ajvData, array } = await scenario.write(inputs);
      const ours = measure(wrapper, OURS, ['check', '--shape', 'wire', '--no-policy', oursPath]);
      const ajv = measure(wrapper, AJV, ['validate', '--spec=draft2020', '--all-errors', '-s', array ? arraySchema : REQUEST_SCHEMA, '-r', array ? REQUEST_SCHEMA : COMMON_SCHEMA, ...(array ? ['-r', COMMON_SCHEMA] : []), '-d', ajvData]);
      await rm(inputs, { recursive: true, force: true });
      rows.push({ scenario, ours, ajv });
      const ratio = ours.cpuMs / ajv.cpuMs;
      const verdict = scenario.target ? ` ${ratio <= MAX_CPU_RATIO ? 'PASS' : 'MISS'} (target ≤ ${MAX_CPU_RATIO})` : '';
      for (const [tool, usage] of [['ours', ours], ['ajv-cli', ajv]] as const) {
        console.log(`${scenario.label} | ${tool} | ${fmt(usage.cpuMs)} | ${fmt(usage.wallMs)} | ${fmt(usage.rssMb, 1)} | ${usage.status} | ${tool === 'ours' ? `${fmt(ratio, 2)}${verdict}` : ''}`);
      }
    }
    console.log('\ngrowth against linear (1.00 = linear; CPU and RSS of the largest over the smallest of each series, divided by their size ratio):');
    for (const series of ['files', 'documents', 'depth', 'violations']) {
      const of = rows.filter((row) => row.scenario.series === series);
      const first = of[0];
      const last = of.at(-1);
      if (first === undefined || last === undefined || first === last) continue;
      const size = last.scenario.n / first.scenario.n;
      const growth = (pick: (usage: Usage) => number, usage: 'ours' | 'ajv'): string => fmt(pick(last[usage]) / pick(first[usage]) / size, 2);
      console.log(
        `${series} ×${size}: ours CPU ${growth((u) => u.cpuMs, 'ours')}, RSS ${growth((u) => u.rssMb, 'ours')}; ajv CPU ${growth((u) => u.cpuMs, 'ajv')}, RSS ${growth((u) => u.rssMb, 'ajv')}`,
      );
      if (series === 'documents') {
        const perDocument = ((last.ours.rssMb - first.ours.rssMb) * 1024 * 1024) / (last.scenario.n - first.scenario.n);
        console.log(`  ours: ${fmt(perDocument)} bytes of peak RSS per added document (ours: the file's bytes and the findings kept until it is reported; ajv-cli, its text and parsed value: ${fmt(((last.ajv.rssMb - first.ajv.rssMb) * 1024 * 1024) / (last.scenario.n - first.scenario.n))})`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
