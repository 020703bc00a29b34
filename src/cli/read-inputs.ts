import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CliIo } from './io.js';
import type { Position } from './positions.js';

/** The text of one file (or of stdin) to check. */
export interface Source {
  readonly type: 'source';
  /** The path as given on the command line, joined with the path inside a given directory; `-` for stdin. */
  readonly file: string;
  /** The absolute path; undefined for stdin. */
  readonly absolute: string | undefined;
  /** The text, without a UTF-8 byte order mark. */
  readonly text: string;
}

/** A PATH that could not be checked, and why. */
export interface InputProblem {
  readonly type: 'problem';
  readonly file: string;
  readonly absolute: string | undefined;
  /** What is wrong, completing "FILE: …" (e.g. `does not exist`). */
  readonly message: string;
  /** Where in the file, for a JSON syntax error. */
  readonly position?: Position;
}

/** A problem with a PATH. */
export function problem(file: string, absolute: string | undefined, message: string, position?: Position): InputProblem {
  return position === undefined ? { type: 'problem', file, absolute, message } : { type: 'problem', file, absolute, message, position };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes read as UTF-8 text (a leading byte order mark dropped), or why they are not a JSON text. */
export function decodeText(file: string, absolute: string | undefined, bytes: Uint8Array): Source | InputProblem {
  // NUL is valid UTF-8 but never in a JSON text; it marks UTF-16 files and binaries.
  if (bytes.includes(0)) return problem(file, absolute, 'is not a text file (it holds NUL bytes)');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return problem(file, absolute, 'is not a text file (it is not valid UTF-8)');
  }
  if (/^[ \t\r\n]*$/.test(text)) return problem(file, absolute, 'is empty');
  return { type: 'source', file, absolute, text };
}

/** `.json` files under `directory` as sorted relative paths with `/`; node_modules and symlinked directories (cycles) skipped. */
export async function listJsonFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(directory, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') await walk(path);
      } else if (entry.name.endsWith('.json') && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(join(directory, path)))))) {
        found.push(path);
      }
    }
  };
  await walk('');
  // Code-unit order, the same on every machine whatever its locale.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function readFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

async function readSource(file: string, absolute: string): Promise<Source | InputProblem> {
  try {
    return decodeText(file, absolute, await readFile(absolute));
  } catch (error) {
    return problem(file, absolute, readFailure(error));
  }
}

/** Everything stdin holds, as bytes. */
export async function readStdin(stdin: CliIo['stdin']): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Reads one PATH: a file, `-`, or a directory's `.json` files. */
export async function readPath(path: string, io: CliIo): Promise<(Source | InputProblem)[]> {
  if (path === '-') return [decodeText(path, undefined, await readStdin(io.stdin))];
  const absolute = resolve(io.cwd, path);
  let isDirectory: boolean;
  try {
    const stats = await stat(absolute);
    if (!stats.isFile() && !stats.isDirectory()) return [problem(path, absolute, 'is not a regular file or a directory')];
    isDirectory = stats.isDirectory();
  } catch (error) {
    return [problem(path, absolute, readFailure(error))];
  }
  if (!isDirectory) return [await readSource(path, absolute)];
  let files: string[];
  try {
    files = await listJsonFiles(absolute);
  } catch (error) {
    return [problem(path, absolute, readFailure(error))];
  }
  if (files.length === 0) return [problem(path, absolute, 'is a directory with no .json files in it')];
  const prefix = path.endsWith('/') || path.endsWith('\\') ? path : `${path}/`;
  const read: (Source | InputProblem)[] = [];
  // One at a time: a directory of thousands of files must not run out of file descriptors.
  for (const file of files) read.push(await readSource(`${prefix}${file}`, join(absolute, file)));
  return read;
}

/** Reads every PATH in order; a bad one becomes a problem and never stops the others. */
export async function readInputs(paths: readonly string[], io: CliIo): Promise<(Source | InputProblem)[]> {
  const read: (Source | InputProblem)[] = [];
  for (const path of paths) read.push(...(await readPath(path, io)));
  return read;
}
