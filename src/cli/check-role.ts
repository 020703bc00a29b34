import { isRecord } from '../contract/record.js';
import { checkImportRolePolicies, checkLogsImportRolePolicies, formatRoleViolations, type RolePolicyCheckResult } from '../role/index.js';
import { COMMAND_LINE_OPTIONS } from './args.js';
import { commandArguments, readArguments, spellings, type OptionSpecs } from './argv.js';
import { label, plural, type CliIo } from './io.js';
import { parseSource } from './parse-json.js';
import { problem, readPath, sourceText, type InputProblem } from './read-inputs.js';
import { problemLine } from './report-text.js';
import { unknownOption } from './unknown-option.js';
import { TOOL_NAME, USAGE_HINT } from './usage.js';

/** The operations whose request passes a role: StartImport (`S3BucketAccessRoleArn`) and CloudWatch Logs CreateImportTask (`importRoleArn`). */
export type RoleOperation = 'StartImport' | 'CreateImportTask';
const ROLE_OPERATIONS: readonly RoleOperation[] = ['StartImport', 'CreateImportTask'];

/**
 * `check-role --request R --trust T --permissions P [--bucket-policy B] [--kms-policy K]
 * [--caller-policy C] [--kms-key-id ARN] [--operation StartImport|CreateImportTask] [--format text|json]`.
 */
export interface CheckRoleCommand {
  readonly request: string;
  readonly trust: string;
  readonly permissions: string;
  readonly bucketPolicy: string | undefined;
  readonly kmsPolicy: string | undefined;
  /** CreateImportTask only: the caller's policy, whose iam:PassRole is checked. */
  readonly callerPolicy: string | undefined;
  /** CreateImportTask only: the source event data store's KmsKeyId (a key ARN; a value, not a file). */
  readonly kmsKeyId: string | undefined;
  /** `undefined`: told by the request (a member `importSourceArn` or `importRoleArn` makes it a CreateImportTask). */
  readonly operation: RoleOperation | undefined;
  readonly format: 'text' | 'json';
}

const OPTIONS: OptionSpecs = {
  request: { type: 'string' },
  trust: { type: 'string' },
  permissions: { type: 'string' },
  'bucket-policy': { type: 'string' },
  'kms-policy': { type: 'string' },
  'caller-policy': { type: 'string' },
  'kms-key-id': { type: 'string' },
  operation: { type: 'string' },
  format: { type: 'string' },
};
type Option = 'request' | 'trust' | 'permissions' | 'bucket-policy' | 'kms-policy' | 'caller-policy' | 'kms-key-id' | 'operation' | 'format';
/** The options naming a document, in the order they are read and reported. */
const DOCUMENTS = ['request', 'trust', 'permissions', 'bucket-policy', 'kms-policy', 'caller-policy'] as const;
/** The options of one operation only. */
const ONLY: Readonly<Record<RoleOperation, readonly Option[]>> = { StartImport: ['bucket-policy'], CreateImportTask: ['caller-policy', 'kms-key-id'] };
const REQUIRED = ['request', 'trust', 'permissions'] as const;
const COMMAND = 'check-role';

/**
 * The arguments of a `check-role` command line without the command word, wherever it stands
 * (options may come before it, as with the other commands); `undefined` when the command is
 * another. The command word is the first argument that is neither an option nor the value of one.
 */
export function checkRoleArguments(argv: readonly string[]): readonly string[] | undefined {
  return commandArguments(argv, COMMAND, { ...COMMAND_LINE_OPTIONS, ...OPTIONS });
}

/** Reads the arguments of `check-role` (without the command word): the command, `'help'`, or what is wrong with them. */
export function parseCheckRoleArgs(argv: readonly string[]): CheckRoleCommand | 'help' | { readonly usageError: string } {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) return 'help';
  const values: Partial<Record<Option, string>> = {};
  for (const arg of readArguments(argv, OPTIONS)) {
    if (arg.kind === 'positional') {
      return { usageError: `check-role takes no PATH (got '${arg.value}'): name the files with --request, --trust and --permissions (- for stdin)` };
    }
    if (arg.spec === undefined) return { usageError: unknownOption(COMMAND, arg.typed, [...spellings(OPTIONS), '--help']) };
    if (arg.value === undefined) return { usageError: `--${arg.name} needs a value` };
    values[arg.name as Option] = arg.value;
  }
  const { request, trust, permissions, operation, format = 'text' } = values;
  const missing = REQUIRED.filter((name) => values[name] === undefined);
  if (request === undefined || trust === undefined || permissions === undefined) return { usageError: `check-role needs ${missing.map((m) => `--${m} FILE`).join(', ')}` };
  if (format !== 'text' && format !== 'json') return { usageError: `--format must be one of text, json (got '${format}')` };
  if (operation !== undefined && !ROLE_OPERATIONS.some((name) => name === operation)) {
    return { usageError: `--operation must be one of ${ROLE_OPERATIONS.join(', ')} for check-role, the operations that pass a role (got '${operation}')` };
  }
  const named = ROLE_OPERATIONS.find((name) => name === operation);
  const misplaced = named === undefined ? undefined : optionsNotFor(named, values);
  if (misplaced !== undefined) return { usageError: misplaced };
  const fromStdin = DOCUMENTS.filter((name) => values[name] === '-');
  if (fromStdin.length > 1) return { usageError: `stdin (-) can be read only once: ${fromStdin.map((name) => `--${name}`).join(' and ')} both name it` };
  const { 'bucket-policy': bucketPolicy, 'kms-policy': kmsPolicy, 'caller-policy': callerPolicy, 'kms-key-id': kmsKeyId } = values;
  return { request, trust, permissions, bucketPolicy, kmsPolicy, callerPolicy, kmsKeyId, operation: named, format };
}

