/**
 * Reads the fixture corpus: `fixtures/{requests,responses,errors}/{valid,invalid}/NAME.json`,
 * each with an optional `NAME.expect` stating its expected violations, one per line:
 * `SEVERITY CODE PATH` (PATH `(root)` for the value itself, `#INDEX` first for an array element),
 * plus directives `shape wire|cli`, `request RELATIVE_PATH` (responses) and `status N` (errors).
 * `fixtures/{get-import,list-imports,stop-import,list-import-failures}/{requests,responses}/{valid,invalid}/` hold
 * the read operations' inputs and outputs (`loadOperationFixtures`, cli shape, no directives);
 * `fixtures/{create-import-task,describe-import-tasks,describe-import-task-batches,cancel-import-task}/…`
 * the CloudWatch Logs import tasks' (`loadLogsOperationFixtures`; `loadContractOperationFixtures`: both).
 * `fixtures/wire/{valid,invalid}/NAME.json` are HTTP requests (`loadWireFixtures`), with the same
 * `.expect` lines (paths into the request: `/headers/x-amz-target`, `/headers/content-type`, `/body`)
 * and one directive, `service CloudWatchLogs`, for a request sent to a CloudWatch Logs endpoint.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, type ContractService, type ImportOperation, type LogsImportOperation } from '../../src/contract/operations.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export type FixtureKind = 'requests' | 'responses' | 'errors';

export interface ExpectedViolation {
  readonly index?: number;
  readonly severity: string;
  readonly code: string;
  readonly path: string;
}

export interface Fixture {
  /** Path relative to fixtures/, e.g. `requests/invalid/empty.json`. */
  readonly name: string;
  readonly kind: FixtureKind;
  /** Whether the fixture sits in a `valid` folder (no error violations). */
  readonly valid: boolean;
  /** The parsed document (an array is checked element by element). */
  readonly document: unknown;
  readonly shape: 'cli' | 'wire';
  readonly request?: unknown;
  readonly status?: number;
  readonly expected: readonly ExpectedViolation[];
}

function parseExpect(file: string): { directives: Map<string, string>; expected: ExpectedViolation[] } {
  const directives = new Map<string, string>();
  const expected: ExpectedViolation[] = [];
  if (!existsSync(file)) return { directives, expected };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const words = line.split(/\s+/);
    const index = words[0]?.startsWith('#') === true ? Number(words.shift()?.slice(1)) : undefined;
    const [first = '', second = '', third = ''] = words;
    if (first === 'error' || first === 'warning') {
      const path = third === '(root)' ? '' : third;
      expected.push(index === undefined ? { severity: first, code: second, path } : { index, severity: first, code: second, path });
    } else if (['shape', 'request', 'status', 'service'].includes(first)) {
      directives.set(first, second);
    } else {
      throw new Error(`${file}: cannot read line '${line}'`);
    }
  }
  return { directives, expected };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Every fixture of the corpus, sorted by name. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const kind of ['requests', 'responses', 'errors'] as const) {
    for (const validity of ['valid', 'invalid'] as const) {
      const folder = join(FIXTURES, kind, validity);
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
        const path = join(folder, file);
        const { directives, expected } = parseExpect(path.replace(/\.json$/, '.expect'));
        const stray = [...directives.keys()].find((name) => !['shape', 'request', 'status'].includes(name));
        if (stray !== undefined) throw new Error(`${path}: ${kind} fixtures take the directives shape, request and status, not ${stray}`);
        const requestPath = directives.get('request');
        const status = directives.get('status');
        out.push({
          name: relative(FIXTURES, path),
          kind,
          valid: validity === 'valid',
          document: readJson(path),
          shape: directives.get('shape') === 'wire' ? 'wire' : 'cli',
          ...(requestPath === undefined ? {} : { request: readJson(resolve(folder, requestPath)) }),
          ...(status === undefined ? {} : { status: Number(status) }),
          expected,
        });
      }
    }
  }
  return out;
}

/** An HTTP request to a CloudTrail endpoint, as `fixtures/wire` documents hold it. */
export interface WireRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body text. */
  readonly body: string;
}

export interface WireFixture {
  /** Path relative to fixtures/, e.g. `wire/invalid/body-empty.json`. */
  readonly name: string;
  /** The service whose endpoint the request is sent to: CloudTrail, or CloudWatch Logs by the directive `service CloudWatchLogs`. */
  readonly service: ContractService;
  /** Whether the fixture sits in a `valid` folder (no error violations). */
  readonly valid: boolean;
  readonly request: WireRequest;
  readonly expected: readonly ExpectedViolation[];
}

