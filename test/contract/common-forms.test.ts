/**
 * The readers of destinations, role ARNs and S3 locations answer the common form of each in one
 * test and read anything else field by field. These properties hold the two ways to one answer:
 * over valid values from the arbitraries and over those values with a character replaced, inserted
 * or removed, each reading equals the reading of the written rules (an ARN split at its colons, as
 * `@aws-sdk/util-arn-parser` splits it; an S3 URI read rule by rule).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventDataStoreArn, eventDataStoreId, iamRoleArn, s3LocationUri } from '../../src/arbitraries/index.js';
import { isCommonRoleArnIn, isLowercaseUuid, readEventDataStore, parseRoleArn } from '../../src/contract/arn.js';
import { commonDestinationPartition, readDestination } from '../../src/contract/event-data-store.js';
import { ACCOUNT_REGIONAL_SUFFIX, checkBucketName, cloudTrailSiblingOf, isCommonS3Location, parseS3LocationUri, readS3Location, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../../src/contract/s3.js';
import { nearly as nearlyWith } from '../support/near-edits.js';

const EDITS = ['A', 'z', '0', ':', '/', '.', '-', '_', ' ', '\n', '=', 'é', 'xn--', '..', '-an', '-s3alias', 'arn:'];

const nearly = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => nearlyWith(valid, EDITS);

const PARTITION = /^aws(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An ARN split as `@aws-sdk/util-arn-parser` splits it. */
function split(value: string): { partition: string; service: string; region: string; accountId: string; resource: string } | undefined {
  const [prefix, partition, service, region, accountId, ...rest] = value.split(':');
  if (prefix !== 'arn' || partition === undefined || service === undefined || region === undefined || accountId === undefined || rest.length === 0) return undefined;
  return { partition, service, region, accountId, resource: rest.join(':') };
}

function writtenEventDataStore(value: string): ReturnType<typeof readEventDataStore> {
  if (!value.startsWith('arn:')) return /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(value) ? { ref: { form: 'id', id: value }, uuid: UUID.test(value) } : undefined;
  const arn = split(value);
  if (arn === undefined || !PARTITION.test(arn.partition) || arn.service !== 'cloudtrail' || !/^[a-z0-9-]+$/.test(arn.region) || !/^\d{12}$/.test(arn.accountId)) return undefined;
  if (!arn.resource.startsWith('eventdatastore/')) return undefined;
  const id = arn.resource.slice('eventdatastore/'.length);
  if (!/^[A-Za-z0-9-]+$/.test(id)) return undefined;
  return { ref: { form: 'arn', id, partition: arn.partition, region: arn.region, accountId: arn.accountId }, uuid: UUID.test(id) };
}

function writtenRole(value: string): ReturnType<typeof parseRoleArn> | 'a problem' {
  const arn = value.length > 2048 ? undefined : split(value);
  if (arn === undefined || !PARTITION.test(arn.partition) || arn.service !== 'iam' || arn.region !== '' || !/^\d{12}$/.test(arn.accountId)) return 'a problem';
  if (!arn.resource.startsWith('role/')) return 'a problem';
  const rest = arn.resource.slice('role/'.length);
  const slash = rest.lastIndexOf('/');
  const path = slash < 0 ? '/' : `/${rest.slice(0, slash + 1)}`;
  const name = rest.slice(slash + 1);
  if (!/^[A-Za-z0-9_+=,.@-]{1,64}$/.test(name) || path.length > 512 || !/^\/(?:[\x21-\x7e]+\/)?$/.test(path)) return 'a problem';
  return { partition: arn.partition, accountId: arn.accountId, path, name };
}

