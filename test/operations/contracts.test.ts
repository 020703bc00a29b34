/**
 * The compiled contracts of the four read operations and the four CloudWatch Logs import-task
 * operations: every check carries the catalogue row of the code it reports, and that row says it
 * is reported for the operation and subject it runs on.
 */
import { describe, expect, it } from 'vitest';
import { operationContracts } from '../../src/operations/index.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import { ruleCatalogue, validateImportError } from '../../src/index.js';

// Reported by the runner (the report's cap) and the decoder (a timestamp it cannot read), not by a check.
const NOT_A_CHECK: ReadonlySet<string> = new Set(['violations-truncated', 'timestamp-invalid']);
// Every operation compiled from its model: all but StartImport, whose checks are src/rules/'s.
const READ_OPERATIONS = CONTRACT_OPERATIONS.filter((operation) => operation !== 'StartImport');

describe('operationContracts', () => {
  it.each(READ_OPERATIONS)('gives every check of %s a catalogue row that lists the operation and subject it checks', (operation) => {
    const contracts = operationContracts(operation);
    for (const subject of ['request', 'response'] as const) {
      for (const check of contracts[subject].checks) {
        expect(ruleCatalogue).toContain(check.row);
        expect(check.operations).toEqual([operation]);
        expect(check.row.operations?.[operation], `${check.row.code} on ${operation} ${subject}`).toContain(subject);
      }
    }
  });

  it('lists in the catalogue only operations and subjects some check reports the code for', () => {
    const reported = new Set(
      READ_OPERATIONS.flatMap((operation) =>
        (['request', 'response'] as const).flatMap((subject) => operationContracts(operation)[subject].checks.map((check) => `${check.row.code} ${operation} ${subject}`)),
      ),
    );
    for (const entry of ruleCatalogue) {
      for (const [operation, subjects] of Object.entries(entry.operations ?? {})) {
        for (const subject of subjects) {
          if (subject !== 'error' && !NOT_A_CHECK.has(entry.code)) expect(reported, `${entry.code} ${operation} ${subject}`).toContain(`${entry.code} ${operation} ${subject}`);
        }
      }
    }
  });

  // Errors are judged by validateImportError, not by compiled checks: each error row it lists an operation in, it reports there.
  it.each(READ_OPERATIONS)('reports for %s every error code the catalogue lists it for', (operation) => {
    const errorCodes = ruleCatalogue.filter((entry) => entry.operations?.[operation]?.includes('error') === true).map((entry) => entry.code);
    const reported = new Set(
      [
        validateImportError(operation, { __type: 'NoSuchThingException', message: 'The request failed.' }),
        validateImportError(operation, { __type: 'ThrottlingException', message: 'Rate exceeded.' }, { status: 404 }),
        validateImportError(operation, { message: 'no type' }),
      ].flatMap((result) => result.violations.map((violation) => violation.code)),
    );
    expect(errorCodes.sort()).toEqual(['error-body-invalid', 'error-not-modeled', 'error-status-mismatch']);
    for (const code of errorCodes) expect(reported, `${code} ${operation}`).toContain(code);
  });
});
