import fc from 'fast-check';
import { importRequest } from '../arbitraries/import-request.js';
import { invalidImportRequest } from '../arbitraries/invalid-import-request.js';
import { invalidStartImportRequest } from '../arbitraries/invalid-start-import-request.js';
import { startImportRequest } from '../arbitraries/start-import-request.js';
import type { SampleCommand } from './args.js';
import type { CliIo } from './io.js';

/** What `sample` draws from: requests, or `{ request, expected }` labels; throws when `--invalid` names a code no mutation makes. */
function arbitraryOf(command: SampleCommand, now: Date | undefined): fc.Arbitrary<unknown> {
  const { operation, invalid, kind, shape } = command;
  if (operation !== 'StartImport') {
    if (invalid === undefined) return importRequest(operation, { shape });
    return invalidImportRequest(operation, { code: invalid, shape }).map(({ value, code }) => ({ request: value, expected: code }));
  }
  if (invalid === undefined) return startImportRequest({ kind, shape });
  return invalidStartImportRequest({ codes: [invalid], shape, ...(now === undefined ? {} : { now }) }).map(({ request, expected }) => ({ request, expected }));
}

/**
 * Runs `sample`: prints `command.count` generated values, one JSON document per line, and
 * returns the exit code (2 when `--invalid` names a request code that cannot be generated).
 * This module alone loads fast-check, so `check` and `rules` run without it installed.
 */
export function runSample(command: SampleCommand, io: CliIo): { readonly code: 0 } | { readonly code: 2; readonly message: string } {
  let arbitrary: fc.Arbitrary<unknown>;
  try {
    arbitrary = arbitraryOf(command, command.now ?? io.now?.());
  } catch (error) {
    return { code: 2, message: `--invalid ${command.invalid ?? ''}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const values = fc.sample(arbitrary, command.seed === undefined ? { numRuns: command.count } : { numRuns: command.count, seed: command.seed });
  io.stdout.write(values.map((value) => `${JSON.stringify(value)}\n`).join(''));
  return { code: 0 };
}
