import { checkImportRolePolicies, formatRoleViolations, type ImportRolePolicies } from '../role/index.js';
import { COMMAND_LINE_OPTIONS } from './args.js';
import { readArguments, spellings, type OptionSpecs } from './argv.js';
import { label, plural, type CliIo } from './io.js';
import { parseSource } from './parse-json.js';
import { problem, readPath, type InputProblem } from './read-inputs.js';
import { problemLine } from './report-text.js';
import { unknownOption } from './unknown-option.js';
import { TOOL_NAME, USAGE_HINT } from './usage.js';

/** `check-role --request R --trust T --permissions P [--bucket-policy B] [--kms-policy K] [--format text|json]`. */
export interface CheckRoleCommand {
  readonly request: string;
  readonly trust: string;
  readonly permissions: string;
  readonly bucketPolicy: string | undefined;
  readonly kmsPolicy: string | undefined;
  readonly format: 'text' | 'json';
}

const OPTIONS: OptionSpecs = {
  request: { type: 'string' },
  trust: { type: 'string' },
  permissions: { type: 'string' },
  'bucket-policy': { type: 'string' },
  'kms-policy': { type: 'string' },
  format: { type: 'string' },
};
type Option = 'request' | 'trust' | 'permissions' | 'bucket-policy' | 'kms-policy' | 'format';
/** The options naming a document, in the order they are read and reported. */
const DOCUMENTS = ['request', 'trust', 'permissions', 'bucket-policy', 'kms-policy'] as const;
const REQUIRED = ['request', 'trust', 'permissions'] as const;
const COMMAND = 'check-role';

/**
 * The arguments of a `check-role` command line without the command word, wherever it stands
 * (options may come before it, as with the other commands); `undefined` when the command is
 * another. The command word is the first argument that is neither an option nor the value of one.
 */
export function checkRoleArguments(argv: readonly string[]): readonly string[] | undefined {
  const first = readArguments(argv, { ...COMMAND_LINE_OPTIONS, ...OPTIONS }).find((arg) => arg.kind === 'positional');
  if (first?.kind !== 'positional' || first.afterTerminator || first.value !== COMMAND) return undefined;
  return [...argv.slice(0, first.index), ...argv.slice(first.index + 1)];
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
  const { request, trust, permissions, format = 'text' } = values;
  const missing = REQUIRED.filter((name) => values[name] === undefined);
  if (request === undefined || trust === undefined || permissions === undefined) return { usageError: `check-role needs ${missing.map((m) => `--${m} FILE`).join(', ')}` };
  if (format !== 'text' && format !== 'json') return { usageError: `--format must be one of text, json (got '${format}')` };
  const fromStdin = DOCUMENTS.filter((name) => values[name] === '-');
  if (fromStdin.length > 1) return { usageError: `stdin (-) can be read only once: ${fromStdin.map((name) => `--${name}`).join(' and ')} both name it` };
  return { request, trust, permissions, bucketPolicy: values['bucket-policy'], kmsPolicy: values['kms-policy'], format };
}

/** One document file (or stdin) parsed as strict JSON, or the problem naming it (with line:column for bad JSON). */
async function readDocument(option: string, path: string, io: CliIo): Promise<{ readonly value: unknown } | InputProblem> {
  const [read, ...more] = await readPath(path, io);
  if (read === undefined || more.length > 0 || (read.absolute !== undefined && read.file !== path)) {
    return problem(path, read?.absolute, `is a directory: --${option} takes one JSON file`);
  }
  if (read.type === 'problem') return read;
  const parsed = parseSource(read);
  return 'type' in parsed ? parsed : { value: parsed.value };
}

/** Every document read and parsed, or the problems of those that could not be. */
async function readDocuments(command: CheckRoleCommand, io: CliIo): Promise<ImportRolePolicies | { readonly problems: readonly InputProblem[] }> {
  const paths: Readonly<Record<(typeof DOCUMENTS)[number], string | undefined>> = {
    request: command.request,
    trust: command.trust,
    permissions: command.permissions,
    'bucket-policy': command.bucketPolicy,
    'kms-policy': command.kmsPolicy,
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
  if (problems.length > 0) return { problems };
  return {
    request: values.get('request'),
    trustPolicy: values.get('trust'),
    permissionsPolicy: values.get('permissions'),
    ...(values.has('bucket-policy') ? { bucketPolicy: values.get('bucket-policy') } : {}),
    ...(values.has('kms-policy') ? { kmsKeyPolicy: values.get('kms-policy') } : {}),
  };
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
  const result = checkImportRolePolicies(documents);
  if (parsed.format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const errors = result.violations.filter((v) => v.severity === 'error').length;
    const summary = `checked the import role policies for ${label(parsed.request)}: ${result.valid ? 'valid' : 'invalid'}, ${plural(errors, 'error')}, ${plural(result.violations.length - errors, 'warning')}`;
    const lines = formatRoleViolations(result.violations);
    io.stdout.write(`${lines === '' ? '' : `${lines}\n`}${summary}\n`);
  }
  return result.valid ? 0 : 1;
}