function readWireRequest(file: string): WireRequest {
  const document = readJson(file);
  const { method, url, headers, body } = (typeof document === 'object' && document !== null ? document : {}) as Partial<Record<string, unknown>>;
  const headerValues = typeof headers === 'object' && headers !== null ? Object.values(headers) : [undefined];
  if (typeof method !== 'string' || typeof url !== 'string' || typeof body !== 'string' || !headerValues.every((v) => typeof v === 'string')) {
    throw new Error(`${file}: must be { "method": string, "url": string, "headers": { name: string }, "body": string }`);
  }
  return { method, url, headers: headers as Record<string, string>, body };
}

/** Every fixture of `fixtures/wire/`, sorted by name. */
export function loadWireFixtures(): WireFixture[] {
  const out: WireFixture[] = [];
  for (const validity of ['valid', 'invalid'] as const) {
    const folder = join(FIXTURES, 'wire', validity);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      const path = join(folder, file);
      const { directives, expected } = parseExpect(path.replace(/\.json$/, '.expect'));
      const service = directives.get('service') ?? 'CloudTrail';
      if ([...directives.keys()].some((name) => name !== 'service')) throw new Error(`${path}: wire fixtures take no directive but service`);
      if (service !== 'CloudTrail' && service !== 'CloudWatchLogs') throw new Error(`${path}: service must be CloudTrail or CloudWatchLogs, not ${service}`);
      out.push({ name: relative(FIXTURES, path), service, valid: validity === 'valid', request: readWireRequest(path), expected });
    }
  }
  return out;
}

/** An operation's fixture folder: its name in kebab case (`fixtures/list-import-failures/`). */
export const folderOf = (operation: string): string => operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

const foldersOf = <O extends string>(operations: readonly O[]): Readonly<Record<O, string>> => Object.fromEntries(operations.map((operation) => [operation, folderOf(operation)])) as Record<O, string>;

/** CloudTrail's import operations but StartImport (whose fixtures are `fixtures/requests/` and its kin). */
export type FixtureOperation = Exclude<ImportOperation, 'StartImport'>;

/** The read operations' fixture folders (`fixtures/<folder>/{requests,responses}/{valid,invalid}/`), by operation: every CloudTrail import operation's but StartImport's. */
export const OPERATION_FOLDERS = foldersOf(IMPORT_OPERATIONS.filter((operation): operation is FixtureOperation => operation !== 'StartImport'));

/** The CloudWatch Logs import tasks' fixture folders, by operation. */
export const LOGS_OPERATION_FOLDERS = foldersOf(LOGS_IMPORT_OPERATIONS);

export type LogsFixtureOperation = LogsImportOperation;

/** A fixture of a read operation (or, with `O`, a CloudWatch Logs one): a request (its input) or a response (its output), in the cli shape. */
export interface OperationFixture<O extends string = FixtureOperation> extends Omit<Fixture, 'kind'> {
  readonly operation: O;
  readonly kind: 'requests' | 'responses';
}

/** Every fixture of GetImport, ListImports, StopImport and ListImportFailures, sorted by operation, then name. */
export function loadOperationFixtures(): OperationFixture[] {
  return loadFolders(OPERATION_FOLDERS);
}

/** Every fixture of CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches and CancelImportTask, sorted by operation, then name. */
export function loadLogsOperationFixtures(): OperationFixture<LogsFixtureOperation>[] {
  return loadFolders(LOGS_OPERATION_FOLDERS);
}

/** Every fixture of an operation compiled from its model: the read operations', then the CloudWatch Logs import tasks'. */
export function loadContractOperationFixtures(): OperationFixture<FixtureOperation | LogsFixtureOperation>[] {
  return [...loadOperationFixtures(), ...loadLogsOperationFixtures()];
}

function loadFolders<O extends string>(folders: Readonly<Record<O, string>>): OperationFixture<O>[] {
  const out: OperationFixture<O>[] = [];
  for (const [operation, folderName] of Object.entries(folders) as [O, string][]) {
    for (const kind of ['requests', 'responses'] as const) {
      for (const validity of ['valid', 'invalid'] as const) {
        const folder = join(FIXTURES, folderName, kind, validity);
        for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
          const path = join(folder, file);
          const { directives, expected } = parseExpect(path.replace(/\.json$/, '.expect'));
          if (directives.size > 0) throw new Error(`${path}: operation fixtures take no directives (they are in the cli shape)`);
          out.push({ name: relative(FIXTURES, path), operation, kind, valid: validity === 'valid', document: readJson(path), shape: 'cli', expected });
        }
      }
    }
  }
  return out;
}
