import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  validateImportError,
  validateImportHttpRequest,
  validateImportRequest,
  validateImportResponse,
  validateStartImportRequest,
  validateStartImportResponse,
  type ImportHttpRequest,
  type Subject,
  type Violation,
} from '../index.js';
import { regionOfLogsEndpoint } from '../contract/endpoints.js';
import type { ContractService } from '../contract/operations.js';
import { isRecord } from '../contract/record.js';
import { lineStarts, positionAt, type Position } from '../json/positions.js';
import { loadImportPolicy, PolicyError, type ImportPolicy } from '../policy/index.js';
import { pointer } from '../rules/pointer.js';
import { isValid } from '../validate/run.js';
import { headerOfPath } from '../validate/validate-wire.js';
import type { CheckCommand } from './args.js';
import { findUpward, label, type CliIo } from './io.js';
import { checkSource, eachBatch, type CheckSourceOptions, type PlaceOf, type Validate } from './check-file.js';
import { readHar } from './har.js';
import { checkRecordedResponse } from './recorded-response.js';
import { DEPTH_MESSAGE, MAX_JSON_DEPTH, offsetBeyondDepth, parseSource } from './parse-json.js';
import type { Span } from './locate.js';
import { POLICY_FILE_NAME, problem, readInputs, readPath, type InputProblem } from './read-inputs.js';
import { TOOL_NAME } from './usage.js';

/**
 * One checked document, as reported: a file's value, or one element of the array a file holds.
 * It holds no text, value or tree: each violation's place is found as the document is checked
 * (`checkSource`), so a run keeps nothing per document once it is printed.
 */
export interface CheckedDocument {
  /** The path as given (see `Source.file`); `-` for stdin. */
  readonly file: string;
  readonly absolute: string | undefined;
  /** The element's index when the file holds an array; the line's, among those that are not blank, for JSON Lines; the entry's in a HAR file. */
  readonly index: number | undefined;
  readonly kind: Subject;
  readonly valid: boolean;
  readonly violations: readonly Violation[];
  /** Where each violation is, in the same order. */
  readonly spans: readonly Span[];
}

/** Where `check` sends what it finds, as it finds it: each format prints (or gathers) it. */
export interface CheckReporter {
  /** A PATH (or `--request`, or policy) that could not be checked. */
  problem(problem: InputProblem): void;
  /** The documents of one file, in order, once the file is checked: a large file in several calls. */
  documents(documents: readonly CheckedDocument[]): void;
  /** Called once, after everything. */
  end(totals: CheckTotals): void;
}

/** The counts of a `check` run: what the summary line and the exit code need. */
export interface CheckTotals {
  readonly documents: number;
  /** The files read and parsed: those the documents come from. */
  readonly files: number;
  readonly invalid: number;
  readonly errors: number;
  readonly warnings: number;
  /** The inputs that could not be checked. */
  readonly problems: number;
}

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

/**
 * Where a policy file nests deeper than `MAX_JSON_DEPTH` (`undefined` when it does not): checked before `loadImportPolicy`
 * reads it, so that the CLI refuses it with the limit named whatever the loader does with depth.
 * A file that cannot be read is left to the loader, which says why.
 */
