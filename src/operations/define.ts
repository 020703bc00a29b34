/**
 * An operation's contracts (input and output), compiled from its generated model and its semantic
 * checks when the operation is first validated (`contractsOf` in validate-import.ts).
 */
import type { ImportOperation } from '../contract/operations.js';
import type { SemanticCheck } from '../core/check.js';
import { compileOperation, type OperationContracts } from '../core/contract.js';
import type { Decoded } from '../core/structural.js';
import { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';
import { SHAPE_CODES } from './codes.js';

export type { OperationContracts } from '../core/contract.js';

/** An operation's contracts, compiled when called (once: validate-import.ts keeps what it returns). */
export type OperationDefinition = () => OperationContracts;

/** The contracts of `operation` from the model, with the semantic checks of its input and output, compiled when called. */
export function defineOperation(
  operation: ImportOperation,
  semantic: { readonly request: readonly SemanticCheck<Decoded>[]; readonly response: readonly SemanticCheck<Decoded>[] },
): OperationDefinition {
  return () => compileOperation(CLOUDTRAIL_MODEL, operation, SHAPE_CODES, semantic);
}
