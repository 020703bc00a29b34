/**
 * Benchmark, not a test: lint time of a generated 500-file TypeScript project (half of the files
 * build StartImport requests in every form the plugin finds, some of them invalid) with ESLint's
 * `ESLint` class, with and without the plugin's `configs.strict`:
 * - syntactic: typescript-eslint's `recommended`, without type information;
 * - typed: typescript-eslint's `recommendedTypeChecked` over the project service.
 * Prints the median lint times of several runs and the median of the runs' ratios (with ÷ without,
 * the two run back to back) against their targets: the plugin adds at most 10% syntactic, 25%
 * typed. Exits 0 unless it crashed.
 * Run with `npx tsx bench/eslint.bench.ts` after `npm run build`: it measures dist/, as a user runs it.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { figure, quantile, table } from './measure.js';

const FILES = 500;
const TARGETS = { syntactic: 1.1, typed: 1.25 } as const;
const RUNS = { syntactic: 15, typed: 7 } as const;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(ROOT, '.tmp/eslint-bench');
const BUILT_PLUGIN = join(ROOT, 'dist/esm/eslint/index.js');

const DESTINATION = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = `{
      S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
    }`;
const IMPORTS = "import { CloudTrail, StartImportCommand, type StartImportCommandInput, type StartImportRequest } from '@aws-sdk/client-cloudtrail';\nimport * as ct from '@aws-sdk/client-cloudtrail';";

/** The request builders, one per form (valid and invalid ones mixed); file `i` uses form `i % forms.length`. */
const forms: readonly ((i: number) => string)[] = [
  (i) => `export const start${i} = new StartImportCommand({\n  Destinations: ['${DESTINATION}'],\n  ImportSource: { S3: ${S3} },\n  StartEventTime: new Date('2024-01-01T00:00:00Z'),\n  EndEventTime: new Date('2024-02-01T00:00:00Z'),\n});`,
  (i) => `export const retry${i} = new StartImportCommand({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });`,
  (i) => `const client${i} = new CloudTrail({ region: 'us-east-1' });\nexport const started${i} = client${i}.startImport({ Destinations: ['${DESTINATION}'], ImportSource: { S3: ${S3} } });`,
  (i) => `// invalid: a typo the cast hides\nexport const input${i} = { Destination: ['${DESTINATION}'], ImportSource: { S3: ${S3} } } as StartImportCommandInput;`,
  (i) => `export const input${i} = { Destinations: ['${DESTINATION}'], ImportSource: { S3: ${S3} } } satisfies StartImportCommandInput;`,
  (i) => `// invalid: reversed time range\nexport const request${i}: StartImportRequest = {\n  Destinations: ['${DESTINATION}'],\n  ImportSource: { S3: ${S3} },\n  StartEventTime: new Date(Date.UTC(2024, 5, 1)),\n  EndEventTime: new Date(Date.UTC(2024, 0, 1)),\n};`,
  (i) => `export function build${i}(arn: string, from: Date, to: Date): StartImportCommandInput {\n  return { Destinations: [arn], ImportSource: { S3: ${S3} }, StartEventTime: from, EndEventTime: to };\n}`,
  (i) => `// invalid: a string timestamp\nconst input${i} = { Destinations: ['${DESTINATION}'], ImportSource: { S3: ${S3} }, StartEventTime: '2024-01-01', EndEventTime: new Date('2024-02-01') };\nexport const command${i} = new StartImportCommand(input${i} as never);`,
  (i) => `// invalid: the Region is not a Region code\nexport const ns${i} = new ct.StartImportCommand({\n  Destinations: ['${DESTINATION}'],\n  ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs', S3BucketRegion: 'US-EAST-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/Import' } },\n});`,
  (i) => `export const retryOf${i} = (base: Partial<StartImportCommandInput>) => new StartImportCommand({ ...base, ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });`,
];

/** Ordinary application code: what most of a project is, and what the plugin must skip quickly. */
function ordinary(i: number): string {
  return `export interface Record${i} { readonly id: string; readonly count: number; readonly tags: readonly string[] }

export class Store${i} {
  readonly #items = new Map<string, Record${i}>();

  add(item: Record${i}): void {
    if (this.#items.has(item.id)) throw new Error(\`duplicate \${item.id}\`);
    this.#items.set(item.id, item);
  }

  total(): number {
    let sum = 0;
    for (const item of this.#items.values()) sum += item.count;
    return sum;
  }

  tagged(tag: string): Record${i}[] {
    return [...this.#items.values()].filter((item) => item.tags.includes(tag));
  }
}

export function parse${i}(text: string): Record${i} {
  const [id = '', count = '0', ...tags] = text.split(',');
  return { id, count: Number(count), tags };
}

export async function load${i}(fetchText: () => Promise<string>): Promise<Store${i}> {
  const store = new Store${i}();
  for (const line of (await fetchText()).split('\\n')) if (line !== '') store.add(parse${i}(line));
  return store;
}
`;
}

