/**
 * The one place the Logs fake checks an input of the four operations, before anything else: the
 * contract's validator (`validateImportRequest`) at the fake's clock. The fake acts on the decoded
 * value the validation returns (the input is read once); an input with an error violation is
 * refused with InvalidParameterException, its message the violations' messages.
 */
import { validateImportRequest } from '../../operations/index.js';
import type { Violation } from '../../rules/index.js';
import type { FakeClock } from '../types.js';
import { refuseInvalid, type Refusal } from './errors.js';
import type { LogsImportOperation } from './operations.js';
import type { LogsImportInputs } from './types.js';

/** The input of `operation` once valid (in the wire shape), or its refusal. Never throws for any input. */
export function readLogsInput<O extends LogsImportOperation>(
  operation: O,
  input: unknown,
  shape: 'sdk' | 'wire',
  clock: FakeClock,
): { readonly input: LogsImportInputs[O]; readonly warnings: readonly Violation[] } | { readonly refused: Refusal } {
  const { valid, violations, value } = validateImportRequest(operation, input, { shape, now: () => clock.now() });
  // A valid input is a structure whose members have the types LogsImportInputs states (the model's checks say so).
  if (valid && value !== undefined) return { input: value as LogsImportInputs[O], warnings: violations };
  return { refused: refuseInvalid(violations) };
}
