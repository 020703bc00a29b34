/**
 * The compatibility cells, read from compat/cells/<name>/cell.json: each is a small consumer project
 * (its files, the shared folders it includes) on one Node.js version with one set of peers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cellsRoot = fileURLToPath(new URL('cells', import.meta.url));
export const sharedRoot = fileURLToPath(new URL('shared', import.meta.url));

/** One cell, as its manifest declares it. */
export interface Cell {
  /** The folder's name. */
  readonly name: string;
  /** What the cell proves, one line (the doc's table shows it). */
  readonly description: string;
  /** The Node.js major version the cell runs on. */
  readonly node: number;
  /** The consumer project's package.json `type`. */
  readonly type: 'module' | 'commonjs';
  /** Folders of compat/shared/ copied into the project before the cell's own files. */
  readonly include: readonly string[];
  /** What `npm install` adds beside the packed package: name to version range. */
  readonly dependencies: Readonly<Record<string, string>>;
  /** Run in order in the project; `{tarball}` stands for the packed package's path. */
  readonly commands: readonly (readonly string[])[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The cell of `name`'s manifest (in `root`, compat/cells/ by default); throws naming the file and the field when it is malformed. */
export function readCell(name: string, root: string = cellsRoot): Cell {
  const file = join(root, name, 'cell.json');
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what}`);
  };
  if (!isRecord(value)) return fail('must be an object');
  const { description, node, type = 'module', include = [], dependencies, commands } = value;
  if (typeof description !== 'string' || description === '') fail('description must be a non-empty string');
  if (typeof node !== 'number' || !Number.isInteger(node)) fail('node must be a major version number (e.g. 22)');
  if (type !== 'module' && type !== 'commonjs') fail(`type must be "module" or "commonjs"`);
  if (!isStringArray(include)) fail('include must be an array of compat/shared/ folder names');
  if (!isRecord(dependencies) || !Object.values(dependencies).every((range) => typeof range === 'string')) {
    fail('dependencies must map package names to version ranges');
  }
  if (!Array.isArray(commands) || commands.length === 0 || !commands.every((command) => isStringArray(command) && command.length > 0)) {
    fail('commands must be a non-empty array of non-empty [command, ...args] arrays');
  }
  return {
    name,
    description: description as string,
    node: node as number,
    type: type as Cell['type'],
    include: include as string[],
    dependencies: dependencies as Record<string, string>,
    commands: commands as string[][],
  };
}

/** Every cell, by folder name. */
export function readCells(): Cell[] {
  return readdirSync(cellsRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readCell(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}
