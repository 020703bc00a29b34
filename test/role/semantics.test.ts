import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, formatRoleViolations, type ImportRolePolicies } from '../../src/role/index.js';
import { loadRoleVariants, summary, userGuideInput } from './support.js';

const BUCKET = 'arn:aws:s3:::aws-cloudtrail-logs-123456789012-612ff1f6';
const PREFIX = `${BUCKET}/AWSLogs/123456789012/CloudTrail`;
const ROLE = 'arn:aws:iam::123456789012:role/service-role/CloudTrailLake-us-east-1-copy-events-eds';
const guide = userGuideInput();

/** The User Guide documents with the permissions policy replaced by these statements. */
function withPermissions(statement: unknown): ImportRolePolicies {
  return { request: guide.request, trustPolicy: guide.trustPolicy, permissionsPolicy: { Version: '2012-10-17', Statement: statement } };
}

function codes(input: ImportRolePolicies): string[] {
  return summary(checkImportRolePolicies(input).violations);
}

describe('checkImportRolePolicies IAM semantics', () => {
  it('accepts NotAction: an Allow of everything but IAM grants the S3 actions', () => {
    expect(codes(withPermissions({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toEqual([]);
  });

  it('rejects an Allow whose NotAction excludes s3:GetObject', () => {
    expect(codes(withPermissions({ Effect: 'Allow', NotAction: ['s3:GetObject*'], Resource: '*' }))).toEqual(['error role/object-access-missing /permissionsPolicy/Statement']);
  });

  it('accepts NotResource that excludes only another bucket, and rejects NotResource that excludes the objects', () => {
    expect(codes(withPermissions({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::other/*' }))).toEqual([]);
    expect(codes(withPermissions({ Effect: 'Allow', Action: 's3:*', NotResource: `${PREFIX}/us-east-1/*` }))).toEqual([
      'error role/object-access-partial /permissionsPolicy/Statement/NotResource',
    ]);
  });

  it('matches actions case-insensitively and resources case-sensitively', () => {
    expect(codes(withPermissions({ Effect: 'Allow', Action: ['S3:LISTBUCKET', 's3:getbucketacl', 's3:getobject'], Resource: [BUCKET, `${BUCKET}/*`] }))).toEqual([]);
    expect(codes(withPermissions({ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET.toUpperCase(), `${BUCKET.toUpperCase()}/*`] }))).toHaveLength(3);
  });

  it('matches ? to one character in a resource', () => {
    expect(codes(withPermissions({ Effect: 'Allow', Action: 's3:*', Resource: [BUCKET.replace('612ff1f6', '612ff1f?'), `${BUCKET}/AWSLogs/????????????/*`] }))).toEqual([]);
  });

  it('lets an explicit Deny win and names the Deny statement', () => {
    const result = checkImportRolePolicies(
      withPermissions([
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Sid: 'NoObjects', Effect: 'Deny', Action: 's3:GetObject', Resource: `${PREFIX}/us-east-1/*` },
      ]),
    );
    expect(formatRoleViolations(result.violations)).toBe(
      `/permissionsPolicy/Statement/1 error role/denied: must not deny s3:GetObject on ${PREFIX}/*: statement 'NoObjects' of permissionsPolicy denies it, and an explicit Deny wins`,
    );
  });

  it('ignores a Deny whose NotResource excludes all the objects', () => {
    expect(codes(withPermissions([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: '*', NotResource: ['arn:aws:s3:::aws-cloudtrail-logs-*'] }]))).toEqual([]);
  });

  it('applies a Deny guarded by StringNotEquals aws:SourceAccount only to other accounts', () => {
    const guard = (account: string): unknown => ({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': account } } });
    expect(codes(withPermissions([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, guard('123456789012')]))).toEqual([]);
    expect(codes(withPermissions([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, guard('210987654321')]))).toEqual(Array(3).fill('error role/denied /permissionsPolicy/Statement/1'));
  });

  it('reports a Deny condition it cannot evaluate as an assumption and does not apply it', () => {
    const deny = { Effect: 'Deny', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } };
    expect(codes(withPermissions([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny]))).toEqual(['warning role/condition-assumed /permissionsPolicy/Statement/1/Condition/IpAddress/aws:SourceIp']);
  });

  it('reads Statement as one object or an array, and documents as strings or objects', () => {
    const statement = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    expect(codes(withPermissions(statement))).toEqual([]);
    expect(codes(withPermissions([statement]))).toEqual([]);
    expect(codes({ ...withPermissions(statement), permissionsPolicy: JSON.stringify({ Statement: statement }) })).toEqual([]);
  });

  it('uses the partition of the request: an aws policy does not grant an aws-cn bucket', () => {
    const request = structuredClone(guide.request) as { Destinations: string[]; ImportSource: { S3: { S3BucketRegion: string; S3BucketAccessRoleArn: string } } };
    request.Destinations = request.Destinations.map((d) => d.replace('arn:aws:', 'arn:aws-cn:').replace('us-east-1', 'cn-north-1'));
    request.ImportSource.S3.S3BucketRegion = 'cn-north-1';
    request.ImportSource.S3.S3BucketAccessRoleArn = request.ImportSource.S3.S3BucketAccessRoleArn.replace('arn:aws:', 'arn:aws-cn:');
    const result = checkImportRolePolicies({ ...withPermissions({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::*'] }), request, trustPolicy: { Statement: { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' } } });
    expect(summary(result.violations)).toContain('error role/object-access-missing /permissionsPolicy/Statement');
    expect(result.violations.map((v) => v.message).join('\n')).toContain('arn:aws-cn:s3:::aws-cloudtrail-logs-123456789012-612ff1f6');
  });

  it('accepts a bucket policy that allows the role by its account id, account root or *', () => {
    for (const principal of ['123456789012', 'arn:aws:iam::123456789012:root', '*', ROLE]) {
      const bucketPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] }] };
      expect(codes({ ...userGuideInput(), bucketPolicy }), principal).toEqual([]);
    }
  });

  it('treats Principal "*" in a trust policy as allowing CloudTrail', () => {
    expect(codes({ ...userGuideInput(), trustPolicy: { Statement: { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } } } })).toEqual([]);
  });
});

describe('checkImportRolePolicies on malformed documents', () => {
  it.each([
    ['not JSON', '{', '/trustPolicy'],
    ['an array', [], '/trustPolicy'],
    ['without Statement', { Version: '2012-10-17' }, '/trustPolicy'],
    ['a statement that is not an object', { Statement: ['x'] }, '/trustPolicy/Statement/0'],
    ['Effect in lower case', { Statement: { Effect: 'deny', Action: '*' } }, '/trustPolicy/Statement/Effect'],
    ['a non-string action', { Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole', 1] }] }, '/trustPolicy/Statement/0/Action/1'],
    ['both Action and NotAction', { Statement: [{ Effect: 'Allow', Action: '*', NotAction: 'iam:*' }] }, '/trustPolicy/Statement/0'],
    ['a Condition that is not an object', { Statement: [{ Effect: 'Allow', Action: '*', Condition: 'x' }] }, '/trustPolicy/Statement/0/Condition'],
    ['a Principal that is neither * nor an object', { Statement: [{ Effect: 'Allow', Action: '*', Principal: 'cloudtrail.amazonaws.com' }] }, '/trustPolicy/Statement/0/Principal'],
    // IAM: NotPrincipal "must be used with "Effect":"Deny"", and cannot be used "in an IAM role trust policy".
    ['an Allow with NotPrincipal', { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', NotPrincipal: { Service: 'ec2.amazonaws.com' } }] }, '/trustPolicy/Statement/0/NotPrincipal'],
    ['a Deny with NotPrincipal', { Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', NotPrincipal: { Service: 'cloudtrail.amazonaws.com' } }] }, '/trustPolicy/Statement/0/NotPrincipal'],
    ['both Principal and NotPrincipal', { Statement: [{ Effect: 'Allow', Action: '*', Principal: '*', NotPrincipal: { AWS: '*' } }] }, '/trustPolicy/Statement/0'],
  ])('reports role/policy-malformed naming the trust policy when it is %s, and still checks the others', (_what, trustPolicy, path) => {
    const result = checkImportRolePolicies({ ...userGuideInput(), trustPolicy });
    const malformed = result.violations.filter((v) => v.code === 'role/policy-malformed');
    expect(malformed.map((v) => v.path)).toEqual([path]);
    expect(malformed[0]?.message).toMatch(/^trustPolicy /);
    expect(result.valid).toBe(false);
    expect(result.violations.every((v) => v.path.startsWith('/trustPolicy'))).toBe(true);
  });

  // Each once IAM refuses: a typo that dropped a condition, or an element where the document kind has none, made a verdict of a document IAM would never take.
  const TRUST = { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' };
  const WRONG_ACCOUNT = { 'aws:SourceAccount': '999999999999' };
  it.each([
    ['trustPolicy', 'a misspelt Conditions element', { Statement: [{ ...TRUST, Conditions: { StringEquals: WRONG_ACCOUNT } }] }, '/trustPolicy/Statement/0/Conditions'],
    ['trustPolicy', 'a Resource, which a trust policy does not have', { Statement: [{ ...TRUST, Resource: '*' }] }, '/trustPolicy/Statement/0/Resource'],
    ['trustPolicy', 'no Principal', { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }, '/trustPolicy/Statement/0'],
    ['permissionsPolicy', 'a Version IAM does not have', { Version: '2024-01-01', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, '/permissionsPolicy/Version'],
    ['permissionsPolicy', 'a Principal, which a policy of an identity does not name', { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] }, '/permissionsPolicy/Statement/0/Principal'],
    ['permissionsPolicy', 'a member beside Version, Id and Statement', { Version: '2012-10-17', Foo: 1, Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, '/permissionsPolicy/Foo'],
    ['bucketPolicy', 'a statement without Principal', { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }, '/bucketPolicy/Statement/0'],
  ])('reports role/policy-malformed in %s for %s, which IAM refuses', (name, _what, document, path) => {
    const result = checkImportRolePolicies({ ...userGuideInput(), [name]: document });
    expect(result.violations.filter((v) => v.code === 'role/policy-malformed').map((v) => v.path)).toEqual([path]);
    expect(result.valid).toBe(false);
  });

  it('takes every condition operator of the IAM grammar, with IfExists and the set qualifiers (one it does not know is assumed, a warning)', () => {
    for (const operator of ['StringEquals', 'StringNotEqualsIgnoreCase', 'StringLikeIfExists', 'NumericLessThanEquals', 'DateGreaterThan', 'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnNotLike', 'Null', 'ForAnyValue:StringLike', 'ForAllValues:ArnEqualsIfExists']) {
      const trustPolicy = { Version: '2008-10-17', Statement: [{ ...TRUST, Condition: { [operator]: { 'aws:SomeKey': 'x' } } }] };
      expect(checkImportRolePolicies({ ...userGuideInput(), trustPolicy }).violations.filter((v) => v.code === 'role/policy-malformed')).toEqual([]);
    }
  });

  it('reads NotPrincipal with Deny in a bucket policy (a resource-based policy may use it), and refuses it with Allow there', () => {
    const bucketStatement = (effect: string): unknown => ({ Statement: [{ Effect: effect, NotPrincipal: { AWS: ROLE }, Action: 's3:*', Resource: `${BUCKET}/*` }] });
    expect(codes({ ...guide, bucketPolicy: bucketStatement('Deny') }).filter((code) => code.includes('policy-malformed'))).toEqual([]);
    expect(codes({ ...guide, bucketPolicy: bucketStatement('Allow') })).toContain('error role/policy-malformed /bucketPolicy/Statement/0/NotPrincipal');
  });

  it('reports a permissions statement without Resource', () => {
    expect(codes(withPermissions({ Effect: 'Allow', Action: 's3:*' }))).toContain('error role/policy-malformed /permissionsPolicy/Statement');
  });

  test.prop([fc.jsonValue(), fc.jsonValue(), fc.anything(), fc.oneof(fc.string(), fc.jsonValue())])(
    'never throws, whatever the documents hold',
    (trustPolicy, permissionsPolicy, request, bucketPolicy) => {
      const result = checkImportRolePolicies({ request, trustPolicy, permissionsPolicy, bucketPolicy, kmsKeyPolicy: bucketPolicy });
      expect(result.valid).toBe(!result.violations.some((v) => v.severity === 'error'));
    },
  );
});

describe('checkImportRolePolicies properties', () => {
  const variants = loadRoleVariants();
  const unrelatedAllow = fc.record({
    Effect: fc.constant('Allow'),
    Action: fc.array(fc.constantFrom('ec2:DescribeInstances', 'iam:PassRole', 'logs:PutLogEvents', 'sqs:*'), { minLength: 1 }),
    Resource: fc.oneof(fc.constant('*'), fc.string()),
  });

  test.prop([fc.constantFrom(...variants), unrelatedAllow])('never gains a violation from an unrelated Allow statement', (variant, statement) => {
    const permissions = variant.input.permissionsPolicy as { Statement?: unknown };
    fc.pre(typeof permissions === 'object' && Array.isArray(permissions.Statement));
    const before = codes(variant.input);
    const after = codes({ ...variant.input, permissionsPolicy: { ...permissions, Statement: [...(permissions.Statement as unknown[]), statement] } });
    expect(after).toEqual(before);
  });

  test.prop([fc.constantFrom(...variants.filter((v) => !v.name.startsWith('retry'))), fc.constantFrom('*', 's3:*', 's3:Get*'), fc.option(fc.string(), { nil: undefined })])(
    'always reports role/denied when the permissions policy adds a Deny of everything',
    (variant, action, sid) => {
      const permissions = variant.input.permissionsPolicy as { Statement?: unknown };
      fc.pre(typeof permissions === 'object' && Array.isArray(permissions.Statement));
      const deny = { ...(sid === undefined ? {} : { Sid: sid }), Effect: 'Deny', Action: action, Resource: '*' };
      const result = checkImportRolePolicies({ ...variant.input, permissionsPolicy: { ...permissions, Statement: [...(permissions.Statement as unknown[]), deny] } });
      expect(result.valid).toBe(false);
      expect(result.violations.some((v) => v.code === 'role/denied' && v.path.startsWith('/permissionsPolicy/Statement/'))).toBe(true);
    },
  );
});
