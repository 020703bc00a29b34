import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatImportPlan, ListingError, planImportStream, PlanRequestError, readListObjectsV2, type ImportPlan } from '../plan/index.js';
import { readFileChunks } from '../plan/listing-file.js';
import type { CliIo } from './io.js';
import { label } from './io.js';
import { parseSource } from './parse-json.js';
import { positionInChunks } from './positions.js';
import { problem, readPath } from './read-inputs.js';
import { problemLine } from './report-text.js';
import { commandArguments, readArguments, spellings, type OptionSpecs } from './argv.js';
import { COMMAND_LINE_OPTIONS } from './args.js';
import { unknownOption } from './unknown-option.js';
import { TOOL_NAME, USAGE, USAGE_HINT } from './usage.js';

/** `plan --request R --listing L [--format text|json]`. */
export interface PlanCommand {
  readonly request: string;
  readonly listing: string;
  readonly format: 'text' | 'json';
}

const OPTIONS: OptionSpecs = { request: { type: 'string' }, listing: { type: 'string' }, format: { type: 'string' } };

/** The command line after `plan`, read; or why it cannot be. */
export function parsePlanArguments(argv: readonly string[]): PlanCommand | { readonly message: string } {
  const values: Partial<Record<'request' | 'listing' | 'format', string>> = {};
  for (const arg of readArguments(argv, OPTIONS)) {
    if (arg.kind === 'positional') return { message: `plan takes no PATH (got '${arg.value}'): give --request R --listing L` };
    const { name, value } = arg;
    if (arg.spec === undefined || (name !== 'request' && name !== 'listing' && name !== 'format')) return { message: unknownOption('plan', arg.typed, [...spellings(OPTIONS), '--help']) };
    if (value === undefined) return { message: `--${name} needs a value` };
    values[name] = value;
  }
  const { request, listing, format = 'text' } = values;
  if (request === undefined || listing === undefined) return { message: 'plan needs --request R (a new import, JSON) and --listing L (aws s3api list-objects-v2 JSON, or - for stdin)' };
  if (format !== 'text' && format !== 'json') return { message: `--format must be one of text, json (got '${format}')` };
  if (request === '-' && listing === '-') return { message: 'stdin (-) can be read only once' };
  return { request, listing, format };
}

/** Reads the request file: one JSON document. */
async function readRequest(file: string, io: CliIo): Promise<unknown> {
  const [source, ...more] = await readPath(file, io);
  if (source === undefined || more.length > 0) throw new PlanInputError(`${label(file)}: --request must be one file, not a directory`);
  if (source.type === 'problem') throw new PlanInputError(problemLine(source));
  const parsed = parseSource(source);
  if ('type' in parsed) throw new PlanInputError(problemLine(parsed));
  const value = parsed.value;
  if (!Array.isArray(value)) return value;
  if (value.length !== 1) throw new PlanInputError(`${label(file)}: holds ${String(value.length)} documents: plan takes one request`);
  return (value as readonly unknown[])[0];
}

/** A problem with an input, already worded for stderr. */
class PlanInputError extends Error {}

function failure(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory, not a listing file';
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

async function listingSource(file: string, io: CliIo): Promise<AsyncIterable<string | Uint8Array>> {
  if (file === '-') return io.stdin;
  const absolute = resolve(io.cwd, file);
  try {
    if (!(await stat(absolute)).isFile()) throw new PlanInputError(`${label(file)}: is not a regular file`);
  } catch (error) {
    if (error instanceof PlanInputError) throw error;
    throw new PlanInputError(`${label(file)}: ${failure(error)}`);
  }
  return readFileChunks(absolute);
}

/**
 * A listing error as `FILE:LINE:COLUMN: reason`. The listing is streamed, keeping no text, so the
 * place is found by reading the file again up to it; stdin cannot be, and keeps its character count.
 */
async function listingProblem(error: ListingError, file: string, io: CliIo): Promise<string> {
  if (error.offset === undefined || file === '-') return error.message;
  const absolute = resolve(io.cwd, file);
  return problemLine(problem(file, absolute, error.reason, await positionInChunks(readFileChunks(absolute), error.offset)));
}

async function plan(command: PlanCommand, io: CliIo): Promise<ImportPlan> {
  const request = await readRequest(command.request, io);
  const source = await listingSource(command.listing, io);
  const objects = readListObjectsV2(source, { label: label(command.listing) });
  try {
    return await planImportStream(request, objects, io.now === undefined ? {} : { now: io.now });
  } catch (error) {
    if (error instanceof PlanRequestError) throw new PlanInputError(`${label(command.request)}: ${error.message}`);
    if (error instanceof ListingError) throw new PlanInputError(await listingProblem(error, command.listing, io));
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'string') throw new PlanInputError(`${label(command.listing)}: ${failure(error)}`);
    throw error;
  }
}

/**
 * `plan`: streams the listing through the planner and prints the plan. Resolves to 0, or 2 with a
 * message naming the file for a bad request file or listing.
 *
 * @example
 * await runPlan({ request: 'request.json', listing: 'listing.json', format: 'text' }, io);
 */
export async function runPlan(command: PlanCommand, io: CliIo): Promise<number> {
  let result: ImportPlan;
  try {
    result = await plan(command, io);
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  io.stdout.write(command.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatImportPlan(result));
  return 0;
}

/** The arguments of a `plan` command line without the command word, wherever it stands (as `checkRoleArguments`); `undefined` for another command. */
export function planArguments(argv: readonly string[]): readonly string[] | undefined {
  return commandArguments(argv, 'plan', { ...COMMAND_LINE_OPTIONS, ...OPTIONS });
}

/**
 * The `plan` command from the arguments after `plan`: `--help` prints the usage, bad usage exits 2.
 *
 * @example
 * const code = await runPlanCommand(['--request', 'request.json', '--listing', 'listing.json'], io);
 */
export async function runPlanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const command = parsePlanArguments(argv);
  if ('message' in command) {
    io.stderr.write(`${TOOL_NAME}: ${command.message}\n${USAGE_HINT}\n`);
    return 2;
  }
  return runPlan(command, io);
}
