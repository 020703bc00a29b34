/**
 * validateImportError: an error answered to one operation is checked against that operation's
 * modeled exceptions (from the Smithy model or botocore's extract) and AWS's common errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_OPERATIONS, COMMON_ERRORS, OPERATION_ERRORS, IMPORT_ERRORS, type ContractOperation } from '../../src/contract/operations.js';
import { LOGS_MODEL } from '../../src/generated/logs-model.js';
import { validateImportError, validateImportRequest, validateStartImportError } from '../../src/index.js';

const codes = (operation: ContractOperation, value: unknown, status?: number): string[] =>
  validateImportError(operation, value, status === undefined ? {} : { status }).violations.map((v) => `${v.code} ${v.path}`);

/** Each operation's modeled exceptions with the status it answers each with, read from the generated models. */
function modeled(operation: ContractOperation): [string, number][] {
  if (operation in LOGS_MODEL.operations) {
    const errors = LOGS_MODEL.operations[operation as keyof typeof LOGS_MODEL.operations].errors as readonly (keyof typeof LOGS_MODEL.errors)[];
    return errors.map((name) => [name, LOGS_MODEL.errors[name]]);
  }
  return OPERATION_ERRORS[operation as keyof typeof OPERATION_ERRORS].map((name) => [name, IMPORT_ERRORS[name]]);
}

const ALL_MODELED = [...new Set(CONTRACT_OPERATIONS.flatMap((operation) => modeled(operation).map(([name]) => name)))];

describe('validateImportError', () => {
  it.each(CONTRACT_OPERATIONS)("accepts each exception %s is modeled to answer with, as a body and as an Error, with its own status", (operation) => {
    for (const [name, status] of modeled(operation)) {
      expect(codes(operation, { __type: name, message: 'The request failed.' }, status), name).toEqual([]);
      expect(codes(operation, Object.assign(new Error('failed'), { name, $metadata: { httpStatusCode: status } })), name).toEqual([]);
    }
  });

  it.each(CONTRACT_OPERATIONS)('rejects with error-not-modeled every exception another operation models and %s does not', (operation) => {
    const own = new Set(modeled(operation).map(([name]) => name));
    for (const name of ALL_MODELED.filter((n) => !own.has(n) && !(n in COMMON_ERRORS))) {
      expect(codes(operation, { __type: name }), name).toEqual(['error-not-modeled /__type']);
    }
  });

  it('accepts InvalidNextTokenException from ListImports and ListImportFailures only, naming the operation when it rejects it', () => {
    const token = { __type: 'InvalidNextTokenException', message: 'The token is not valid.' };
    expect(CONTRACT_OPERATIONS.filter((operation) => validateImportError(operation, token).valid)).toEqual(['ListImports', 'ListImportFailures']);
    expect(validateImportError('GetImport', token).violations[0]?.message).toBe(
      "must be one of GetImport's 4 modeled exceptions or AWS's common errors (got 'InvalidNextTokenException')",
    );
  });

  it("reports error-status-mismatch for a CloudWatch Logs exception answered with another status than the model's 400", () => {
    expect(codes('CancelImportTask', { __type: 'ResourceNotFoundException' }, 404)).toEqual(['error-status-mismatch ']);
    expect(codes('CreateImportTask', { __type: 'ConflictException' }, 400)).toEqual([]);
  });

  it("holds a CloudTrail error body's message to CloudTrail's ErrorMessage length, and not a CloudWatch Logs one (its exceptions model no message)", () => {
    expect(codes('GetImport', { __type: 'ImportNotFoundException', message: 'no' }, 404)).toEqual(['error-body-invalid /message']);
    expect(codes('CancelImportTask', { __type: 'ResourceNotFoundException', message: 'no' })).toEqual([]);
    expect(codes('CancelImportTask', { __type: 'ResourceNotFoundException', message: 42 })).toEqual(['error-body-invalid /message']);
    expect(codes('DescribeImportTasks', { message: 'The request failed.' })).toEqual(['error-body-invalid ']);
  });

  it('returns for StartImport exactly what validateStartImportError returns', () => {
    const name = fc.constantFrom(...ALL_MODELED, ...Object.keys(COMMON_ERRORS), 'ValidationException', 'Error');
    const value = fc.oneof(
      fc.record({ __type: name, message: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }),
      name.map((n) => Object.assign(new Error('x'), { name: n })),
      fc.anything(),
    );
    fc.assert(
      fc.property(value, fc.option(fc.constantFrom(400, 403, 404, 500, 503), { nil: undefined }), (error, status) => {
        const options = status === undefined ? {} : { status };
        expect(validateImportError('StartImport', error, options)).toEqual(validateStartImportError(error, options));
      }),
    );
  });

  it.each(['constructor', 'toString', '__proto__', 'Nope', '', 42, undefined])('throws a TypeError naming an operation name that is none (%j), as validateImportRequest does', (name) => {
    const throttled = { __type: 'ThrottlingException', message: 'Rate exceeded' };
    expect(() => validateImportError(name as ContractOperation, throttled)).toThrow(TypeError);
    expect(() => validateImportError(name as ContractOperation, throttled)).toThrow(/^validateImportError: .+ is not an import operation \(StartImport, GetImport, /);
    expect(() => validateImportRequest(name as ContractOperation, {})).toThrow(TypeError);
  });
});
