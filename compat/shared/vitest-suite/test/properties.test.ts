// The arbitraries under @fast-check/vitest: every generated request is valid, every invalid one is caught.
import { fc, test } from '@fast-check/vitest';
import { validateStartImportRequest } from 'cloudtrail-import-contract';
import { invalidStartImportRequest, startImportRequest } from 'cloudtrail-import-contract/arbitraries';
import 'cloudtrail-import-contract/vitest';
import { describe, expect } from 'vitest';

describe('cloudtrail-import-contract/arbitraries', () => {
  test.prop([startImportRequest()], { numRuns: 50 })('generates only requests the validator accepts', (request) => {
    expect(validateStartImportRequest(request).valid).toBe(true);
    expect(request).toBeValidStartImportRequest();
  });

  test.prop([invalidStartImportRequest()], { numRuns: 50 })('generates only requests that violate the contract', ({ request }) => {
    expect(request).toViolateStartImportContract();
  });

  test('uses the fast-check the project installed', () => {
    expect(fc.sample(startImportRequest(), 3)).toHaveLength(3);
  });
});
