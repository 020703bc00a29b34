import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

// The CHANGELOG documents both as API (`defined`, `policy`, the TypeError for a bad pointer, "no
// longer throws for a value"); the ESLint plugin's partial mode is what a user calls them for.
describe('validatePartialStartImportRequest (root export)', () => {
  it('is exported from the root and keeps only what no unknown value could make wrong', () => {
    const result = root.validatePartialStartImportRequest(
      { ImportSource: { S3: { S3LocationUri: 'https://example.com/logs' } } },
      { unknown: new Set(['/ImportSource/S3/S3BucketRegion', '/ImportSource/S3/S3BucketAccessRoleArn']) },
    );
    expect(result.violations.map((v) => v.code)).toEqual(['new-import-missing-destinations', 's3-location-uri-invalid']);
  });

  it('rejects a pointer that is not a JSON Pointer with a TypeError naming it', () => {
    expect(() => root.validatePartialStartImportRequest({}, { unknown: new Set(['ImportId']) })).toThrow(/^validatePartialStartImportRequest: 'ImportId' is not a JSON Pointer/);
  });
});

describe('validatePartialImportRequest (root export)', () => {
  it('is exported from the root and reports the known part of any operation by name', () => {
    const known = { importFilter: { startEventTime: 1_704_067_200 } };
    const unknown = new Set(['/importSourceArn', '/importRoleArn', '/importFilter/endEventTime']);
    expect(root.validatePartialImportRequest('CreateImportTask', known, { unknown }).violations.map((v) => v.code)).toEqual(['logs-time-in-seconds']);
    expect(root.validatePartialImportRequest('GetImport', {}, {}).violations.map((v) => v.code)).toEqual(['required-member-missing']);
  });
});
