import { CONTRACT_OPERATIONS, type ContractOperation, type ContractService } from '../contract/operations.js';
import { parseIso8601 } from '../contract/timestamps.js';
import { ruleCatalogue, subjectsOn, type Subject, type ViolationCode } from '../rules/index.js';
import { isHttpStatus } from '../validate/validate-error.js';
import { WIRE_SERVICES } from '../validate/validate-wire.js';
import { readArguments, type OptionSpecs } from './argv.js';
import { didYouMean, unknownOption } from './unknown-option.js';

/** What `check` prints. */
export type CheckFormat = 'text' | 'json' | 'sarif';
/** What `rules` prints. */
export type RulesFormat = 'text' | 'json';
/** The JSON shapes a file can hold: JSON has no Dates, so `sdk` is not one of them. */
export type FileShape = 'cli' | 'wire';

/** `check [options] PATH...`. */
export interface CheckCommand {
  readonly command: 'check';
  readonly format: CheckFormat;
  /** `--kind`: requests, responses, error bodies, or (`wire`) HTTP requests as an endpoint receives them. */
  readonly kind: Subject;
  /** `--operation NAME`: the import operation whose requests or responses the documents are; default StartImport. */
  readonly operation: ContractOperation;
  /**
   * `--service NAME` (`--kind wire` only): the service whose endpoint the HTTP requests are sent to;
   * `undefined` when not given, for each request's `url` to name (CloudTrail when it names neither's endpoint).
   */
  readonly service: ContractService | undefined;
  readonly shape: FileShape;
  /** `--request FILE` (responses only): the request the responses answer. */
  readonly request: string | undefined;
  /** `--status N` (errors only): the HTTP status the errors were answered with. */
  readonly status: number | undefined;
  /**
   * `--policy FILE`: the organisation policy requests are checked against; `false` for
   * `--no-policy`; `undefined` to use `cloudtrail-import-policy.json` from the working folder upward.
   */
  readonly policy: string | false | undefined;
  /** `--now T` (requests only): "now" for `time-range-in-future`; default the system clock. */
  readonly now: Date | undefined;
  /** `--lines`: every PATH (and stdin) holds JSON Lines, a document per line; a file named `*.jsonl` or `*.ndjson` does without it. */
  readonly lines: boolean;
  readonly paths: readonly string[];
}

/** `rules [--format text|json]`. */
export interface RulesCommand {
  readonly command: 'rules';
  readonly format: RulesFormat;
}

/** `sample [--operation NAME] [--kind new|retry|any] [--invalid CODE] [-n N] [--seed S] [--shape cli|wire] [--now T]`. */
export interface SampleCommand {
  readonly command: 'sample';
  /** `--operation NAME`: whose requests (default StartImport). */
  readonly operation: ContractOperation;
  /** `--kind` (StartImport only): new imports, retries or both. */
  readonly kind: 'new' | 'retry' | 'any';
  /** `--invalid CODE`: labelled invalid requests carrying this code instead of valid ones. */
  readonly invalid: ViolationCode | undefined;
  readonly count: number;
  /** `--seed S`: the same seed prints the same lines; default a random one. */
  readonly seed: number | undefined;
  readonly shape: FileShape;
  /** `--now T`: the "now" invalid requests are made against; with `--seed`, the same lines on every run. Default the system clock. */
  readonly now: Date | undefined;
}

/** A command line read into what to do, or why it cannot be. */
export type Invocation =
  | CheckCommand
  | RulesCommand
  | SampleCommand
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'usage-error'; readonly message: string };

