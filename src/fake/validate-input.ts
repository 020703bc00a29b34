/**
 * The input of GetImport, ListImports, StopImport and ListImportFailures, read by the contract
 * engine (`validateImportRequest`): the fake acts on the decoded value the validation returns,
 * and refuses an input with an error violation with the exception that violation names.
 */
import type { ImportStatus } from '../contract/model.js';
import { validateImportRequest, type ReadOperation } from '../operations/index.js';
import { refuseInvalid } from './errors.js';
import type { Violation } from '../rules/index.js';
import type { FakeOutcome } from './types.js';

export type { ReadOperation } from '../operations/index.js';

/** An input of one of those operations, once valid. */
export interface ParsedInput {
  readonly ImportId?: string;
  readonly MaxResults?: number;
  readonly Destination?: string;
  readonly ImportStatus?: ImportStatus;
  readonly NextToken?: string;
}

/**
 * Reads the input of `operation` in `shape` (in the sdk shape null and undefined members are
 * absent, as the SDK leaves them out; in the wire shape a null is a value of the wrong type, as
 * the validators and `check --shape wire` read it): its members once valid, or the refusal
 * formatted from its violations (`refuseInvalid`). The input is read once: the fake acts on the
 * decoded copy.
 */
export function readInput(operation: ReadOperation, input: unknown, shape: 'sdk' | 'wire'): { readonly input: ParsedInput; readonly warnings: readonly Violation[] } | { readonly refused: FakeOutcome } {
  const { valid, violations, value } = validateImportRequest(operation, input, { shape });
  // A valid input is a structure whose members have the types ParsedInput states (the model's checks say so).
  if (valid && value !== undefined) return { input: value, warnings: violations };
  return { refused: refuseInvalid(violations) };
}
