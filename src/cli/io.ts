import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { clip } from '../contract/timestamps.js';

/** Anything the CLI can write text to: a stream, or a buffer in tests. */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * Everything the CLI touches outside itself, so that tests run it in-process with temp files
 * and captured output.
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Read only when a PATH (or `--request`) is `-`. */
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** The directory relative PATHs are read from; SARIF URIs are relative to the repository root above it (or to it). */
  readonly cwd: string;
  /** The package version, for `--version` and SARIF; called only when needed. */
  readonly version: () => string;
  /** "Now", for `time-range-in-future`; default the system clock. */
  readonly now?: () => Date;
}

/**
 * How a file is named in text output and on stderr: stdin has no name of its own; control and
 * bidi characters are escaped (`\n`, `\u202e`), so a name can neither split a report line nor
 * reorder what a terminal shows.
 */
export function label(file: string): string {
  return file === '-' ? '<stdin>' : clip(file, Number.POSITIVE_INFINITY);
}

/** `1 file`, `2 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The nearest `name` (a file or folder) in `start` or a folder above it: its path, or undefined. */
export function findUpward(start: string, name: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    // A symlink counts even when it leads nowhere (dangling, a loop): the caller then names it as unreadable, never passes over it to a parent's file.
    if (lstatSync(candidate, { throwIfNoEntry: false }) !== undefined) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
