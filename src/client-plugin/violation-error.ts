import type { ContractOperation } from '../contract/operations.js';
import type { Violation } from '../rules/index.js';

/**
 * Thrown by `importContractPlugin` (with `onViolation: 'throw'`, the default) instead of sending
 * an import command whose input AWS would refuse. Nothing reached the network.
 *
 * @example
 * try {
 *   await client.send(new StartImportCommand(input));
 * } catch (error) {
 *   if (error instanceof ImportContractViolationError) console.error(error.violations.map((v) => v.code));
 *   throw error;
 * }
 *
 * @remarks Since 0.1.0
 */
export class ImportContractViolationError extends Error {
  override readonly name = 'ImportContractViolationError';
  /** The operation whose input was refused, e.g. `'StartImport'` or `'CreateImportTask'`. */
  readonly operation: ContractOperation;
  /**
   * Every catalogue violation of the input (warnings included); at least one is an error, unless
   * the only problems are ones the catalogue has no code for yet (a GetImport without ImportId,
   * a MaxResults out of range, an unknown ImportStatus), which the message alone names.
   */
  readonly violations: readonly Violation[];

  constructor(operation: ContractOperation, message: string, violations: readonly Violation[]) {
    super(message);
    this.operation = operation;
    this.violations = violations;
  }
}
