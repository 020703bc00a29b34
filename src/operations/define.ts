/**
 * An operation's contracts (input and output), compiled once from its generated model and its
 * semantic checks.
 */
import type { ImportOperation } from '../contract/operations.js';
import type { SemanticCheck } from '../core/check.js';
import { compileOperation, type OperationContracts } from '../core/contract.js';
import type { Decoded } from '../core/structural.js';
import { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';
import { SHAPE_CODES } from './codes.js';

export type { OperationContracts } from '../core/contract.js';

/** Compiles the contracts of `operation` from the model, with the semantic checks of its input and output. */
export function defineOperation(
  operation: ImportOperation,
  semantic: { readonly request: readonly SemanticCheck<Decoded>[]; readonly response: readonly SemanticCheck<Decoded>[] },
): OperationContracts {
  return compileOperation(CLOUDTRAIL_MODEL, operation, SHAPE_CODES, semantic);
}
