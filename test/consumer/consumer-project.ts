/**
 * Packs the repository as `npm publish` would and installs the tarball into a throw-away project,
 * the way a user gets the package: from the registry's tarball, with only its runtime dependencies.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const projectFiles = fileURLToPath(new URL('project', import.meta.url));
const onWindows = process.platform === 'win32';

/** What a finished process printed, and its exit code. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end without throwing on a non-zero exit (the caller asserts on it). */
export function run(command: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // npm and the installed bin are .cmd shims on Windows, which only a shell can start.
    const shell = onWindows && !command.endsWith('.exe');
    execFile(command, args, { cwd, shell, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ code: 0, stdout, stderr });
      } else if (typeof error.code === 'number') {
        resolve({ code: error.code, stdout, stderr });
      } else {
        reject(new Error(`${command} ${args.join(' ')} could not run: ${error.message}\n${stderr}`));
      }
    });
  });
}

/** `node <args>` with the Node.js running the tests. */
export function runNode(args: readonly string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, args, cwd);
}

/** Runs a command and returns its output; throws with everything it printed when it fails. */
async function runOrThrow(command: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

const npm = onWindows ? 'npm.cmd' : 'npm';

/** The installed package in its consumer project. */
export interface ConsumerProject {
  /** The consumer project's directory (package.json `"type": "module"`, the files of `project/`). */
  readonly dir: string;
  /** The packed tarball. */
  readonly tarball: string;
  /** The paths in the tarball, relative to the package root, with `/` separators. */
  readonly packedFiles: readonly string[];
  /** Removes the temporary directory (kept when KEEP_CONSUMER_PROJECT is set, for debugging). */
  readonly remove: () => Promise<void>;
}

interface NpmPackEntry {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** Packs the repository, then installs the tarball into a new consumer project. */
export async function createConsumerProject(): Promise<ConsumerProject> {
  for (const entry of ['dist/esm/index.js', 'dist/cjs/index.js']) {
    if (!existsSync(join(repoRoot, entry))) {
      throw new Error(`${entry} is missing: the packaging test checks the built package; run \`npm run build\` first (npm test does).`);
    }
  }
  const root = await mkdtemp(join(tmpdir(), 'cloudtrail-import-contract-consumer-'));
  try {
    // --ignore-scripts: a prepack script that rebuilds would delete dist/ under the tests running beside this one.
    const packOutput = await runOrThrow(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', root], repoRoot);
    const [entry] = JSON.parse(packOutput) as NpmPackEntry[];
    if (entry === undefined) throw new Error(`npm pack printed no package:\n${packOutput}`);
    const tarball = join(root, entry.filename);

    const dir = join(root, 'consumer');
    await cp(projectFiles, dir, { recursive: true });
    const manifest = { name: 'consumer', version: '0.0.0', private: true, type: 'module' };
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await runOrThrow(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);

    return {
      dir,
      tarball,
      packedFiles: entry.files.map((file) => file.path.replaceAll('\\', '/')),
      remove: async () => {
        if (process.env['KEEP_CONSUMER_PROJECT'] === undefined) await rm(root, { recursive: true, force: true });
        else console.log(`kept the consumer project in ${root}`);
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
