import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  loadImportPolicy,
  PolicyError,
  validateStartImportError,
  validateStartImportRequest,
  validateStartImportResponse,
  type ImportPolicy,
  type Subject,
  type Violation,
} from '../index.js';
import type { CheckCommand } from './args.js';
import { findUpward, type CliIo } from './io.js';
import { parseSource, type ParsedFile } from './parse-json.js';
import { problem, readInputs, readPath, type InputProblem } from './read-inputs.js';
import { TOOL_NAME } from './usage.js';

/** One checked document: a file's value, or one element of the array a file holds. */
export interface CheckedDocument {
  readonly file: ParsedFile;
  /** The element's index when the file holds an array. */
  readonly index: number | undefined;
  readonly kind: Subject;
  readonly valid: boolean;
  readonly violations: readonly Violation[];
}

/** The outcome of `check`, before it is printed. */
export interface CheckRun {
  readonly documents: readonly CheckedDocument[];
  /** The files read and parsed: those the documents come from. */
  readonly files: readonly ParsedFile[];
  /** The PATHs (and `--request` file) that could not be checked, in the order given. */
  readonly problems: readonly InputProblem[];
}

type Validate = (value: unknown) => { readonly valid: boolean; readonly violations: readonly Violation[] };

/** Reads the `--request` file: one request object, or why it cannot be used. */
async function readRequest(path: string, io: CliIo): Promise<{ value: unknown } | InputProblem> {
  const [read] = await readPath(path, io);
  if (read === undefined) return problem(path, undefined, 'does not exist');
  if (read.type === 'problem') return read;
  if (read.absolute !== undefined && read.file !== path) {
    return problem(path, read.absolute, 'is a directory: --request takes one file holding one request');
  }
  const parsed = parseSource(read);
  if ('type' in parsed) return parsed;
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return problem(path, read.absolute, 'must hold one request object (--request)');
  }
  return { value: parsed.value };
}

/** The file the CLI looks for from the working folder upward when `--policy` is not given. */
export const POLICY_FILE_NAME = 'cloudtrail-import-policy.json';

/**
 * The policy of `check`: `--policy FILE`, or the discovered file, or none (`--no-policy`). A
 * discovered file is announced on stderr: a policy the user did not name must not act unseen.
 */
function policyFor(command: CheckCommand, io: CliIo, problems: InputProblem[]): ImportPolicy | undefined {
  if (command.kind !== 'request' || command.policy === false) return undefined;
  const { cwd } = io;
  const absolute = command.policy === undefined ? findUpward(cwd, POLICY_FILE_NAME) : isAbsolute(command.policy) ? command.policy : resolve(cwd, command.policy);
  if (absolute === undefined) return undefined;
  const file = command.policy ?? relative(cwd, absolute);
  if (command.policy === undefined) {
    const where = dirname(absolute) === resolve(cwd) ? 'in the working folder' : 'in a parent folder';
    io.stderr.write(`${TOOL_NAME}: using policy ${file} (found ${where}; --policy FILE names another, --no-policy checks none)\n`);
  }
  try {
    return loadImportPolicy(absolute);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    problems.push(problem(file, absolute, `is not a usable import policy (${error.problems.join('; ')}); the requests were checked without it`));
    return undefined;
  }
}

async function validatorFor(command: CheckCommand, io: CliIo, problems: InputProblem[]): Promise<Validate> {
  const { kind, shape, status } = command;
  if (kind === 'error') return (value) => validateStartImportError(value, status === undefined ? {} : { status });
  if (kind === 'request') {
    const now = command.now ?? io.now;
    const policy = policyFor(command, io, problems);
    const options = { shape, ...(now === undefined ? {} : { now }), ...(policy === undefined ? {} : { policy }) };
    return (value) => validateStartImportRequest(value, options);
  }
  if (command.request === undefined) return (value) => validateStartImportResponse(value, { shape });
  const request = await readRequest(command.request, io);
  if ('type' in request) {
    problems.push({ ...request, message: `${request.message}; the responses were checked without it` });
    return (value) => validateStartImportResponse(value, { shape });
  }
  return (value) => validateStartImportResponse(value, { shape, request: request.value });
}

/** Runs `check`: reads every PATH, parses each file and validates each document in it. */
export async function runCheck(command: CheckCommand, io: CliIo): Promise<CheckRun> {
  const problems: InputProblem[] = [];
  const validate = await validatorFor(command, io, problems);
  const files: ParsedFile[] = [];
  const documents: CheckedDocument[] = [];
  for (const read of await readInputs(command.paths, io)) {
    const parsed = read.type === 'problem' ? read : parseSource(read);
    if ('type' in parsed) {
      problems.push(parsed);
      continue;
    }
    const { value } = parsed;
    if (Array.isArray(value) && value.length === 0) {
      problems.push(problem(read.file, read.absolute, 'holds an empty array: no documents to check'));
      continue;
    }
    files.push(parsed);
    const elements: readonly unknown[] = Array.isArray(value) ? value : [value];
    elements.forEach((element, index) => {
      const { valid, violations } = validate(element);
      documents.push({ file: parsed, index: Array.isArray(value) ? index : undefined, kind: command.kind, valid, violations });
    });
  }
  return { documents, files, problems };
}

/** 2 when an input could not be checked, else 1 when a document has an error violation, else 0. */
export function exitCodeOf(run: CheckRun): number {
  if (run.problems.length > 0) return 2;
  return run.documents.some((document) => !document.valid) ? 1 : 0;
}
