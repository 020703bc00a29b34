import { isUtf8 } from 'node:buffer';
import { readFileSync, type Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { blank } from '../json/documents.js';
import type { CliIo } from './io.js';
import type { Position } from './positions.js';

/** One file (or stdin) to check: UTF-8 bytes, read once and decoded only as far as each reader needs. */
export interface Source {
  readonly type: 'source';
  /** The path as given on the command line, joined with the path inside a given directory; `-` for stdin. */
  readonly file: string;
  /** The absolute path; undefined for stdin. */
  readonly absolute: string | undefined;
  /** The file's bytes, valid UTF-8 without NUL, without a byte order mark, not only whitespace. */
  readonly bytes: Buffer;
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


/**
 * Bytes that hold a JSON text in UTF-8 (a leading byte order mark dropped), or why they do not.
 * `lines`: the file holds JSON Lines, whose lines are each checked for text as they are read (a bad
 * byte on one line must not keep the others from being checked), so the whole is not.
 */
export function sourceOf(file: string, absolute: string | undefined, bytes: Buffer, lines = false): Source | InputProblem {
  // NUL is valid UTF-8 but never in a JSON text; it marks UTF-16 files and binaries.
  if (!lines && bytes.includes(0)) return problem(file, absolute, 'is not a text file (it holds NUL bytes)');
  // Checked natively, never decoded whole here: a file holding an array is decoded element by element.
  if (!lines && !isUtf8(bytes)) return problem(file, absolute, 'is not a text file (it is not valid UTF-8)');
  const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (blank(text)) return problem(file, absolute, 'is empty');
  return { type: 'source', file, absolute, bytes: text };
}

/** A source's text, for the readers of small files (a request, a role document). */
export function sourceText(source: Source): string {
  return source.bytes.toString('utf8');
}

/** The endings of the files a directory is searched for: `.json`, and `.har` too for `check --kind wire`. */
export type FileEndings = readonly string[];

const JSON_FILES: FileEndings = ['.json'];

/** A file found under a directory: its path relative to it (`/`-separated), and why it cannot be read when the listing already says. */
export interface ListedFile {
  readonly path: string;
  readonly problem?: string;
}

const NOT_REGULAR = 'is not a regular file or a directory';

/** The file the CLI looks for from the working folder upward when `--policy` is not given. */
export const POLICY_FILE_NAME = 'cloudtrail-import-policy.json';

/**
 * The files under `directory` whose names end with one of `endings` (`.json` by default), sorted
 * by relative path; node_modules, symlinked directories (cycles) and policy files
 * (`POLICY_FILE_NAME`) skipped. What cannot be read
 * is listed with its problem, never dropped, so that the rest are still checked: a subdirectory
 * that cannot be listed (permission denied), and an entry of such a name that is no regular file
 * (a FIFO, a socket, a device, or a symlink to one: reading a FIFO would wait for a writer). A
 * symlink whose target cannot be found (dangling, or a loop) is listed, so that reading it
 * reports it as a file named directly would be. Only `directory` itself failing to be listed throws.
 */
export async function listJsonFiles(directory: string, endings: FileEndings = JSON_FILES): Promise<ListedFile[]> {
  const found: ListedFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(directory, relative), { withFileTypes: true });
    } catch (error) {
      if (relative === '') throw error;
      found.push({ path: relative, problem: readFailure(error) });
      return;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') await walk(path);
      } else if (entry.name !== POLICY_FILE_NAME && endings.some((ending) => entry.name.endsWith(ending))) {
        // The organisation policy's file is the tool's own configuration, not an input: `check .` in
        // the folder that holds it checked it as a request (unknown-member 'version', exit 1).
        const kind = entry.isSymbolicLink() ? await linkTarget(join(directory, path)) : entry.isFile() ? 'file' : 'other';
        if (kind === 'file' || kind === 'unknown') found.push({ path });
        else if (kind === 'other') found.push({ path, problem: NOT_REGULAR });
      }
    }
  };
  await walk('');
  // Code-unit order, the same on every machine whatever its locale.
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a symlink leads to: a file, a directory (skipped), something else, or nothing found (the read then says why). */
async function linkTarget(path: string): Promise<'file' | 'directory' | 'other' | 'unknown'> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'unknown';
  }
}

function readFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist';
  if (code === 'ELOOP') return 'cannot be read (a symbolic link that leads back to itself)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

/** Whether a file (by its name as given; `-` for stdin) holds JSON Lines, for `sourceOf`. */
export type LinesOf = (file: string) => boolean;

const NO_LINES: LinesOf = () => false;

async function readSource(file: string, absolute: string, linesOf: LinesOf): Promise<Source | InputProblem> {
  try {
    // Synchronous: files are read one at a time anyway, and an async read costs four thread-pool
    // round trips (open, fstat, read, close), which on thousands of small files outweighs the checks.
    return sourceOf(file, absolute, readFileSync(absolute), linesOf(file));
  } catch (error) {
    return problem(file, absolute, (await isDanglingLink(absolute)) ? 'is a dangling symbolic link (what it points to does not exist)' : readFailure(error));
  }
}

/** Whether `path` is a symlink to nothing: a file that "does not exist" though its name is listed. */
async function isDanglingLink(path: string): Promise<boolean> {
  try {
    if (!(await lstat(path)).isSymbolicLink()) return false;
  } catch {
    return false;
  }
  try {
    await stat(path);
    return false;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'ENOENT';
  }
}

/** Everything stdin holds, as bytes. */
export async function readStdin(stdin: CliIo['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Reads one PATH, file by file: a file, `-`, or a directory's `.json` files (or those of `endings`; one at a time: a directory of thousands must not run out of file descriptors, nor be held in memory at once). */
export async function* readPathFiles(path: string, io: CliIo, endings: FileEndings = JSON_FILES, linesOf: LinesOf = NO_LINES): AsyncGenerator<Source | InputProblem> {
  if (path === '-') {
    yield sourceOf(path, undefined, await readStdin(io.stdin), linesOf(path));
    return;
  }
  const absolute = resolve(io.cwd, path);
  let isDirectory: boolean;
  try {
    const stats = await stat(absolute);
    if (!stats.isFile() && !stats.isDirectory()) {
      yield problem(path, absolute, NOT_REGULAR);
      return;
    }
    isDirectory = stats.isDirectory();
  } catch (error) {
    yield problem(path, absolute, (await isDanglingLink(absolute)) ? 'is a dangling symbolic link (what it points to does not exist)' : readFailure(error));
    return;
  }
  if (!isDirectory) {
    yield await readSource(path, absolute, linesOf);
    return;
  }
  let files: ListedFile[];
  try {
    files = await listJsonFiles(absolute, endings);
  } catch (error) {
    yield problem(path, absolute, readFailure(error));
    return;
  }
  if (files.length === 0) yield problem(path, absolute, `is a directory with no ${endings.map((ending) => `${ending} files`).join(' or ')} in it`);
  const prefix = path.endsWith('/') || path.endsWith('\\') ? path : `${path}/`;
  for (const file of files) {
    const absoluteFile = join(absolute, file.path);
    yield file.problem === undefined ? await readSource(`${prefix}${file.path}`, absoluteFile, linesOf) : problem(`${prefix}${file.path}`, absoluteFile, file.problem);
  }
}

/** Reads one PATH whole: for options that take one file. */
export async function readPath(path: string, io: CliIo): Promise<(Source | InputProblem)[]> {
  const read: (Source | InputProblem)[] = [];
  for await (const file of readPathFiles(path, io)) read.push(file);
  return read;
}

/** Reads every PATH in order, one file at a time (a directory's files of `endings`); a bad one becomes a problem and never stops the others. */
export async function* readInputs(paths: readonly string[], io: CliIo, endings: FileEndings = JSON_FILES, linesOf: LinesOf = NO_LINES): AsyncGenerator<Source | InputProblem> {
  for (const path of paths) yield* readPathFiles(path, io, endings, linesOf);
}
