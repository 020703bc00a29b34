import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBucketName, cloudTrailSiblingOf, parseS3LocationUri } from '../../src/contract/s3.js';

describe('parseS3LocationUri', () => {
  it.each([
    ['s3://bucket', { bucket: 'bucket', prefix: '' }],
    ['s3://bucket/', { bucket: 'bucket', prefix: '' }],
    ['s3://bucket/AWSLogs/123456789012/CloudTrail/', { bucket: 'bucket', prefix: 'AWSLogs/123456789012/CloudTrail/' }],
    ['s3://Bucket_Name/a b', { bucket: 'Bucket_Name', prefix: 'a b' }],
  ])('reads %s', (uri, location) => {
    expect(parseS3LocationUri(uri)).toEqual(location);
  });

  it.each(['https://bucket.s3.amazonaws.com/x', 'arn:aws:s3:::bucket', 's3://', 's3:///prefix', 'S3://bucket', 'bucket/prefix', 's3://bucket/\nx'])(
    'rejects %j',
    (uri) => {
      expect(parseS3LocationUri(uri)).toBeUndefined();
    },
  );
});

describe('checkBucketName', () => {
  it.each(['abc', 'my-bucket.logs', 'a'.repeat(63), '1bucket9', 'aws-cloudtrail-logs-123456789012-612ff1f6'])('accepts %s', (name) => {
    expect(checkBucketName(name)).toEqual({ verdict: 'valid' });
  });

  it.each([
    ['ab', 'at least 3'],
    ['-bucket', 'start and end'],
    ['bucket-', 'start and end'],
    ['my..bucket', 'adjacent periods'],
    ['192.168.5.4', 'IP address'],
    ['xn--bucket', "prefix 'xn--'"],
    ['sthree-bucket', "prefix 'sthree-'"],
    ['amzn-s3-demo-bucket', "prefix 'amzn-s3-demo-'"],
    ['bucket-s3alias', "suffix '-s3alias'"],
    ['bucket--ol-s3', "suffix '--ol-s3'"],
    ['bucket.mrap', "suffix '.mrap'"],
    ['bucket--x-s3', "suffix '--x-s3'"],
    ['bucket--table-s3', "suffix '--table-s3'"],
    ['my bucket', 'only a-z'],
    ['b'.repeat(256), 'at most'],
    ['_bucket', 'start and end'],
    ['bucket-an', "suffix '-an'"],
    ['logs-us-west-2-an', "suffix '-an'"],
    ['logs-111122223333-an', "suffix '-an'"],
    ['logs-11112222333-us-west-2-an', "suffix '-an'"],
    ['logs-111122223333-westeros-an', "suffix '-an'"],
    ['111122223333-us-west-2-an', "suffix '-an'"],
  ])('rejects %s', (name, reason) => {
    const verdict = checkBucketName(name);
    expect(verdict.verdict).toBe('invalid');
    expect((verdict as { reason: string }).reason).toContain(reason);
  });

  it.each([
    ['MyBucket', 'uppercase'],
    ['my_bucket', '"_"'],
    ['b'.repeat(64), 'longer than 63'],
    ['b'.repeat(255), 'longer than 63'],
  ])('calls %s legacy (legal for old us-east-1 buckets)', (name, reason) => {
    const verdict = checkBucketName(name);
    expect(verdict.verdict).toBe('legacy');
    expect((verdict as { reason: string }).reason).toContain(reason);
  });
});

describe("checkBucketName on S3's account regional namespace (-an)", () => {
  it.each(['org-bucket-111122223333-us-west-2-an', 'logs-111122223333-us-west-2-an', 'a.b-c-123456789012-eu-central-1-an', 'x-210987654321-cn-north-1-an', 'trail-123456789012-us-gov-west-1-an'])(
    'accepts %s, a name of the namespace (PREFIX-ACCOUNT-REGION-an)',
    (name) => {
      expect(checkBucketName(name)).toEqual({ verdict: 'valid' });
    },
  );

  it('reserves -an for those names alone: any other name ending with it is invalid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[.-][a-z0-9]{1,8}){0,3}$/), (stem) => {
        fc.pre(!/-\d{12}-/.test(`-${stem}`));
        expect(checkBucketName(`${stem}-an`)).toMatchObject({ verdict: 'invalid', reason: expect.stringContaining("suffix '-an'") as unknown });
      }),
    );
  });

  it('leaves -an inside a name and other endings alone', () => {
    for (const name of ['an-bucket', 'my-an-bucket', 'bucket-and', 'bucket-can', 'bucketan']) expect(checkBucketName(name)).toEqual({ verdict: 'valid' });
  });
});

describe('cloudTrailSiblingOf', () => {
  it.each([
    '',
    'AWSLogs/',
    'AWSLogs/123456789012/',
    'AWSLogs/123456789012',
    'AWSLogs/123456789012/CloudTrail/',
    'AWSLogs/123456789012/CloudTrail/us-east-1/2024/01/',
    'AWSLogs/123456789012/Cloud',
    'AWSLogs/o-exampleorg1/123456789012/CloudTrail/',
    'custom/prefix/AWSLogs/123456789012/CloudTrail/',
    'exports/2024/',
  ])('lets %j select CloudTrail logs', (prefix) => {
    expect(cloudTrailSiblingOf(prefix)).toBeUndefined();
  });

  it.each([
    ['AWSLogs/123456789012/CloudTrail-Digest/', 'CloudTrail-Digest'],
    ['AWSLogs/123456789012/CloudTrail-Insight/', 'CloudTrail-Insight'],
    ['AWSLogs/123456789012/CloudTrail-Digest', 'CloudTrail-Digest'],
    ['AWSLogs/123456789012/elasticloadbalancing/us-east-1/', 'elasticloadbalancing'],
    ['AWSLogs/o-exampleorg1/123456789012/Config/', 'Config'],
  ])('finds that %j points into the sibling %s', (prefix, sibling) => {
    expect(cloudTrailSiblingOf(prefix)).toBe(sibling);
  });
});