function generateProject(): string[] {
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(join(PROJECT, 'src'), { recursive: true });
  const compilerOptions = { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, skipLibCheck: true, noEmit: true, types: [] };
  writeFileSync(join(PROJECT, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  const files: string[] = [];
  for (let i = 0; i < FILES; i += 1) {
    const builder = i % 2 === 0 ? forms[(i / 2) % forms.length] : undefined;
    const text = builder === undefined ? ordinary(i) : `${IMPORTS}\n\n${builder(i)}\n\n${ordinary(i)}`;
    const file = join(PROJECT, 'src', `module-${String(i).padStart(3, '0')}.ts`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

type Mode = 'syntactic' | 'typed';

function configFor(mode: Mode, plugin: Linter.Config | undefined): Linter.Config[] {
  const base = mode === 'syntactic' ? tseslint.configs.recommended : tseslint.configs.recommendedTypeChecked;
  const typed: Linter.Config[] = mode === 'typed' ? [{ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: PROJECT } } }] : [];
  return [{ files: ['**/*.ts'] }, ...(base as Linter.Config[]), ...typed, ...(plugin === undefined ? [] : [plugin])];
}

/** One lint of the whole project in a fresh ESLint (no cache): seconds, and how many problems it found. */
async function lintOnce(mode: Mode, plugin: Linter.Config | undefined, files: readonly string[]): Promise<{ seconds: number; problems: number }> {
  const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: configFor(mode, plugin), cache: false });
  const start = performance.now();
  const results = await eslint.lintFiles([...files]);
  const seconds = (performance.now() - start) / 1000;
  return { seconds, problems: results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0) };
}

/**
 * The plugin's own share, from ESLint's per-rule `stats` of one more run: the time in the plugin's
 * rules (the first one runs the file's analysis, which the others share) over the whole lint time
 * less that. Far steadier than the end-to-end ratio on a loaded machine, since it times only the
 * plugin's code.
 */
async function pluginShare(mode: Mode, plugin: Linter.Config, files: readonly string[]): Promise<{ pluginSeconds: number; share: number }> {
  const eslint = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: configFor(mode, plugin), cache: false, stats: true });
  let pluginMs = 0;
  let totalMs = 0;
  for (const result of await eslint.lintFiles([...files])) {
    for (const pass of result.stats?.times.passes ?? []) {
      totalMs += pass.total;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) if (ruleId.startsWith('cloudtrail-import/')) pluginMs += time.total;
    }
  }
  return { pluginSeconds: pluginMs / 1000, share: pluginMs / (totalMs - pluginMs) };
}

interface Figures {
  readonly without: number[];
  readonly with: number[];
  /** with ÷ without, run by run. */
  readonly ratios: number[];
  readonly pluginProblems: number;
}

async function measure(mode: Mode, plugin: Linter.Config, files: readonly string[]): Promise<Figures> {
  const figures: Figures = { without: [], with: [], ratios: [], pluginProblems: 0 };
  let problems = { without: 0, with: 0 };
  // A warm-up of each; then pairs of runs, in alternating order, so that a change in the machine's
  // load or the garbage collector's state weighs on both sides of each pair's ratio.
  await lintOnce(mode, undefined, files);
  await lintOnce(mode, plugin, files);
  for (let run = 0; run < RUNS[mode]; run += 1) {
    const first = run % 2 === 0 ? undefined : plugin;
    const a = await lintOnce(mode, first, files);
    const b = await lintOnce(mode, first === undefined ? plugin : undefined, files);
    const [without, withPlugin] = first === undefined ? [a, b] : [b, a];
    figures.without.push(without.seconds);
    figures.with.push(withPlugin.seconds);
    figures.ratios.push(withPlugin.seconds / without.seconds);
    problems = { without: without.problems, with: withPlugin.problems };
  }
  return { ...figures, pluginProblems: problems.with - problems.without };
}

async function main(): Promise<void> {
  if (!existsSync(BUILT_PLUGIN)) throw new Error(`${BUILT_PLUGIN} is missing: run \`npm run build\` first`);
  const { configs } = (await import(BUILT_PLUGIN)) as { configs: { strict: Linter.Config } };
  const files = generateProject();
  console.log(`ESLint ${ESLint.version}, Node ${process.version}, ${String(cpus().length)} CPUs; ${String(FILES)} files, ${String(FILES / 2)} with StartImport builders`);
  const rows: string[][] = [['mode', 'without plugin', 'with configs.strict', 'ratio', 'ratio range', 'target', 'plugin rules (stats)', 'plugin problems']];
  for (const mode of ['syntactic', 'typed'] as const) {
    const figures = await measure(mode, configs.strict, files);
    const own = await pluginShare(mode, configs.strict, files);
    const ratio = quantile(figures.ratios, 0.5);
    rows.push([
      `${mode} (median of ${String(RUNS[mode])})`,
      `${figure(quantile(figures.without, 0.5), 2)} s`,
      `${figure(quantile(figures.with, 0.5), 2)} s`,
      `${figure(ratio, 3)}×`,
      `${figure(Math.min(...figures.ratios), 2)}–${figure(Math.max(...figures.ratios), 2)}×`,
      `≤ ${figure(TARGETS[mode], 2)}× ${ratio <= TARGETS[mode] ? 'PASS' : 'MISS'}`,
      `${figure(own.pluginSeconds * 1000)} ms, +${figure(own.share * 100, 1)}%`,
      figure(figures.pluginProblems),
    ]);
  }
  console.log(table(rows));
  rmSync(PROJECT, { recursive: true, force: true });
}

await main();
