/**
 * `Check.readsClock` is held to what each check does, both ways: a check that does not declare it
 * never reads the clock, whatever it is given (valid inputs and outputs, and inputs broken by every
 * check of the operation), and one that declares it reads it for some of them. What a `now` option
 * applies to (`contractReadsClock`, `check --now`) is derived from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRequest, invalidImportRequest, invalidStartImportResponse, startImportResponse } from '../../src/arbitraries/index.js';
import { modelValue } from '../../src/arbitraries/_internals/model-values.js';
import { CONTRACT_OPERATIONS, type ContractOperation } from '../../src/contract/operations.js';
import type { Check, CheckContext } from '../../src/core/check.js';
import { contractReadsClock, operationContracts, validateImportRequest, validateImportResponse, type CompiledOperation } from '../../src/operations/validate-import.js';
import { REQUEST_CHECKS, RESPONSE_CHECKS, type Violation } from '../../src/rules/index.js';
import { normalise } from '../../src/validate/normalise.js';

const SAMPLES = 150;

/** The checks of one side of an operation, each with the inputs it reads (decoded, or views), from `values`. */
interface Side {
  readonly checks: readonly Check<unknown>[];
  readonly inputs: readonly unknown[];
}

function compiledSide(operation: CompiledOperation, subject: 'request' | 'response'): Side {
  const contract = operationContracts(operation)[subject];
  const validate = subject === 'request' ? validateImportRequest : validateImportResponse;
  const values =
    subject === 'request'
      ? [...fc.sample(importRequest(operation, { shape: 'wire' }), SAMPLES), ...fc.sample(invalidImportRequest(operation, { shape: 'wire' }), SAMPLES).map(({ value }) => value)]
      : fc.sample(modelValue(contract.shapes, contract.root, { complete: true }), SAMPLES);
  const inputs = values.map((value) => validate(operation, value, { shape: 'wire' }).value).filter((input) => input !== undefined);
  return { checks: contract.checks, inputs };
}

function startImportSide(subject: 'request' | 'response'): Side {
  const values =
    subject === 'request'
      ? [...fc.sample(importRequest('StartImport'), SAMPLES), ...fc.sample(invalidImportRequest('StartImport'), SAMPLES).map(({ value }) => value)]
      : [...fc.sample(startImportResponse(), SAMPLES), ...fc.sample(invalidStartImportResponse(), SAMPLES).map(({ response }) => response)];
  const views = values.map((value) => normalise(value, 'sdk', subject)).flatMap((read) => ('view' in read ? [read.view] : []));
  return { checks: (subject === 'request' ? REQUEST_CHECKS : RESPONSE_CHECKS), inputs: views };
}

const sideOf = (operation: ContractOperation, subject: 'request' | 'response'): Side =>
  operation === 'StartImport' ? startImportSide(subject) : compiledSide(operation, subject);

describe.each(CONTRACT_OPERATIONS)('%s', (operation) => {
  it.each(['request', 'response'] as const)('each %s check reads the clock exactly when it says it may', (subject) => {
    const { checks, inputs } = sideOf(operation, subject);
    expect(inputs.length).toBeGreaterThan(SAMPLES / 2);
    for (const check of checks) {
      let reads = 0;
      const context: CheckContext = {
        now: () => {
          reads += 1;
          return Date.UTC(2026, 0, 1) / 1000;
        },
      };
      const out: Violation[] = [];
      for (const input of inputs) check.run(input, context, out);
      expect({ code: check.row.code, readsClock: reads > 0 }).toEqual({ code: check.row.code, readsClock: check.readsClock === true });
    }
    expect(contractReadsClock(operation, subject)).toBe(checks.some((check) => check.readsClock === true));
  });
});

it('a now option matters to the requests of StartImport and CreateImportTask alone', () => {
  expect(CONTRACT_OPERATIONS.filter((operation) => contractReadsClock(operation, 'request'))).toEqual(['StartImport', 'CreateImportTask']);
  expect(CONTRACT_OPERATIONS.filter((operation) => contractReadsClock(operation, 'response'))).toEqual([]);
});
