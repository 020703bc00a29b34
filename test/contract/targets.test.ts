/** targetsOf and operationOfTarget, the model facts the README's Validator table lists. */
import { describe, expect, it } from 'vitest';
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, operationOfTarget, targetsOf } from '../../src/contract/operations.js';

describe('targetsOf', () => {
  it("gives each CloudTrail import operation's two X-Amz-Target values, which operationOfTarget reads back", () => {
    for (const operation of IMPORT_OPERATIONS) {
      expect(targetsOf(operation)).toEqual([`CloudTrail_20131101.${operation}`, `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.${operation}`]);
      for (const target of targetsOf(operation)) expect(operationOfTarget(target)).toBe(operation);
    }
  });

  it('throws a TypeError naming any other name, rather than crashing or answering undefined', () => {
    // Names a JavaScript caller might pass: a CloudWatch Logs operation, an Object.prototype key, a typo.
    for (const name of [...LOGS_IMPORT_OPERATIONS, 'constructor', '__proto__', 'startImport', undefined]) {
      expect(() => targetsOf(name as never), String(name)).toThrow(new RegExp(`^targetsOf: .+ is not a CloudTrail import operation \\(StartImport, GetImport`));
    }
  });
});
