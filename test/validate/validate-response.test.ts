import { describe, expect, it } from 'vitest';
import { validateStartImportResponse } from '../../src/index.js';

const request = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
    },
  },
  StartEventTime: new Date('2024-01-01T00:00:00.123Z'),
  EndEventTime: new Date('2024-02-01T00:00:00Z'),
};
const sdkResponse = {
  ...request,
  ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  ImportStatus: 'INITIALIZING',
  CreatedTimestamp: new Date('2024-11-24T10:00:00Z'),
  UpdatedTimestamp: new Date('2024-11-24T10:00:00Z'),
};

describe('validateStartImportResponse', () => {
  it('accepts the SDK output of a new import that echoes its request', () => {
    expect(validateStartImportResponse(sdkResponse, { request })).toEqual({ valid: true, kind: 'response', violations: [] });
  });

  it('compares the echo in the wire shape, whatever shape each side is in', () => {
    const wireResponse = { ...sdkResponse, StartEventTime: 1704067200.123, EndEventTime: 1706745600, CreatedTimestamp: 1, UpdatedTimestamp: 2 };
    expect(validateStartImportResponse(wireResponse, { request, shape: 'wire' }).violations).toEqual([]);
  });

  it("rejects a retry's response that carries another ImportId", () => {
    const result = validateStartImportResponse(sdkResponse, { request: { ImportId: '00000000-1c3d-4e5f-8a9b-0c1d2e3f4a5b' } });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['response-mismatch-request /ImportId']);
  });

  it('reads SDK output by default: rejects ISO-string timestamps, which no SDK output holds', () => {
    const stamps = { CreatedTimestamp: '2024-11-24T10:00:00Z', UpdatedTimestamp: '2024-11-24T10:00:00Z' };
    const result = validateStartImportResponse({ ImportId: sdkResponse.ImportId, ImportStatus: 'COMPLETED', ...stamps });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['timestamp-invalid /CreatedTimestamp', 'timestamp-invalid /UpdatedTimestamp']);
  });

  it('makes no echo check without a request', () => {
    expect(validateStartImportResponse({ ...sdkResponse, ImportStatus: 'COMPLETED', Destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'] }).violations).toEqual([]);
  });

  it('applies the request value checks to the echoed members', () => {
    const result = validateStartImportResponse({ ...sdkResponse, Destinations: ['arn:aws:s3:::bucket'], ImportSource: {} });
    expect(result.violations.map((v) => v.code)).toEqual(['destination-not-event-data-store', 'import-source-missing-s3']);
  });
});

describe('validateStartImportResponse: the echo of a member of the wrong type', () => {
  const wireRequest = { ...request, StartEventTime: 1704067200.123, EndEventTime: 1706745600 };
  const wireResponse = { ...wireRequest, ImportId: sdkResponse.ImportId, ImportStatus: 'INITIALIZING', CreatedTimestamp: 1, UpdatedTimestamp: 2 };
  const s3 = request.ImportSource.S3;
  // Each echoed member answered with a value of the wrong type, at it or below it: what the type checks report there.
  const mistyped: readonly [string, Record<string, unknown>, string][] = [
    ['Destinations', { Destinations: 'arn' }, 'type-mismatch /Destinations'],
    ['a destination', { Destinations: [7] }, 'type-mismatch /Destinations/0'],
    ['ImportSource', { ImportSource: [] }, 'type-mismatch /ImportSource'],
    ['ImportSource.S3', { ImportSource: { S3: 'x' } }, 'type-mismatch /ImportSource/S3'],
    ['an S3 member', { ImportSource: { S3: { ...s3, S3BucketRegion: 1 } } }, 'type-mismatch /ImportSource/S3/S3BucketRegion'],
    ['StartEventTime', { StartEventTime: true }, 'timestamp-invalid /StartEventTime'],
    ['EndEventTime', { EndEventTime: null }, 'timestamp-invalid /EndEventTime'],
  ];

  it.each(mistyped)('reports %s of the wrong type by its type check alone, not as a mismatch', (_name, change, expected) => {
    const result = validateStartImportResponse({ ...wireResponse, ...change }, { request: wireRequest, shape: 'wire' });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual([expected]);
  });

  it("reports a retry's ImportId of the wrong type by type-mismatch alone", () => {
    const result = validateStartImportResponse({ ...wireResponse, ImportId: 42 }, { request: { ImportId: sdkResponse.ImportId }, shape: 'wire' });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['type-mismatch /ImportId']);
  });

  it('still reports an echoed member left out, or of the right type and another value', () => {
    const withoutStart: Record<string, unknown> = { ...wireResponse };
    delete withoutStart['StartEventTime'];
    expect(validateStartImportResponse(withoutStart, { request: wireRequest, shape: 'wire' }).violations.map((v) => `${v.code} ${v.path}`)).toEqual([
      'response-mismatch-request /StartEventTime',
    ]);
    const other = { ...wireResponse, ImportSource: { S3: { ...s3, S3BucketRegion: 'us-east-2' } } };
    expect(validateStartImportResponse(other, { request: wireRequest, shape: 'wire' }).violations.map((v) => `${v.code} ${v.path}`)).toContain(
      'response-mismatch-request /ImportSource',
    );
  });
});

describe('validateStartImportResponse on what the SDK returns', () => {
  it('ignores the $metadata the SDK adds to every output, and reads such an output as the sdk shape', () => {
    const output = { ...sdkResponse, $metadata: { httpStatusCode: 200, requestId: 'a1b2', attempts: 1, totalRetryDelay: 0 } };
    expect(validateStartImportResponse(output, { request })).toEqual({ valid: true, kind: 'response', violations: [] });
    // No Date in it: $metadata alone marks it as the SDK's.
    const withoutDates = { ImportId: sdkResponse.ImportId, ImportStatus: 'COMPLETED', $metadata: output.$metadata };
    expect(validateStartImportResponse(withoutDates).violations).toEqual([]);
  });

  it('reports $metadata in the wire shape, where no SDK put it', () => {
    const result = validateStartImportResponse({ ImportId: sdkResponse.ImportId, $metadata: {} }, { shape: 'wire' });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['unknown-member /$metadata']);
  });

  it('reports an ImportStatus of the wrong type as type-mismatch alone', () => {
    const result = validateStartImportResponse({ ImportId: sdkResponse.ImportId, ImportStatus: 3 }, { shape: 'wire' });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['type-mismatch /ImportStatus']);
  });
});