/** The usage error of options given that belong to the other operation, or `undefined`. */
function optionsNotFor(operation: RoleOperation, values: Partial<Record<Option, unknown>>): string | undefined {
  const other = ROLE_OPERATIONS.find((name) => name !== operation) ?? operation;
  const wrong = ONLY[other].filter((name) => values[name] !== undefined);
  if (wrong.length === 0) return undefined;
  return `${wrong.map((name) => `--${name}`).join(' and ')} ${wrong.length === 1 ? 'applies' : 'apply'} to ${other} only, and the request is a ${operation}`;
}

/** The operation the command names, or the one its request is: CreateImportTask's members are camelCase. */
function operationOf(command: CheckRoleCommand, request: unknown): RoleOperation {
  if (command.operation !== undefined) return command.operation;
  return isRecord(request) && (Object.hasOwn(request, 'importSourceArn') || Object.hasOwn(request, 'importRoleArn')) ? 'CreateImportTask' : 'StartImport';
}

/** One document file (or stdin) parsed as strict JSON, or the problem naming it (with line:column for bad JSON). */
async function readDocument(option: string, path: string, io: CliIo): Promise<{ readonly value: unknown } | InputProblem> {
  const [read, ...more] = await readPath(path, io);
  if (read === undefined || more.length > 0 || (read.absolute !== undefined && read.file !== path)) {
    return problem(path, read?.absolute, `is a directory: --${option} takes one JSON file`);
  }
  if (read.type === 'problem') return read;
  const parsed = parseSource(read);
  if ('type' in parsed) return parsed;
  // A policy document goes to the check as its JSON text, as the API takes one, so that a member the
  // file names twice in one object (which JSON.parse hides, keeping the last) is reported; a file
  // holding anything but an object (a document encoded as a JSON string) goes as its value.
  return { value: option !== 'request' && isRecord(parsed.value) ? sourceText(read) : parsed.value };
}

/** Every document read and parsed, by option name, or the problems of those that could not be. */
async function readDocuments(command: CheckRoleCommand, io: CliIo): Promise<ReadonlyMap<string, unknown> | { readonly problems: readonly InputProblem[] }> {
  const paths: Readonly<Record<(typeof DOCUMENTS)[number], string | undefined>> = {
    request: command.request,
    trust: command.trust,
    permissions: command.permissions,
    'bucket-policy': command.bucketPolicy,
    'kms-policy': command.kmsPolicy,
    'caller-policy': command.callerPolicy,
  };
  const values = new Map<string, unknown>();
  const problems: InputProblem[] = [];
  // One at a time, in option order: at most one of them is stdin.
  for (const option of DOCUMENTS) {
    const path = paths[option];
    if (path === undefined) continue;
    const read = await readDocument(option, path, io);
    if ('type' in read) problems.push(read);
    else values.set(option, read.value);
  }
  return problems.length > 0 ? { problems } : values;
}

/** The role check of `operation` on the documents read. */
function checkRole(operation: RoleOperation, values: ReadonlyMap<string, unknown>, command: CheckRoleCommand): RolePolicyCheckResult {
  const common = { request: values.get('request'), trustPolicy: values.get('trust'), permissionsPolicy: values.get('permissions'), kmsKeyPolicy: values.get('kms-policy') };
  if (operation === 'StartImport') return checkImportRolePolicies({ ...common, bucketPolicy: values.get('bucket-policy') });
  return checkLogsImportRolePolicies({ ...common, callerPolicy: values.get('caller-policy'), kmsKeyId: command.kmsKeyId });
}

/**
 * Runs `check-role` on its arguments (the command word taken out, see `checkRoleArguments`): 0
 * when the role's policies have no error, 1 when they have one, 2 for bad usage or a file that
 * cannot be read or is not JSON (named on stderr, with line:column).
 */
export async function runCheckRole(argv: readonly string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseCheckRoleArgs(argv);
  if (parsed === 'help') {
    io.stdout.write(usage);
    return 0;
  }
  if ('usageError' in parsed) {
    io.stderr.write(`${TOOL_NAME}: ${parsed.usageError}\n${USAGE_HINT}\n`);
    return 2;
  }
  const documents = await readDocuments(parsed, io);
  if ('problems' in documents) {
    for (const found of documents.problems) io.stderr.write(`${problemLine(found)}\n`);
    return 2;
  }
  const operation = operationOf(parsed, documents.get('request'));
  const misplaced = optionsNotFor(operation, { 'bucket-policy': parsed.bucketPolicy, 'caller-policy': parsed.callerPolicy, 'kms-key-id': parsed.kmsKeyId });
  if (misplaced !== undefined) {
    io.stderr.write(`${TOOL_NAME}: ${misplaced}\n${USAGE_HINT}\n`);
    return 2;
  }
  const result = checkRole(operation, documents, parsed);
  if (parsed.format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const errors = result.violations.filter((v) => v.severity === 'error').length;
    const what = operation === 'StartImport' ? 'the import role policies' : `the ${operation} import role policies`;
    const summary = `checked ${what} for ${label(parsed.request)}: ${result.valid ? 'valid' : 'invalid'}, ${plural(errors, 'error')}, ${plural(result.violations.length - errors, 'warning')}`;
    const lines = formatRoleViolations(result.violations);
    io.stdout.write(`${lines === '' ? '' : `${lines}\n`}${summary}\n`);
  }
  return result.valid ? 0 : 1;
}
