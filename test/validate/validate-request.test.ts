import { describe, expect, it, vi } from 'vitest';
import { classifyStartImportRequest, validateStartImportRequest, type Violation } from '../../src/index.js';

const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
};
const sdkRequest = {
  Destinations: [EDS],
  ImportSource: { S3 },
  StartEventTime: new Date('2024-01-01T00:00:00Z'),
  EndEventTime: new Date('2024-02-01T00:00:00Z'),
};

const codes = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.code} ${v.path}`);

describe('validateStartImportRequest', () => {
  it('accepts a new import built with Dates, reading it as the sdk shape', () => {
    expect(validateStartImportRequest(sdkRequest)).toEqual({ valid: true, kind: 'new', violations: [] });
  });

  it('rejects a string StartEventTime in SDK code, which the SDK would send as-is', () => {
    const result = validateStartImportRequest({ ...sdkRequest, StartEventTime: '2024-01-01T00:00:00Z' }, { shape: 'sdk' });
    expect(codes(result.violations)).toEqual(['timestamp-invalid /StartEventTime']);
  });

  // A plain object whose only non-Date timestamps are numbers takes the validator's no-copy path: that path must still read them in the sdk shape.
  it.each([
    ['both bounds numbers', { Destinations: [EDS], ImportSource: { S3 }, StartEventTime: 1704067200, EndEventTime: 1706745600 }, ['timestamp-invalid /EndEventTime', 'timestamp-invalid /StartEventTime']],
    ['one bound a number, no import source', { Destinations: [EDS], StartEventTime: 1704067200 }, ['new-import-missing-import-source /ImportSource', 'time-range-half-open /EndEventTime', 'timestamp-invalid /StartEventTime']],
  ])('rejects epoch-second numbers in SDK code (%s), which must be Dates there', (_name, request, expected) => {
    expect(codes(validateStartImportRequest(request, { shape: 'sdk' }).violations).sort()).toEqual(expected);
  });

  it('rejects an Invalid Date, which the SDK would send as NaN', () => {
    const result = validateStartImportRequest({ ...sdkRequest, EndEventTime: new Date('not a date') });
    expect(result.violations[0]).toMatchObject({ code: 'timestamp-invalid', path: '/EndEventTime', severity: 'error', basis: 'model' });
  });

  it('reads SDK input by default: rejects ISO-string timestamps, which the SDK would send as-is', () => {
    const result = validateStartImportRequest({ ...sdkRequest, StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-02-01T00:00:00Z' });
    expect(codes(result.violations)).toEqual(['timestamp-invalid /StartEventTime', 'timestamp-invalid /EndEventTime']);
  });

  it('rejects a cli time whose UTC offset is past 23:59, instead of shifting the time by it (which made a false time-range-reversed)', () => {
    const request = { ...sdkRequest, StartEventTime: '2024-01-01T00:00:00-99:99', EndEventTime: '2024-01-02T00:00:00Z' };
    expect(codes(validateStartImportRequest(request, { shape: 'cli', now: new Date('2025-06-01T00:00:00Z') }).violations)).toEqual(['timestamp-invalid /StartEventTime']);
  });

  it('reads a value with no Date as the cli shape under auto', () => {
    expect(validateStartImportRequest({ ...sdkRequest, StartEventTime: '2024-01-01', EndEventTime: 1706745600 }, { shape: 'auto' }).valid).toBe(true);
  });

  it('rejects ISO strings in the wire shape', () => {
    const result = validateStartImportRequest({ ...sdkRequest, StartEventTime: '2024-01-01', EndEventTime: 1706745600 }, { shape: 'wire' });
    expect(codes(result.violations)).toEqual(['timestamp-invalid /StartEventTime']);
  });

  it('treats null members as absent in the sdk shape, as the SDK drops them', () => {
    const result = validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', Destinations: null, StartEventTime: null }, { shape: 'sdk' });
    expect(result).toEqual({ valid: true, kind: 'retry', violations: [] });
  });

  it('reports null members as type mismatches in JSON shapes', () => {
    const result = validateStartImportRequest({ ImportId: null }, { shape: 'cli' });
    expect(codes(result.violations)).toEqual(['type-mismatch /ImportId']);
  });

  it('reports a typo and what it loses, independently', () => {
    const result = validateStartImportRequest({ Destination: [EDS], ImportSource: { S3 } });
    expect(codes(result.violations)).toEqual(['unknown-member /Destination', 'new-import-missing-destinations /Destinations']);
    expect(result.violations[0]?.message).toContain("did you mean 'Destinations'?");
  });

  it('still checks a destination that breaks the model pattern against the ARN rules', () => {
    const result = validateStartImportRequest({ ...sdkRequest, Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a b'] });
    expect(codes(result.violations)).toEqual(['destination-pattern /Destinations/0', 'destination-not-event-data-store /Destinations/0']);
  });

  it('applies no other check to a member of the wrong type', () => {
    const result = validateStartImportRequest({ ...sdkRequest, ImportSource: { S3: { ...S3, S3BucketRegion: 1 } } });
    expect(codes(result.violations)).toEqual(['type-mismatch /ImportSource/S3/S3BucketRegion']);
  });

  it('checks bucket name and prefix only when the URI is well-formed', () => {
    const result = validateStartImportRequest({ ...sdkRequest, ImportSource: { S3: { ...S3, S3LocationUri: 'https://My..Bucket/AWSLogs/123456789012/CloudTrail-Digest/' } } });
    expect(codes(result.violations)).toEqual(['s3-location-uri-invalid /ImportSource/S3/S3LocationUri']);
  });

  it('leaves the time range of a retry to retry-with-new-import-params', () => {
    const result = validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', StartEventTime: new Date(2), EndEventTime: new Date(1) });
    expect(result.kind).toBe('ambiguous');
    expect(codes(result.violations)).toEqual(['retry-with-new-import-params /StartEventTime', 'retry-with-new-import-params /EndEventTime']);
  });

  it('reads "now" from an injectable clock', () => {
    const start = new Date('2030-01-01T00:00:00Z');
    const request = { ...sdkRequest, StartEventTime: start, EndEventTime: new Date('2030-02-01T00:00:00Z') };
    expect(codes(validateStartImportRequest(request, { now: new Date('2029-12-31T00:00:00Z') }).violations)).toEqual(['time-range-in-future /StartEventTime']);
    expect(validateStartImportRequest(request, { now: () => new Date('2030-06-01T00:00:00Z') }).violations).toEqual([]);
  });

  it('reads the system clock afresh when a test fakes it, also when it is set back after a real reading', () => {
    const request = { ...sdkRequest, StartEventTime: new Date('2024-06-01T00:00:00Z'), EndEventTime: new Date('2024-07-01T00:00:00Z') };
    // A real reading first: the real clock is past 2024.
    expect(validateStartImportRequest(request).violations).toEqual([]);
    vi.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
    try {
      expect(codes(validateStartImportRequest(request).violations)).toEqual(['time-range-in-future /StartEventTime']);
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      expect(validateStartImportRequest(request).violations).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
    // Back on the real clock, a fake reading from the future is not taken for "now".
    const tomorrow = new Date(Date.now() + 86_400_000);
    const ahead = { ...request, StartEventTime: tomorrow, EndEventTime: new Date(tomorrow.getTime() + 3_600_000) };
    expect(codes(validateStartImportRequest(ahead).violations)).toEqual(['time-range-in-future /StartEventTime']);
  });

  it('reports a violation with its catalogue severity, basis and exception', () => {
    const [first] = validateStartImportRequest({ ...sdkRequest, Destinations: [EDS, EDS] }).violations;
    expect(first).toEqual({
      code: 'destinations-count',
      severity: 'error',
      path: '/Destinations',
      message: 'must hold exactly 1 event data store (got 2)',
      basis: 'model',
      exception: 'InvalidParameterException',
    });
  });

  it('escapes JSON Pointer paths', () => {
    expect(codes(validateStartImportRequest({ ...sdkRequest, 'a/b~c': 1 }).violations)).toEqual(['unknown-member /a~1b~0c']);
  });

  it('counts warnings without making the request invalid', () => {
    const result = validateStartImportRequest({ ...sdkRequest, Destinations: ['EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE'] });
    expect(result.valid).toBe(true);
    expect(codes(result.violations)).toEqual(['destination-id-not-uuid /Destinations/0']);
  });

  it('returns a violation, not an exception, for a value whose getter throws', () => {
    const hostile = Object.defineProperty({}, 'ImportId', {
      enumerable: true,
      get(): never {
        throw new Error('no access');
      },
    });
    const result = validateStartImportRequest(hostile);
    expect(result.valid).toBe(false);
    expect(result.violations[0]).toMatchObject({ code: 'type-mismatch', path: '', message: expect.stringContaining('no access') as unknown });
  });
});

describe('classifyStartImportRequest', () => {
  it.each([
    [{ Destinations: [EDS] }, 'new'],
    [{ StartEventTime: 1 }, 'new'],
    [{ ImportId: 'x' }, 'retry'],
    [{ ImportId: 'x', ImportSource: {} }, 'ambiguous'],
    [{}, 'empty'],
    [{ ImportId: undefined }, 'empty'],
    [null, 'empty'],
    [[], 'empty'],
  ])('classifies %j as %s', (value, kind) => {
    expect(classifyStartImportRequest(value)).toBe(kind);
  });

  it('reads SDK input by default, where a null member is absent; a JSON shape counts it', () => {
    const request = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', Destinations: null };
    expect(classifyStartImportRequest(request)).toBe(validateStartImportRequest(request).kind);
    expect(classifyStartImportRequest(request)).toBe('retry');
    expect(classifyStartImportRequest(request, { shape: 'cli' })).toBe('ambiguous');
  });
});
