import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkImportRolePolicies, formatRoleViolations, type ImportRolePolicies } from '../role/index.js';
import { plural, type CliIo } from './io.js';
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

const OPTIONS = ['request', 'trust', 'permissions', 'bucket-policy', 'kms-policy', 'format'] as const;
type Option = (typeof OPTIONS)[number];

function isOption(name: string): name is Option {
  return (OPTIONS as readonly string[]).includes(name);
}

/** Reads the arguments after `check-role`: the command, `'help'`, or what is wrong with them. */
export function parseCheckRoleArgs(argv: readonly string[]): CheckRoleCommand | 'help' | { readonly usageError: string } {
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) return { usageError: `check-role takes no PATH (got '${arg}'): name the files with --request, --trust and --permissions` };
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (!isOption(name)) return { usageError: `unknown check-role option '--${name}'` };
    const value = equals === -1 ? argv[i + 1] : arg.slice(equals + 1);
    if (value === undefined) return { usageError: `--${name} needs a value` };
    if (equals === -1) i += 1;
    values[name] = value;
  }
  const { request, trust, permissions, format = 'text' } = values;
  const missing = (['request', 'trust', 'permissions'] as const).filter((name) => values[name] === undefined);
  if (request === undefined || trust === undefined || permissions === undefined) return { usageError: `check-role needs ${missing.map((m) => `--${m} FILE`).join(', ')}` };
  if (format !== 'text' && format !== 'json') return { usageError: `--format must be one of text, json (got '${format}')` };
  return { request, trust, permissions, bucketPolicy: values['bucket-policy'], kmsPolicy: values['kms-policy'], format };
}

/** A file's text, or the line naming it and why it cannot be read. */
async function readText(path: string, io: CliIo): Promise<{ readonly text: string } | { readonly problem: string }> {
  try {
    return { text: await readFile(resolve(io.cwd, path), 'utf8') };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : 'cannot be read';
    return { problem: `${path}: ${why}` };
  }
}

/** The files read: the request parsed (it must be JSON), the policies as text (their JSON is checked as a policy). */
async function readDocuments(command: CheckRoleCommand, io: CliIo): Promise<ImportRolePolicies | { readonly problems: readonly string[] }> {
  const paths = [command.request, command.trust, command.permissions, command.bucketPolicy, command.kmsPolicy];
  const texts = await Promise.all(paths.map((path) => (path === undefined ? Promise.resolve(undefined) : readText(path, io))));
  const problems = texts.flatMap((read) => (read !== undefined && 'problem' in read ? [read.problem] : []));
  const text = (i: number): string | undefined => {
    const read = texts[i];
    return read !== undefined && 'text' in read ? read.text : undefined;
  };
  let request: unknown;
  const requestText = text(0);
  if (requestText !== undefined) {
    try {
      request = JSON.parse(requestText) as unknown;
    } catch (error) {
      problems.push(`${command.request}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (problems.length > 0) return { problems };
  const bucketPolicy = text(3);
  const kmsKeyPolicy = text(4);
  return {
    request,
    trustPolicy: text(1),
    permissionsPolicy: text(2),
    ...(bucketPolicy === undefined ? {} : { bucketPolicy }),
    ...(kmsKeyPolicy === undefined ? {} : { kmsKeyPolicy }),
  };
}

/**
 * Runs `check-role` on the arguments after it: 0 when the role's policies have no error, 1 when
 * they have one, 2 for bad usage or a file that cannot be read (named on stderr).
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
    for (const problem of documents.problems) io.stderr.write(`${problem}\n`);
    return 2;
  }
  const result = checkImportRolePolicies(documents);
  if (parsed.format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const errors = result.violations.filter((v) => v.severity === 'error').length;
    const summary = `checked the import role policies for ${parsed.request}: ${result.valid ? 'valid' : 'invalid'}, ${plural(errors, 'error')}, ${plural(result.violations.length - errors, 'warning')}`;
    const lines = formatRoleViolations(result.violations);
    io.stdout.write(`${lines === '' ? '' : `${lines}\n`}${summary}\n`);
  }
  return result.valid ? 0 : 1;
}
