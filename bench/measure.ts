/**
 * Timing helpers for the benchmark: throughput over a corpus (warm-up, then fixed-time rounds,
 * median), cold start of fresh `node` processes, and a plain-text table.
 */
import { spawnSync } from 'node:child_process';

/** Throughput of one candidate over a corpus, in validations per second. */
export interface Throughput {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** How many corpus documents the candidate accepts (also keeps its results alive). */
  readonly accepted: number;
}

export interface ThroughputOptions {
  readonly warmupMs: number;
  readonly roundMs: number;
  readonly rounds: number;
}

/** The value at quantile `q` (0..1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** CPU time (user + system) of this process, in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One stretch of at least `ms` wall-clock of whole passes over the corpus: validations per wall-clock and per CPU second. */
function round(check: (document: unknown) => boolean, documents: readonly unknown[], ms: number): { readonly wall: number; readonly cpu: number } {
  let validations = 0;
  const cpuStart = cpuMs();
  const start = performance.now();
  for (;;) {
    for (const document of documents) check(document);
    validations += documents.length;
    const elapsed = performance.now() - start;
    if (elapsed >= ms) return { wall: (validations / elapsed) * 1000, cpu: (validations / (cpuMs() - cpuStart)) * 1000 };
  }
}

/** Warms `check` up over the corpus, then times `rounds` rounds of `roundMs` each. */
export function throughput(check: (document: unknown) => boolean, documents: readonly unknown[], options: ThroughputOptions): Throughput {
  round(check, documents, options.warmupMs);
  const rates = Array.from({ length: options.rounds }, () => round(check, documents, options.roundMs).wall);
  return {
    median: quantile(rates, 0.5),
    min: Math.min(...rates),
    max: Math.max(...rates),
    accepted: documents.filter((document) => check(document)).length,
  };
}

/** Validations per CPU-second over one stretch of `ms` wall-clock. */
function cpuRound(check: (document: unknown) => boolean, documents: readonly unknown[], ms: number): number {
  return round(check, documents, ms).cpu;
}

/** The cost of `full` in runs of `base`, from paired rounds. */
export interface PairedRatio {
  /** Median over the pairs of (base per CPU-second ÷ full per CPU-second). */
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly pairs: number;
  /** Median CPU microseconds per validation of `full`, and of `base`, over the rounds. */
  readonly fullMicros: number;
  readonly baseMicros: number;
}

/**
 * How many runs of `base` one run of `full` costs, each over its own corpus: rounds of the two
 * back to back, in alternating order, each timed in this process's CPU time, so that a change in
 * the machine's load weighs on both of a pair; the median of the pairs' ratios.
 */
export function pairedRatio(
  full: (document: unknown) => boolean,
  fullDocuments: readonly unknown[],
  base: (document: unknown) => boolean,
  baseDocuments: readonly unknown[],
  options: ThroughputOptions,
): PairedRatio {
  cpuRound(full, fullDocuments, options.warmupMs);
  cpuRound(base, baseDocuments, options.warmupMs);
  const fullRates: number[] = [];
  const baseRates: number[] = [];
  const ratios = Array.from({ length: options.rounds }, (_, index) => {
    const first = index % 2 === 0;
    const a = first ? cpuRound(base, baseDocuments, options.roundMs) : cpuRound(full, fullDocuments, options.roundMs);
    const b = first ? cpuRound(full, fullDocuments, options.roundMs) : cpuRound(base, baseDocuments, options.roundMs);
    fullRates.push(first ? b : a);
    baseRates.push(first ? a : b);
    return first ? a / b : b / a;
  });
  return {
    median: quantile(ratios, 0.5),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    pairs: ratios.length,
    fullMicros: 1e6 / quantile(fullRates, 0.5),
    baseMicros: 1e6 / quantile(baseRates, 0.5),
  };
}

/** One cold start, as the child measured it with `performance.now()` (ms since its process began). */
export interface ColdStartSample {
  /** Node's own start-up, before the first line of the script. */
  readonly ready: number;
  /** Loading the package. */
  readonly load: number;
  /** The first validation. */
  readonly firstCall: number;
  /** Process start to the first result. */
  readonly total: number;
}

/**
 * Variables a machine may set that change every Node start, not the package's load: NODE_OPTIONS
 * (tsx's loader, here) and NODE_EXTRA_CA_CERTS (Node reads and parses those certificates before
 * the first line runs: 50–60 ms of "node ready" on a sandbox that pointed it at the system bundle).
 */
const START_UP_VARIABLES: ReadonlySet<string> = new Set(['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS']);

/** This process's environment without `START_UP_VARIABLES`: children run as plain `node`, as a user's would. */
function plainNodeEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !START_UP_VARIABLES.has(name)));
}

/** Runs `node <args>` `runs` times; each run prints one `ColdStartSample` as JSON. */
export function coldStarts(args: readonly string[], runs: number): ColdStartSample[] {
  const env = plainNodeEnv();
  return Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (${String(child.status)}):\n${child.stderr}`);
    return JSON.parse(child.stdout) as ColdStartSample;
  });
}

/** Runs `node <args>` `runs` times, as `coldStarts` does; the wall-clock of each, spawn to exit, in ms. */
export function commandWallTimes(args: readonly string[], runs: number): number[] {
  const env = plainNodeEnv();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    const elapsed = performance.now() - start;
    if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (${String(child.status)}):\n${child.stderr}`);
    return elapsed;
  });
}

/** A plain-text table: the first row is the header; numbers right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return /^[\d.,×<>≤ -]+(ms|%)?$/.test(cell) && column > 0 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return '';
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** A number with thousands separators and `digits` decimals. */
export function figure(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A target's result as the tables print it. */
export function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

/**
 * The cells of a paired ratio against `target`: full and other µs per document, the median and
 * its range, the target and PASS/MISS. A target of 1 means "faster" (median < 1); any other, a
 * cost of at most that many times.
 */
export function ratioCells(ratio: PairedRatio, target: number): string[] {
  const pass = target === 1 ? ratio.median < 1 : ratio.median <= target;
  return [
    figure(ratio.fullMicros, 2),
    figure(ratio.baseMicros, 2),
    `${figure(ratio.median, 2)}×`,
    `${figure(ratio.min, 2)}–${figure(ratio.max, 2)}×`,
    target === 1 ? '< 1× (faster)' : `≤ ${target}×`,
    verdict(pass),
  ];
}
