import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountId,
  awsPartition,
  awsRegion,
  cloudTrailLogKey,
  eventDataStoreArn,
  eventDataStoreId,
  iamRoleArn,
  importId,
  s3BucketName,
  s3LocationUri,
  timeRange,
} from '../../src/arbitraries/index.js';
import { checkBucketName } from '../../src/contract/s3.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the parts', () => {
  it.each([
    ['awsPartition', awsPartition()],
    ['awsRegion', awsRegion()],
    ['accountId', accountId()],
    ['eventDataStoreArn', eventDataStoreArn()],
    ['iamRoleArn', iamRoleArn()],
    ['s3BucketName', s3BucketName()],
    ['s3LocationUri', s3LocationUri()],
    ['timeRange', timeRange()],
    ['cloudTrailLogKey', cloudTrailLogKey()],
  ] as const)('%s gives the same values for the same seed', (_name, arbitrary: fc.Arbitrary<unknown>) => {
    expect(fc.sample(arbitrary, { seed: 9, numRuns: 10 })).toEqual(fc.sample(arbitrary, { seed: 9, numRuns: 10 }));
  });

  it('awsPartition covers aws, aws-cn, aws-us-gov and the ISO partitions', () => {
    const seen = new Set(fc.sample(awsPartition(), { seed: 1, numRuns: 500 }));
    for (const id of ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f']) expect(seen).toContain(id);
  });

  it('awsRegion keeps to its partition', () => {
    expect(new Set(fc.sample(awsRegion({ partition: 'aws-us-gov' }), { seed: 1, numRuns: 50 }))).toEqual(new Set(['us-gov-east-1', 'us-gov-west-1']));
  });

  it('accountId, eventDataStoreId and importId have their formats', () => {
    fc.assert(
      fc.property(accountId(), eventDataStoreId(), importId(), (account, id, importIdValue) => {
        expect(account).toMatch(/^\d{12}$/);
        expect(id).toMatch(UUID);
        expect(importIdValue).toMatch(UUID);
      }),
    );
  });

  it('eventDataStoreArn places its Region in its partition and takes given parts', () => {
    fc.assert(
      fc.property(eventDataStoreArn({ region: 'cn-northwest-1', accountId: '111122223333' }), (arn) => {
        expect(arn).toMatch(/^arn:aws-cn:cloudtrail:cn-northwest-1:111122223333:eventdatastore\/[0-9a-f-]{36}$/);
      }),
    );
  });

  it('iamRoleArn gives paths only when asked', () => {
    fc.assert(
      fc.property(iamRoleArn({ partition: 'aws', withPath: true }), iamRoleArn({ withPath: false }), (withPath, without) => {
        expect(withPath).toMatch(/^arn:aws:iam::\d{12}:role\/([^/]+\/)+[A-Za-z0-9_+=,.@-]{1,64}$/);
        expect(without).toMatch(/^arn:[a-z-]+:iam::\d{12}:role\/[A-Za-z0-9_+=,.@-]{1,64}$/);
      }),
    );
  });

  it("s3BucketName follows today's rules, or only the legacy ones when asked", () => {
    fc.assert(
      fc.property(s3BucketName(), s3BucketName({ legacy: true }), (modern, legacy) => {
        expect(modern).toMatch(/^[a-z][a-z0-9.-]{1,61}[a-z0-9]$/);
        expect(checkBucketName(modern).verdict).toBe('valid');
        expect(checkBucketName(legacy).verdict).toBe('legacy');
      }),
    );
  });

  it('s3BucketName never ends with -an, the suffix of account regional namespace names', () => {
    fc.assert(
      fc.property(s3BucketName(), s3BucketName({ legacy: true }), (modern, legacy) => {
        expect(modern.endsWith('-an')).toBe(false);
        expect(legacy.toLowerCase().endsWith('-an')).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('s3LocationUri lays logs out as asked', () => {
    const uri = (layout: 'cloudtrail' | 'organization' | 'custom'): string[] => fc.sample(s3LocationUri({ layout, accountId: '111122223333' }), { seed: 4, numRuns: 30 });
    for (const value of uri('cloudtrail')) expect(value).toMatch(/^s3:\/\/[^/]+\/([a-z0-9]+\/)*AWSLogs\/111122223333\/CloudTrail\//);
    for (const value of uri('organization')) expect(value).toMatch(/^s3:\/\/[^/]+\/AWSLogs\/o-[a-z0-9]{10,12}\/111122223333\/CloudTrail\//);
    for (const value of uri('custom')) expect(value).not.toContain('AWSLogs');
  });

  it('timeRange starts strictly before it ends, within its bounds, in whole milliseconds', () => {
    const min = new Date('2024-01-01T00:00:00Z');
    const max = new Date('2024-01-02T00:00:00Z');
    fc.assert(
      fc.property(timeRange({ min, max }), ({ start, end }) => {
        expect(start.getTime()).toBeLessThan(end.getTime());
        expect(start.getTime()).toBeGreaterThanOrEqual(min.getTime());
        expect(end.getTime()).toBeLessThanOrEqual(max.getTime());
        expect(Number.isInteger(start.getTime())).toBe(true);
      }),
    );
    expect(() => timeRange({ min: max, max: min })).toThrow('timeRange: min must be a valid date before max');
  });

  it('cloudTrailLogKey follows the CloudTrail log file layout', () => {
    const keys = fc.sample(cloudTrailLogKey({ accountId: '111122223333', region: 'eu-west-1', date: new Date('2024-03-05T07:09:00Z'), organizationId: 'o-exampleorg1' }), { seed: 2, numRuns: 5 });
    for (const key of keys) {
      expect(key).toMatch(/^AWSLogs\/o-exampleorg1\/111122223333\/CloudTrail\/eu-west-1\/2024\/03\/05\/111122223333_CloudTrail_eu-west-1_20240305T0709Z_[A-Za-z0-9]{16}\.json\.gz$/);
    }
  });
});
