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
import { readEventDataStore, parseRoleArn } from '../../src/contract/arn.js';
import { ACCOUNT_REGIONAL_SUFFIX, checkBucketName, cloudTrailSiblingOf, parseS3LocationUri, readS3Location, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../../src/contract/s3.js';

const EDITS = ['A', 'z', '0', ':', '/', '.', '-', '_', ' ', '\n', '=', 'é', 'xn--', '..', '-an', '-s3alias', 'arn:'];

/** `valid`, or `valid` with one edit: a character replaced, an edit inserted, a character removed. */
function nearly(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat(), fc.constantFrom(...EDITS), fc.constantFrom('replace', 'insert', 'remove')).map(([text, at, edit, how]) => {
      const i = at % (text.length + 1);
      if (how === 'insert') return text.slice(0, i) + edit + text.slice(i);
      return text.slice(0, i) + (how === 'replace' ? edit : '') + text.slice(i + 1);
    }),
  );
}

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