function nestsTooDeep(absolute: string): Position | undefined {
  let text: string;
  try {
    // A device or FIFO would never end: the loader refuses it, and says so.
    if (!statSync(absolute).isFile()) return undefined;
    text = readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
  const beyond = offsetBeyondDepth(text, MAX_JSON_DEPTH);
  // Where the level past the limit opens, as every other file's depth problem is placed.
  return beyond === -1 ? undefined : positionAt(lineStarts(text), beyond);
}

/**
 * The policy of `check`: `--policy FILE`, or the discovered file, or none (`--no-policy`). A
 * discovered file is announced on stderr: a policy the user did not name must not act unseen.
 */
function policyFor(command: CheckCommand, io: CliIo, report: (problem: InputProblem) => void): ImportPolicy | undefined {
  // A policy is of StartImport requests: those checked as such, and the bodies of HTTP requests to CloudTrail.
  const takesPolicy = command.kind === 'request' || (command.kind === 'wire' && command.service !== 'CloudWatchLogs');
  if (!takesPolicy || command.policy === false) return undefined;
  const { cwd } = io;
  const absolute = command.policy === undefined ? findUpward(cwd, POLICY_FILE_NAME) : isAbsolute(command.policy) ? command.policy : resolve(cwd, command.policy);
  if (absolute === undefined) return undefined;
  const file = command.policy ?? relative(cwd, absolute);
  if (command.policy === undefined) {
    const where = dirname(absolute) === resolve(cwd) ? 'in the working folder' : 'in a parent folder';
    io.stderr.write(`${TOOL_NAME}: using policy ${label(file)} (found ${where}; --policy FILE names another, --no-policy checks none)\n`);
  }
  const deep = nestsTooDeep(absolute);
  if (deep !== undefined) {
    report(problem(file, absolute, `is not a usable import policy (${DEPTH_MESSAGE}); the requests were checked without it`, deep));
    return undefined;
  }
  try {
    return loadImportPolicy(absolute);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    report(problem(file, absolute, `is not a usable import policy (${error.problems.join('; ')}); the requests were checked without it`));
    return undefined;
  }
}

async function validatorFor(command: CheckCommand, io: CliIo, report: (problem: InputProblem) => void): Promise<Validate> {
  const { kind, shape, status, operation } = command;
  // "Now" for the checks that read the clock (--now, else the CLI's own clock), as each validator takes it.
  const now = command.now ?? io.now;
  const clock = now === undefined ? {} : { now };
  if (kind === 'wire') {
    // The wire checks, then the body as the named operation's input: a request AWS would refuse for its input is not valid.
    const policy = policyFor(command, io, report);
    const options = { input: true, ...clock, ...(policy === undefined ? {} : { policy }) };
    const { service } = command;
    // Any document at all: validateImportHttpRequest reads each part on its own and reports what it cannot read.
    return (value) => {
      const checked = validateImportHttpRequest(value as ImportHttpRequest, { ...options, service: service ?? serviceOfRequest(value) });
      // The answer recorded beside the request, checked as the named operation's output or error.
      const response = isRecord(value) ? value['response'] : undefined;
      if (response === undefined || checked.kind === 'unknown') return checked;
      // A request the endpoint could not read is answered with its first wire finding's protocol error (SerializationException).
      const unreadableAs = checked.violations.find((found) => found.code.startsWith('wire-') && found.severity === 'error')?.exception;
      const answered = checkRecordedResponse(checked.kind, checked.body, response, clock, unreadableAs);
      return answered.length === 0 ? checked : { valid: checked.valid && isValid(answered), violations: [...checked.violations, ...answered] };
    };
  }
  if (kind === 'error') return (value) => validateImportError(operation, value, status === undefined ? {} : { status });
  if (operation !== 'StartImport') {
    const options = { shape, ...clock };
    return kind === 'request' ? (value) => validateImportRequest(operation, value, options) : (value) => validateImportResponse(operation, value, options);
  }
  if (kind === 'request') {
    const policy = policyFor(command, io, report);
    const options = { shape, ...clock, ...(policy === undefined ? {} : { policy }) };
    return (value) => validateStartImportRequest(value, options);
  }
  if (command.request === undefined) return (value) => validateStartImportResponse(value, { shape });
  const request = await readRequest(command.request, io);
  if ('type' in request) {
    report({ ...request, message: `${request.message}; the responses were checked without it` });
    return (value) => validateStartImportResponse(value, { shape });
  }
  // A request AWS would refuse has no response AWS gives: said once, and the responses still checked against it as it is.
  const refused = new Set(validateStartImportRequest(request.value, { shape, ...clock }).violations.filter((found) => found.severity === 'error').map((found) => found.code));
  if (refused.size > 0) {
    io.stderr.write(`${TOOL_NAME}: note: --request ${label(command.request)} is a request AWS would refuse (${[...refused].join(', ')}), so no response to it is one AWS gives; the responses were checked against it as it is\n`);
  }
  return (value) => validateStartImportResponse(value, { shape, request: request.value });
}

/**
 * The service an HTTP request document was sent to, when `--service` does not say: CloudWatch Logs
 * when its `url` is a Logs endpoint, else CloudTrail (its endpoint, or no endpoint of either, as a
 * request recorded from a local emulator has).
 */
function serviceOfRequest(value: unknown): ContractService {
  const url = isRecord(value) ? value['url'] : undefined;
  return typeof url === 'string' && regionOfLogsEndpoint(url) !== undefined ? 'CloudWatchLogs' : 'CloudTrail';
}

/**
 * Where a header's finding is in an HTTP request document. The wire checks name a header in lower
 * case (`/headers/x-amz-target`), as HTTP compares names; a document that writes it in another case
 * (`X-Amz-Target`, as HAR files and copies from a browser do) holds it under that key, where the
 * finding belongs: the first key of that name in any case, when none is written in lower case.
 */
const headerAsWritten: PlaceOf = (value, path) => {
  const name = headerOfPath(path);
  const headers = name !== undefined && isRecord(value) ? value['headers'] : undefined;
  if (name === undefined || !isRecord(headers) || Object.hasOwn(headers, name)) return path;
  const written = Object.keys(headers).find((key) => key.toLowerCase() === name);
  return written === undefined ? path : pointer('headers', written);
};

/** How `check` reads a file: as JSON Lines or not; for `--kind wire`, a HAR file's import requests, and a header's finding where the name is written. */
function readingOf(command: CheckCommand, file: string): CheckSourceOptions {
  const lines = command.lines || isJsonLinesFile(file);
  return command.kind === 'wire' ? { lines, placeOf: headerAsWritten, expand: readHar } : { lines };
}

/** Whether a file's name says it holds JSON Lines (`.jsonl`, or `.ndjson` as NDJSON names them): read so without `--lines`. */
function isJsonLinesFile(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(file);
}

/**
 * Runs `check`: reads every PATH one file at a time, parses each document of it once, validates it
 * and hands the file's documents to `reporter` before reading the next, so memory does not grow
 * with the number of files.
 */
export async function runCheck(command: CheckCommand, io: CliIo, reporter: CheckReporter): Promise<CheckTotals> {
  const totals = { documents: 0, files: 0, invalid: 0, errors: 0, warnings: 0, problems: 0 };
  const report = (found: InputProblem): void => {
    totals.problems += 1;
    reporter.problem(found);
  };
  const validate = await validatorFor(command, io, report);
  // HTTP requests are recorded in HAR files too (Polly.js keeps recordings/NAME/recording.har): a directory is searched for them.
  const linesOf = (file: string): boolean => readingOf(command, file).lines === true;
  for await (const read of readInputs(command.paths, io, command.kind === 'wire' ? ['.json', '.har'] : undefined, linesOf)) {
    const checked = read.type === 'problem' ? read : checkSource(read, command.kind, validate, readingOf(command, read.file));
    if ('type' in checked) {
      report(checked);
      continue;
    }
    checked.problems.forEach(report);
    // A file of JSON Lines none of whose lines could be read gave no document.
    if (checked.skipped.length === checked.count) continue;
    totals.files += 1;
    eachBatch(checked, (documents) => {
      for (const document of documents) {
        totals.documents += 1;
        if (!document.valid) totals.invalid += 1;
        for (const v of document.violations) {
          if (v.severity === 'error') totals.errors += 1;
          else totals.warnings += 1;
        }
      }
      reporter.documents(documents);
    });
  }
  reporter.end(totals);
  return totals;
}

/** 2 when an input could not be checked, else 1 when a document has an error violation, else 0. */
export function exitCodeOf(totals: CheckTotals): number {
  if (totals.problems > 0) return 2;
  return totals.invalid > 0 ? 1 : 0;
}