describe('readEventDataStore', () => {
  it('reads every destination as the written rules read it, common form or not', () => {
    fc.assert(
      fc.property(nearly(fc.oneof(eventDataStoreArn(), eventDataStoreId())), (value) => {
        expect(readEventDataStore(value)).toEqual(writtenEventDataStore(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseRoleArn', () => {
  it('reads every role ARN as the written rules read it, common form or not', () => {
    fc.assert(
      fc.property(nearly(fc.oneof(iamRoleArn(), iamRoleArn({ withPath: true }))), (value) => {
        const parsed = parseRoleArn(value);
        const written = writtenRole(value);
        if (written === 'a problem') expect(parsed).toHaveProperty('problem');
        else expect(parsed).toEqual(written);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readS3Location', () => {
  it('reads every location as its rules read it one by one, common form or not', () => {
    fc.assert(
      fc.property(nearly(s3LocationUri()), (uri) => {
        const location = parseS3LocationUri(uri);
        const expected = location === undefined ? undefined : { location, bucketName: checkBucketName(location.bucket), sibling: cloudTrailSiblingOf(location.prefix) };
        expect(readS3Location(uri)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readS3Location and the reserved names', () => {
  it('reads a bucket with each reserved prefix or suffix, or ending with -an, as checkBucketName reads it', () => {
    const buckets = [
      ...RESERVED_PREFIXES.map((prefix) => `${prefix}logs`),
      ...RESERVED_SUFFIXES.map((suffix) => `logs${suffix}`),
      `logs${ACCOUNT_REGIONAL_SUFFIX}`,
      `logs-111122223333-us-west-2${ACCOUNT_REGIONAL_SUFFIX}`,
    ];
    for (const bucket of buckets) {
      for (const uri of [`s3://${bucket}`, `s3://${bucket}/AWSLogs/`]) expect(readS3Location(uri)?.bucketName, uri).toEqual(checkBucketName(bucket));
    }
  });
});

// The common request's readings (src/validate/common-request.ts) answer only "nothing to report",
// or leave the value to the full readers: never a verdict the full readers would not give.
describe('commonDestinationPartition', () => {
  it('names a partition only for a destination readDestination finds nothing wrong with, and the same one', () => {
    fc.assert(
      fc.property(nearly(fc.oneof(eventDataStoreArn(), eventDataStoreId())), (value) => {
        const partition = commonDestinationPartition(value);
        const facts = readDestination(value);
        if (partition !== undefined) expect(facts).toMatchObject({ regionProblem: undefined, partition, uuid: true, ref: { form: 'arn' } });
        // The common form is every ARN with a lowercase UUID whose Region is of its partition.
        else expect(facts.ref?.form === 'arn' && facts.uuid && facts.partition !== undefined).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads no UUID from an ARN whose ID is longer than one, nor from a repeated resource', () => {
    const uuid = '0b4f7c1e-9d2a-4c3b-8e5f-6a7b8c9d0e1f';
    expect(commonDestinationPartition(`arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${uuid}`)).toBe('aws');
    expect(commonDestinationPartition(`arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/x${uuid}`)).toBeUndefined();
    expect(commonDestinationPartition(`arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/:eventdatastore/${uuid}`)).toBeUndefined();
    expect(commonDestinationPartition(`arn:aws-cn:cloudtrail:us-east-1:123456789012:eventdatastore/${uuid}`)).toBeUndefined();
    expect(isLowercaseUuid(uuid)).toBe(true);
    expect(isLowercaseUuid(uuid.toUpperCase())).toBe(false);
    expect(isLowercaseUuid(`${uuid.slice(0, 35)}g`)).toBe(false);
    expect(isLowercaseUuid(`${uuid.slice(0, 35)}\u0101`)).toBe(false);
  });
});

describe('isCommonRoleArnIn', () => {
  it('holds only for a role ARN parseRoleArn reads without a problem, in the partition asked', () => {
    fc.assert(
      fc.property(nearly(fc.oneof(iamRoleArn(), iamRoleArn({ withPath: true }))), fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aw'), (value, partition) => {
        if (isCommonRoleArnIn(value, partition)) expect(parseRoleArn(value)).toMatchObject({ partition });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a role path longer than IAM allows to parseRoleArn', () => {
    const within = `arn:aws:iam::123456789012:role/${'p'.repeat(510)}/name`;
    const beyond = `arn:aws:iam::123456789012:role/${'p'.repeat(511)}/name`;
    expect(parseRoleArn(within)).not.toHaveProperty('problem');
    expect(isCommonRoleArnIn(within, 'aws')).toBe(true);
    expect(parseRoleArn(beyond)).toHaveProperty('problem');
    expect(isCommonRoleArnIn(beyond, 'aws')).toBe(false);
    expect(isCommonRoleArnIn('arn:aws-cn:iam::123456789012:role/import', 'aws')).toBe(false);
    expect(isCommonRoleArnIn('arn:aws:iam::123456789012:role/import', 'aws-cn')).toBe(false);
  });
});

describe('isCommonS3Location', () => {
  it('holds only for a location readS3Location finds nothing to report in', () => {
    fc.assert(
      fc.property(nearly(s3LocationUri()), (uri) => {
        if (isCommonS3Location(uri)) expect(readS3Location(uri)).toMatchObject({ bucketName: { verdict: 'valid' }, sibling: undefined });
      }),
      { numRuns: 2000 },
    );
  });

  it('does not hold for a prefix into a sibling of CloudTrail/', () => {
    expect(isCommonS3Location('s3://trail-logs/AWSLogs/123456789012/CloudTrail/')).toBe(true);
    expect(isCommonS3Location('s3://trail-logs/AWSLogs/123456789012/CloudTrail-Digest/')).toBe(false);
  });
});
