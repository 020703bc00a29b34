/**
 * The compatibility suite: packs the package as `npm publish` would, then, for each cell of
 * compat/cells/, installs the tarball with the cell's peers into a fresh consumer project outside
 * the repository and runs the cell's commands there on the cell's Node.js version. Prints a table
 * of the cells; exits 1, printing the failing cells' output, when any fails.
 *
 *   tsx compat/run.ts                 every cell, two at a time
 *   tsx compat/run.ts --cell NAME     one cell (repeat the option for more); --keep keeps its project
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cellsRoot, readCell, readCells, sharedRoot, type Cell } from './cells.js';
import { nodeBinary } from './node.js';
import { runCommand } from './process.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** Two cores: more cells at once only make each slower. */
const PARALLEL = 2;

interface CellOutcome {
  readonly cell: Cell;
  readonly passed: boolean;
  readonly seconds: number;
  /** What the cell's steps printed, each under a `$ command` line. */
  readonly log: string;
}

const { values } = parseArgs({
  options: { cell: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } },
  strict: true,
});

/** Packs the repository (dist must be built) into `dir`; returns the tarball's path. */
async function pack(dir: string): Promise<string> {
  // --ignore-scripts: the suite checks the dist/ that `npm test` built, as it is.
  const result = await runCommand('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: repoRoot });
  if (result.code !== 0) throw new Error(`npm pack failed:\n${result.output}`);
  const [entry] = JSON.parse(result.output.slice(result.output.indexOf('['))) as { filename: string }[];
  if (entry === undefined) throw new Error(`npm pack printed no package:\n${result.output}`);
  return join(dir, entry.filename);
}

/** Copies the cell's files (its shared folders first) into `dir`, with a package.json of its type. */
async function writeProject(cell: Cell, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const folder of cell.include) await cp(join(sharedRoot, folder), dir, { recursive: true });
  for (const entry of await readdir(join(cellsRoot, cell.name))) {
    if (entry !== 'cell.json') await cp(join(cellsRoot, cell.name, entry), join(dir, entry), { recursive: true });
  }
  const manifest = { name: `compat-${cell.name}`, version: '0.0.0', private: true, type: cell.type };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function runCell(cell: Cell, tarball: string): Promise<CellOutcome> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), `compat-${cell.name}-`));
  const dir = join(root, 'consumer');
  const log: string[] = [];
  let passed: boolean;
  try {
    const node = await nodeBinary(cell.node);
    // The cell's node first on PATH: npm, npx and every bin's `#!/usr/bin/env node` run on it.
    const env = { ...process.env, PATH: [dirname(node), join(dir, 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(delimiter), CI: 'true' };
    await writeProject(cell, dir);
    const install = ['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...Object.entries(cell.dependencies).map(([name, range]) => `${name}@${range}`)];
    passed = true;
    for (const [command = '', ...args] of [['node', '--version'], install, ...cell.commands]) {
      const resolved = args.map((arg) => arg.replaceAll('{tarball}', tarball));
      const result = await runCommand(command, resolved, { cwd: dir, env });
      log.push(`$ ${[command, ...resolved].join(' ')}\n${result.output.trimEnd()}`);
      if (result.code !== 0) {
        log.push(`(exited with ${result.code})`);
        passed = false;
        break;
      }
    }
  } catch (error) {
    log.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    passed = false;
  } finally {
    if (values.keep) log.push(`(kept the project in ${dir})`);
    else await rm(root, { recursive: true, force: true });
  }
  return { cell, passed, seconds: (performance.now() - started) / 1000, log: log.join('\n') };
}

/** Runs `cells` at most PARALLEL at a time, reporting each as it ends. */
async function runAll(cells: readonly Cell[], tarball: string): Promise<CellOutcome[]> {
  const outcomes: CellOutcome[] = [];
  const queue = [...cells];
  const worker = async (): Promise<void> => {
    for (let cell = queue.shift(); cell !== undefined; cell = queue.shift()) {
      const outcome = await runCell(cell, tarball);
      console.log(`${outcome.passed ? '✔' : '✘'} ${cell.name} (${outcome.seconds.toFixed(0)} s)`);
      outcomes.push(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, cells.length) }, worker));
  return cells.map((cell) => outcomes.find((outcome) => outcome.cell === cell)).filter((outcome) => outcome !== undefined);
}

function table(outcomes: readonly CellOutcome[]): string {
  const rows = outcomes.map(({ cell, passed, seconds }) => [passed ? '✔' : '✘', cell.name, `node ${cell.node}`, `${seconds.toFixed(0)} s`]);
  const widths = [1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map(([mark = '', ...rest]) => [mark, ...rest.map((text, i) => text.padEnd(widths[i] ?? 0))].join('  ')).join('\n');
}

async function main(): Promise<number> {
  const cells = values.cell === undefined ? readCells() : values.cell.map((name) => readCell(name));
  const started = performance.now();
  const packDir = await mkdtemp(join(tmpdir(), 'compat-pack-'));
  try {
    const tarball = await pack(packDir);
    console.log(`compatibility suite: ${cells.length} cells, ${PARALLEL} at a time, on ${tarball}`);
    const outcomes = await runAll(cells, tarball);
    for (const failed of outcomes.filter((outcome) => !outcome.passed)) {
      console.log(`\n──── ${failed.cell.name} failed ────\n${failed.log}`);
    }
    console.log(`\n${table(outcomes)}\n${outcomes.filter((o) => o.passed).length}/${outcomes.length} cells passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return outcomes.every((outcome) => outcome.passed) ? 0 : 1;
  } finally {
    await rm(packDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