const VALUE_OPTIONS = ['format', 'kind', 'shape', 'request', 'status', 'invalid', 'count', 'seed', 'policy', 'now', 'operation', 'service'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** The options of check, rules and sample, for `readArguments`: `-n N` is `--count N`. */
export const COMMAND_LINE_OPTIONS: OptionSpecs = {
  ...Object.fromEntries(VALUE_OPTIONS.map((name) => [name, { type: 'string' } as const])),
  count: { type: 'string', short: 'n' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  'no-policy': { type: 'boolean' },
  lines: { type: 'boolean' },
};
type Values = Partial<Record<ValueOption, string>>;

/** The options of check that take no value. */
const CHECK_SWITCHES = ['--no-policy', '--lines'] as const;
type CheckSwitch = (typeof CHECK_SWITCHES)[number];

function isCheckSwitch(typed: string): typed is CheckSwitch {
  return (CHECK_SWITCHES as readonly string[]).includes(typed);
}

/** The command line split into options and positionals. */
interface Parsed {
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** The switches of check given (`--no-policy`, `--lines`), as typed. */
  readonly switches: ReadonlySet<CheckSwitch>;
  /** The first option no command knows, as typed (without `=VALUE`). */
  readonly unknown: string | undefined;
}

/** The options of each command, as typed: an unknown one is compared with these. */
const COMMAND_OPTIONS = {
  check: ['--format', '--kind', '--operation', '--service', '--shape', '--request', '--status', '--policy', '--no-policy', '--now', '--lines', '--help', '--version'],
  rules: ['--format', '--help', '--version'],
  sample: ['--operation', '--kind', '--invalid', '--count', '-n', '--seed', '--shape', '--now', '--help', '--version'],
} as const;
type CommandWord = keyof typeof COMMAND_OPTIONS;

function isCommandWord(word: string): word is CommandWord {
  return Object.hasOwn(COMMAND_OPTIONS, word);
}

/** The usage error for the unknown option `typed`, worded for the command given (the first command word among the PATHs). */
function unknownOptionError(typed: string, positionals: readonly string[]): UsageError {
  const command = positionals.find(isCommandWord);
  const options = command === undefined ? [...new Set(Object.values(COMMAND_OPTIONS).flat())] : COMMAND_OPTIONS[command];
  return new UsageError(unknownOption(command, typed, options));
}

/** Thrown while reading the arguments; becomes a `usage-error` invocation. */
class UsageError extends Error {}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got '${value}')`);
  return found;
}

/** An option as users type it in messages. */
function flag(option: ValueOption): string {
  return option === 'count' ? '-n' : `--${option}`;
}

function onlyFor(values: Values, options: readonly ValueOption[], where: string): void {
  const stray = options.find((option) => values[option] !== undefined);
  if (stray !== undefined) throw new UsageError(`${flag(stray)} does not apply to ${where}`);
}

function httpStatus(value: string): number {
  const status = /^\d{3}$/.test(value) ? Number(value) : Number.NaN;
  if (!isHttpStatus(status)) throw new UsageError(`--status must be an HTTP status code from 100 to 599 (got '${value}')`);
  return status;
}

/** `--now`: an ISO-8601 date-time (a date alone is its midnight UTC) or epoch seconds, as the cli shape writes timestamps. */
function instant(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const seconds = /^-?\d{1,12}(\.\d{1,9})?$/.test(value) ? Number(value) : parseIso8601(value);
  const date = seconds === undefined ? undefined : new Date(Math.round(seconds * 1000));
  if (date === undefined || !Number.isFinite(date.getTime())) {
    throw new UsageError(`--now must be an ISO-8601 date-time (2026-01-01T00:00:00Z) or epoch seconds (1767225600) (got '${value}')`);
  }
  return date;
}

/** `--operation NAME`: one of the operations of the contract (CloudTrail's and CloudWatch Logs'), with the nearest one offered for a slip of the keyboard. */
function operation(value: string | undefined): ContractOperation {
  if (value === undefined) return 'StartImport';
  const found = CONTRACT_OPERATIONS.find((name) => name === value);
  if (found !== undefined) return found;
  throw new UsageError(`--operation must be one of ${CONTRACT_OPERATIONS.join(', ')} (got '${value}')${didYouMean(value, CONTRACT_OPERATIONS)}`);
}

function checkCommand(values: Values, paths: readonly string[], switches: ReadonlySet<CheckSwitch>): CheckCommand {
  const noPolicy = switches.has('--no-policy');
  onlyFor(values, ['invalid', 'count', 'seed'], 'check (only to sample)');
  const kind = oneOf('kind', values.kind, ['request', 'response', 'error', 'wire'], 'request');
  // An HTTP request names its operation in its X-Amz-Target, and its body is JSON in the wire shape: --operation and
  // --shape have nothing to choose; --request and --status belong to other kinds (--now and --policy apply to the body).
  if (kind === 'wire') onlyFor(values, ['operation', 'shape', 'request', 'status'], '--kind wire (the X-Amz-Target names the operation, and its body is JSON in the wire shape)');
  else onlyFor(values, ['service'], `--kind ${kind} (only to --kind wire)`);
  if (kind === 'wire' && values.service === 'CloudWatchLogs') onlyFor(values, ['policy'], '--service CloudWatchLogs (a policy is of StartImport requests)');
  const named = operation(values.operation);
  if (named !== 'StartImport') onlyFor(values, ['request', 'policy'], `--operation ${named} (only to StartImport)`);
  // --now is "now" for any operation's requests, as validateImportRequest takes it for any: one loop over
  // the operations passes it to each. Only StartImport's and CreateImportTask's checks read it (contractReadsClock);
  // for the others the report is what it is at any "now", so nothing passes for the wrong reason.
  if (kind !== 'response') onlyFor(values, ['request'], `--kind ${kind} (only to --kind response)`);
  if (kind !== 'error') onlyFor(values, ['status'], `--kind ${kind} (only to --kind error)`);
  if (kind === 'error') onlyFor(values, ['shape'], '--kind error (an error body has no timestamps)');
  // A wire request's body is an input: its checks may read the clock, and a StartImport body meets the policy.
  if (kind !== 'request' && kind !== 'wire') onlyFor(values, ['policy', 'now'], `--kind ${kind} (only to --kind request and wire)`);
  if (noPolicy && values.policy !== undefined) throw new UsageError('--policy and --no-policy cannot be given together');
  // Each option's value is read before the PATHs are counted: `--status FILE` names the value it took, not a missing PATH.
  const format = oneOf('format', values.format, ['text', 'json', 'sarif'], 'text');
  const service = values.service === undefined ? undefined : oneOf('service', values.service, WIRE_SERVICES, 'CloudTrail');
  const shape = oneOf('shape', values.shape, ['cli', 'wire'], 'cli');
  const status = values.status === undefined ? undefined : httpStatus(values.status);
  const now = instant(values.now);
  if (paths.length === 0) throw new UsageError('check needs at least one PATH (a JSON file, a directory, or - for stdin)');
  // An empty argument (an unset shell variable) would name the working folder without saying so.
  if (paths.includes('')) throw new UsageError('a PATH must not be empty (. names the working folder)');
  const stdinUses = paths.filter((path) => path === '-').length + (values.request === '-' ? 1 : 0);
  if (stdinUses > 1) throw new UsageError('stdin (-) can be read only once');
  return {
    command: 'check',
    format,
    kind,
    operation: named,
    service,
    shape,
    request: values.request,
    status,
    policy: noPolicy ? false : values.policy,
    now,
    lines: switches.has('--lines'),
    paths,
  };
}

function rulesCommand(values: Values, rest: readonly string[]): RulesCommand {
  onlyFor(values, ['request', 'status', 'policy', 'operation', 'service'], 'rules (only to check)');
  onlyFor(values, ['invalid', 'count', 'seed'], 'rules (only to sample)');
  onlyFor(values, ['kind', 'shape', 'now'], 'rules (only to check and sample)');
  if (rest.length > 0) throw new UsageError(`rules takes no PATH (got '${rest.join(' ')}')`);
  return { command: 'rules', format: oneOf('format', values.format, ['text', 'json'], 'text') };
}

const MAX_COUNT = 100_000;

function count(value: string | undefined): number {
  if (value === undefined) return 10;
  const n = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_COUNT)) throw new UsageError(`-n must be a whole number from 1 to ${MAX_COUNT} (got '${value}')`);
  return n;
}

// fast-check seeds are 32-bit integers; it prints them in this range.
function seed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= -(2 ** 31) && n < 2 ** 31)) throw new UsageError(`--seed must be a whole number from ${-(2 ** 31)} to ${2 ** 31 - 1} (got '${value}')`);
  return n;
}

function requestCode(value: string, operation: ContractOperation): ViolationCode {
  const entry = ruleCatalogue.find((candidate) => candidate.code === value);
  if (entry === undefined) throw new UsageError(`--invalid: unknown code '${value}' (run 'rules' for the list)${didYouMean(value, ruleCatalogue.map((candidate) => candidate.code))}`);
  const subjects = subjectsOn(entry, operation);
  if (subjects.length === 0) {
    const on = CONTRACT_OPERATIONS.filter((other) => subjectsOn(entry, other).length > 0);
    throw new UsageError(`--invalid takes a ${operation} request code: '${value}' is checked on ${on.join(', ')} only${operation === 'StartImport' ? ' (choose one with --operation)' : ''}`);
  }
  if (!subjects.includes('request')) throw new UsageError(`--invalid takes a request code: '${value}' is not checked on ${operation === 'StartImport' ? '' : `${operation} `}requests`);
  return entry.code;
}

function sampleCommand(values: Values, rest: readonly string[]): SampleCommand {
  onlyFor(values, ['format', 'request', 'status', 'policy', 'service'], 'sample (only to check)');
  const named = operation(values.operation);
  if (named !== 'StartImport') onlyFor(values, ['kind'], `--operation ${named} (only to StartImport, whose requests are new imports or retries)`);
  if (values.invalid !== undefined) onlyFor(values, ['kind'], '--invalid (an invalid request has no kind to choose)');
  if (rest.length > 0) throw new UsageError(`sample takes no PATH (got '${rest.join(' ')}')`);
  const now = instant(values.now);
  // The valid requests are made against no clock: a --now there would change nothing of what is printed.
  if (values.invalid === undefined) onlyFor(values, ['now'], 'sample without --invalid (only to --invalid CODE: the valid requests read no clock)');
  // Only StartImport's invalid requests are made against "now" (time-range-in-future); the other operations' mistakes read no clock.
  if (named !== 'StartImport') onlyFor(values, ['now'], `sample --operation ${named} (only to StartImport's invalid requests, made against "now")`);
  return {
    command: 'sample',
    operation: named,
    kind: oneOf('kind', values.kind, ['new', 'retry', 'any'], 'any'),
    invalid: values.invalid === undefined ? undefined : requestCode(values.invalid, named),
    count: count(values.count),
    seed: seed(values.seed),
    shape: oneOf('shape', values.shape, ['cli', 'wire'], 'cli'),
    now,
  };
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/**
 * Splits the arguments (`readArguments`): `--name VALUE` and `--name=VALUE` (the last one given
 * wins), `-n VALUE`, `-h`, `-` as a PATH (stdin), and everything after `--` as PATHs.
 */
function split(argv: readonly string[]): Parsed {
  const values: Values = {};
  const positionals: string[] = [];
  let help = false;
  let version = false;
  const switches = new Set<CheckSwitch>();
  let unknown: string | undefined;
  for (const arg of readArguments(argv, COMMAND_LINE_OPTIONS)) {
    if (arg.kind === 'positional') {
      positionals.push(arg.value);
      continue;
    }
    const { name, typed, value } = arg;
    if (arg.spec?.type === 'boolean') {
      const long = `--${name}`;
      if (value !== undefined) throw new UsageError(`${long} takes no value`);
      if (isCheckSwitch(long)) switches.add(long);
      else if (name === 'version') version = true;
      else help = true;
      continue;
    }
    if (!isValueOption(name) || arg.spec === undefined) {
      // Reported once the command is known, so that the nearest of its own options is suggested.
      unknown ??= typed;
      continue;
    }
    if (value === undefined) throw new UsageError(`${flag(name)} needs a value`);
    values[name] = value;
  }
  return { values, positionals, help, version, switches, unknown };
}

/**
 * Reads the command line (without `node` and the script). `--help` and `--version` win over
 * everything else that parses; an argument after `--` is always a PATH.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  try {
    const { values, positionals, help, version, switches, unknown } = split(argv);
    if (help) return { command: 'help' };
    if (version) return { command: 'version' };
    if (unknown !== undefined) throw unknownOptionError(unknown, positionals);
    const [command, ...rest] = positionals;
    if (command === 'check') return checkCommand(values, rest, switches);
    const [stray] = switches;
    if (stray !== undefined && (command === 'rules' || command === 'sample')) throw new UsageError(`${stray} does not apply to ${command} (only to check)`);
    if (command === 'rules') return rulesCommand(values, rest);
    if (command === 'sample') return sampleCommand(values, rest);
    throw new UsageError(command === undefined ? 'missing command: check, check-role, plan, rules or sample' : `unknown command '${command}' (commands: check, check-role, plan, rules, sample)`);
  } catch (error) {
    if (error instanceof UsageError) return { command: 'usage-error', message: error.message };
    throw error;
  }
}
