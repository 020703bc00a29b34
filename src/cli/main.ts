#!/usr/bin/env node
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isRecord } from '../contract/record.js';
import { runCli } from './run.js';
import { TOOL_NAME } from './usage.js';

/**
 * The package version, read at run time from this package's package.json: the nearest one, from
 * the running file's folder upward, that names the package — three folders above a built file
 * (dist/esm/cli, dist/cjs/cli), two above the source run with tsx (src/cli). The file is found
 * from argv[1], not import.meta.url, because the same source is also compiled to CommonJS
 * (dist/cjs), where import.meta does not exist; realpath follows the symlink npm puts in
 * node_modules/.bin.
 */
function packageVersion(): string {
  let folder = dirname(realpathSync(process.argv[1] ?? '.'));
  for (;;) {
    const file = resolve(folder, 'package.json');
    const packageJson: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    if (isRecord(packageJson) && packageJson['name'] === TOOL_NAME) {
      const version = packageJson['version'];
      if (typeof version !== 'string') throw new Error(`${file} has no version`);
      return version;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json of ${TOOL_NAME} above ${process.argv[1] ?? '.'}`);
    folder = parent;
  }
}

/**
 * stdout as the CLI writes to it. A reader that stops early (`| head`) closes the pipe: the run
 * goes on without printing, so the exit code still says whether every document is valid (Node
 * would otherwise die of an unhandled EPIPE error with a stack trace).
 */
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});
const stdout = { write: (text: string): unknown => stdoutClosed || process.stdout.write(text) };

runCli(process.argv.slice(2), {
  stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  version: packageVersion,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a finding: 2 keeps it apart from 1 (invalid documents).
    process.stderr.write(`cloudtrail-import-contract: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
