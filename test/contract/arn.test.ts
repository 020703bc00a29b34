import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLowercaseUuid, parseEventDataStore, parseRoleArn } from '../../src/contract/arn.js';

describe('parseEventDataStore', () => {
  it('reads an event data store ARN', () => {
    expect(parseEventDataStore('arn:aws-cn:cloudtrail:cn-north-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a')).toEqual({
      form: 'arn',
      id: '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a',
      partition: 'aws-cn',
      region: 'cn-north-1',
      accountId: '123456789012',
    });
  });

  it('reads a bare event data store ID', () => {
    expect(parseEventDataStore('EXAMPLE-f852-4e8f')).toEqual({ form: 'id', id: 'EXAMPLE-f852-4e8f' });
  });

  it.each([
    ['a trail ARN', 'arn:aws:cloudtrail:us-east-1:123456789012:trail/t'],
    ['another service', 'arn:aws:s3:us-east-1:123456789012:eventdatastore/abc'],
    ['an 11-digit account', 'arn:aws:cloudtrail:us-east-1:12345678901:eventdatastore/abc'],
    ['no Region', 'arn:aws:cloudtrail::123456789012:eventdatastore/abc'],
    ['a non-AWS partition', 'arn:azure:cloudtrail:us-east-1:123456789012:eventdatastore/abc'],
    ['an ID with a period', 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/a.b'],
    ['an empty ID', 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/'],
    ['too few ARN fields', 'arn:aws:cloudtrail:us-east-1'],
    ['a bare ID starting with -', '-abc'],
    ['a bare ID with a slash', 'eventdatastore/abc'],
  ])('rejects %s', (_what, value) => {
    expect(parseEventDataStore(value)).toBeUndefined();
  });
});

describe('isLowercaseUuid', () => {
  it('accepts every UUID fast-check makes, lower-cased, and rejects it upper-cased', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        expect(isLowercaseUuid(uuid.toLowerCase())).toBe(true);
        if (/[a-f]/.test(uuid.toLowerCase())) expect(isLowercaseUuid(uuid.toUpperCase())).toBe(false);
      }),
    );
  });
});

describe('parseRoleArn', () => {
  it('reads a role with a path', () => {
    expect(parseRoleArn('arn:aws:iam::123456789012:role/service-role/imports/Importer')).toEqual({
      partition: 'aws',
      accountId: '123456789012',
      path: '/service-role/imports/',
      name: 'Importer',
    });
  });

  it('reads a role without a path', () => {
    expect(parseRoleArn('arn:aws-us-gov:iam::123456789012:role/Importer+=,.@-_')).toMatchObject({ path: '/', name: 'Importer+=,.@-_' });
  });

  it.each([
    ['not an ARN', 'CloudTrailLakeImportRole', 'is not an ARN'],
    ['a user', 'arn:aws:iam::123456789012:user/u', 'does not name a role'],
    ['a Region', 'arn:aws:iam:us-east-1:123456789012:role/r', 'has a Region'],
    ['another service', 'arn:aws:sts::123456789012:assumed-role/r/s', "names service 'sts'"],
    ['a short account', 'arn:aws:iam::1234:role/r', 'has no 12-digit account id'],
    ['a 65-character name', `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`, 'role name'],
    ['a name with a space', 'arn:aws:iam::123456789012:role/my role', 'role name'],
    ['an empty path segment', 'arn:aws:iam::123456789012:role//r', 'role path'],
    // A space is printable ASCII, but no character of IAM's path (! to ~): the message names the range, not "printable ASCII".
    ['a path with a space', 'arn:aws:iam::123456789012:role/my path/r', 'role path with a character outside ! to ~'],
    ['a path with a non-ASCII letter', 'arn:aws:iam::123456789012:role/caf\u00e9/r', 'role path with a character outside ! to ~'],
    ['more than 2048 characters', `arn:aws:iam::123456789012:role/${'p/'.repeat(1100)}r`, 'longer than 2048'],
  ])('rejects %s', (_what, value, problem) => {
    const parsed = parseRoleArn(value);
    expect(parsed).toHaveProperty('problem');
    expect((parsed as { problem: string }).problem).toContain(problem);
  });

  it("accepts a role path up to IAM's 512 characters and rejects a longer one for its length, not its characters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 1500 }), fc.constantFrom('p', 'a-b', 'x/y'), (length, unit) => {
        // '/' + printable ASCII + '/', `length` characters in all.
        const path = `/${unit.repeat(length).slice(0, length - 2).replace(/\/$/, 'p')}/`;
        const parsed = parseRoleArn(`arn:aws:iam::123456789012:role${path}Importer`);
        if (length <= 512) expect(parsed).toMatchObject({ path, name: 'Importer' });
        else expect(parsed).toEqual({ problem: `has a role path longer than 512 characters (${length}), IAM's limit` });
      }),
    );
  });
});
