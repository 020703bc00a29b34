import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { readArguments, spellings } from '../../src/cli/argv.js';
import { IMPORT_OPERATIONS } from '../../src/contract/operations.js';

describe('readArguments', () => {
  const options = { format: { type: 'string' }, count: { type: 'string', short: 'n' }, help: { type: 'boolean', short: 'h' } } as const;

  it('reads options in any order with their values, spaced or after =, and short spellings', () => {
    const read = readArguments(['a', '--format', 'json', '-n', '5', '--format=text', 'b'], options);
    expect(read.map((arg) => (arg.kind === 'option' ? `${arg.name}=${String(arg.value)}` : arg.value))).toEqual(['a', 'format=json', 'count=5', 'format=text', 'b']);
  });

  it('takes the next argument as a value whatever it looks like, and none for an unknown option', () => {
    expect(readArguments(['--format', '--help', '--bogus', 'x'], options)).toMatchObject([
      { kind: 'option', name: 'format', value: '--help' },
      { kind: 'option', typed: '--bogus', spec: undefined, value: undefined },
      { kind: 'positional', value: 'x', afterTerminator: false },
    ]);
  });

  it('reads - as a positional and everything after -- as positionals', () => {
    expect(readArguments(['-', '--', '--format', '-n'], options)).toMatchObject([
      { kind: 'positional', value: '-', afterTerminator: false },
      { kind: 'positional', value: '--format', afterTerminator: true },
      { kind: 'positional', value: '-n', afterTerminator: true },
    ]);
  });

  it('leaves a value option at the end without a value, and quotes an unknown option as typed without =VALUE', () => {
    expect(readArguments(['--fromat=json', '--format'], options)).toMatchObject([
      { kind: 'option', typed: '--fromat', spec: undefined },
      { kind: 'option', name: 'format', value: undefined },
    ]);
  });

  it('reads a short option glued to its value (-n5 is -n 5), and a group of short letters as one unknown option, none of whose letters acts', () => {
    expect(readArguments(['-n5'], options)).toMatchObject([{ kind: 'option', name: 'count', value: '5' }]);
    expect(readArguments(['-xy'], options)).toMatchObject([{ kind: 'option', typed: '-xy', spec: undefined, value: undefined }]);
    // A file named -dash.json holds -h: it must not read as --help.
    expect(readArguments(['-dash.json', 'small.json'], options)).toMatchObject([
      { kind: 'option', typed: '-dash.json', spec: undefined, value: undefined },
      { kind: 'positional', value: 'small.json' },
    ]);
    expect(readArguments(['-xn5', '-n', '5'], options)).toMatchObject([
      { kind: 'option', typed: '-xn5', spec: undefined },
      { kind: 'option', name: 'count', value: '5' },
    ]);
  });

  it('spells every option long, and short where it has a letter', () => {
    expect(spellings(options)).toEqual(['--format', '--count', '-n', '--help', '-h']);
  });
});

describe('parseCommandLine: check --operation', () => {
  it('defaults to StartImport', () => {
    expect(parseCommandLine(['check', 'x.json'])).toMatchObject({ command: 'check', operation: 'StartImport' });
  });

  it.each(IMPORT_OPERATIONS)('reads --operation %s, before or after the command', (operation) => {
    expect(parseCommandLine(['check', '--operation', operation, 'x.json'])).toMatchObject({ command: 'check', operation });
    expect(parseCommandLine([`--operation=${operation}`, 'check', 'x.json'])).toMatchObject({ command: 'check', operation });
  });

  it('refuses a name that is not an operation of the contract, listing the nine', () => {
    expect(parseCommandLine(['check', '--operation', 'startimport', 'x.json'])).toEqual({
      command: 'usage-error',
      message: "--operation must be one of StartImport, GetImport, ListImports, StopImport, ListImportFailures, CreateImportTask, DescribeImportTasks, DescribeImportTaskBatches, CancelImportTask (got 'startimport'); did you mean StartImport?",
    });
    expect(parseCommandLine(['check', 'x.json', '--operation'])).toEqual({ command: 'usage-error', message: '--operation needs a value' });
  });

  it('refuses --operation for rules', () => {
    expect(parseCommandLine(['rules', '--operation', 'GetImport'])).toEqual({ command: 'usage-error', message: '--operation does not apply to rules (only to check)' });
  });

  it('reads --operation for sample, StartImport by default, and refuses a name of no operation as check does', () => {
    expect(parseCommandLine(['sample', '--operation', 'GetImport'])).toMatchObject({ command: 'sample', operation: 'GetImport' });
    expect(parseCommandLine(['sample'])).toMatchObject({ command: 'sample', operation: 'StartImport' });
    expect(parseCommandLine(['sample', '--operation', 'getimport'])).toMatchObject({ command: 'usage-error', message: expect.stringContaining("(got 'getimport'); did you mean GetImport?") as unknown });
  });
});

describe('parseCommandLine: an option that took the only PATH as its value', () => {
  // Before: "check needs at least one PATH", which hid the option that swallowed it.
  it.each([
    [['check', '--kind', 'error', '--status', 'err.json'], "--status must be an HTTP status code from 100 to 599 (got 'err.json')"],
    [['check', '--now', 'request.json'], "--now must be an ISO-8601 date-time (2026-01-01T00:00:00Z) or epoch seconds (1767225600) (got 'request.json')"],
    [['check', '--format', 'request.json'], "--format must be one of text, json, sarif (got 'request.json')"],
  ])('names the option and the value it took: %j', (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ command: 'usage-error', message });
  });

  it('still asks for a PATH when every value is good', () => {
    expect(parseCommandLine(['check', '--kind', 'error', '--status', '400'])).toEqual({ command: 'usage-error', message: 'check needs at least one PATH (a JSON file, a directory, or - for stdin)' });
  });
});
