import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { formatViolations, validateStartImportRequest } from '../../src/validate/index.js';
import { errorOf, newRequest, NOW, outputOf } from '../fake/helpers.js';
import { policyOf } from './support.js';

const EU_ONLY = policyOf({ 'allowed-regions': { regions: ['eu-west-1'] } });
const US_EAST = policyOf({ 'allowed-regions': { regions: ['us-east-1'] } });

describe('createFakeCloudTrailImports with a policy', () => {
  it('rejects a request outside the policy with OperationNotPermittedException and the formatted policy violations', () => {
    const fake = createFakeCloudTrailImports({ now: NOW, policy: EU_ONLY });
    const expected = validateStartImportRequest(newRequest(), { now: NOW, policy: EU_ONLY }).violations;
    expect(expected.length).toBeGreaterThan(0);
    expect(errorOf(fake.handle('StartImport', newRequest()))).toMatchObject({
      name: 'OperationNotPermittedException',
      message: formatViolations(expected),
      violations: expected,
    });
    expect(fake.imports()).toEqual([]);
  });

  it('answers with the configured exception', () => {
    const fake = createFakeCloudTrailImports({ now: NOW, policy: EU_ONLY, policyException: 'InvalidParameterException' });
    expect(errorOf(fake.handle('StartImport', newRequest()))).toMatchObject({ name: 'InvalidParameterException', status: 400 });
  });

  it('starts a request within the policy', () => {
    const fake = createFakeCloudTrailImports({ now: NOW, policy: US_EAST });
    expect(outputOf(fake.handle('StartImport', newRequest()))).toMatchObject({ ImportStatus: 'INITIALIZING' });
  });

  it('rejects a request that also breaks the contract with the contract\'s exception', () => {
    const fake = createFakeCloudTrailImports({ now: NOW, policy: EU_ONLY });
    expect(errorOf(fake.handle('StartImport', { ...newRequest(), Destinations: ['not an arn'] }))).toMatchObject({ name: 'InvalidParameterException' });
  });

  it('lets policy warnings through', () => {
    const fake = createFakeCloudTrailImports({ now: NOW, policy: policyOf({ 'allowed-regions': { regions: ['eu-west-1'], severity: 'warning' } }) });
    expect(outputOf(fake.handle('StartImport', newRequest()))).toMatchObject({ ImportStatus: 'INITIALIZING' });
  });

  it('throws when made with a bad policy or exception', () => {
    expect(() => createFakeCloudTrailImports({ policy: policyOf({ 'max-time-range-days': { days: -1 } }) })).toThrow(/invalid import policy \(policy object\)/);
    expect(() => createFakeCloudTrailImports({ policy: US_EAST, policyException: 'NopeException' as never })).toThrow(TypeError);
  });
});
