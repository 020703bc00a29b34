/**
 * An operation's contracts (input and output), compiled once from its generated model and its
 * semantic checks.
 */
import type { ImportOperation } from '../contract/operations.js';
import type { Check } from '../core/check.js';
import { compileContract, type OperationContract } from '../core/contract.js';
import type { Decoded } from '../core/structural.js';
import { CLOUDTRAIL_MODEL } from '../generated/cloudtrail-model.js';
import { SHAPE_CODES } from './codes.js';

/** An operation's input and output contracts. */
export interface OperationContracts {
  readonly request: OperationContract;
  readonly response: OperationContract;
}

/** Compiles the contracts of `operation` from the model, with the semantic checks of its input and output. */
export function defineOperation(
  operation: ImportOperation,
  semantic: { readonly request: readonly Check<Decoded>[]; readonly response: readonly Check<Decoded>[] },
): OperationContracts {
  const { input, output } = CLOUDTRAIL_MODEL.operations[operation];
  const { shapes } = CLOUDTRAIL_MODEL;
  return {
    request: compileContract({ operation, subject: 'request', root: input, shapes }, SHAPE_CODES, semantic.request),
    response: compileContract({ operation, subject: 'response', root: output, shapes }, SHAPE_CODES, semantic.response),
  };
}
