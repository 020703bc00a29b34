import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, type ImportRolePolicies } from '../../src/role/index.js';
import { summary, userGuideInput } from './support.js';

const ACCOUNT = '123456789012';
const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/EXAMPLEa-4357-45cd-bce5-17ec652719d9';
const ROLE = 'arn:aws:iam::123456789012:role/service-role/CloudTrailLake-us-east-1-copy-events-eds';
const BUCKET = 'arn:aws:s3:::aws-cloudtrail-logs-123456789012-612ff1f6';

function codes(overrides: Partial<ImportRolePolicies>): string[] {
  return summary(checkImportRolePolicies({ ...userGuideInput(), ...overrides }).violations);
}

function trust(condition: unknown): Partial<ImportRolePolicies> {
  return { trustPolicy: { Statement: [{ Effect: 'Allow', Principal: { Service: ['cloudtrail.amazonaws.com'] }, Action: 'sts:AssumeRole', Condition: condition }] } };
}

describe('checkImportRolePolicies trust policy', () => {
  it('accepts aws:SourceArn with ArnEquals, ArnLike, StringLike and ...IfExists', () => {
    expect(codes(trust({ ArnEquals: { 'aws:SourceArn': EDS } }))).toEqual([]);
    expect(codes(trust({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:123456789012:eventdatastore/*' } }))).toEqual([]);
    expect(codes(trust({ StringLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:123456789012:*' } }))).toEqual([]);
    expect(codes(trust({ StringEqualsIfExists: { 'aws:sourceaccount': ACCOUNT } }))).toEqual([]);
  });

  it('rejects ArnLike that names another Region, at the condition key', () => {
    expect(codes(trust({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/*' } }))).toEqual([
      'error role/trust-source-mismatch /trustPolicy/Statement/0/Condition/ArnLike/aws:SourceArn',
    ]);
  });

  it('rejects a source account condition listing only other accounts, and accepts one that lists the destination account among others', () => {
    expect(codes(trust({ StringEquals: { 'aws:SourceAccount': ['111111111111', '222222222222'] } }))).toEqual([
      'error role/trust-source-mismatch /trustPolicy/Statement/0/Condition/StringEquals/aws:SourceAccount',
    ]);
    expect(codes(trust({ StringEquals: { 'aws:SourceAccount': ['111111111111', ACCOUNT] } }))).toEqual([]);
  });

  it('evaluates Null on the source keys, and assumes a ForAnyValue condition it does not evaluate', () => {
    expect(codes(trust({ Null: { 'aws:SourceArn': 'false' } }))).toEqual([]);
    expect(codes(trust({ Null: { 'aws:SourceArn': 'true' } }))).toEqual(['error role/trust-source-mismatch /trustPolicy/Statement/0/Condition/Null/aws:SourceArn']);
    expect(codes(trust({ 'ForAnyValue:StringEquals': { 'aws:SourceAccount': ACCOUNT } }))).toEqual([
      'warning role/condition-assumed /trustPolicy/Statement/0/Condition/ForAnyValue:StringEquals/aws:SourceAccount',
    ]);
  });

  it('warns about a trust policy whose only conditions are not source conditions', () => {
    expect(codes(trust({ Bool: { 'aws:SecureTransport': 'true' } }))).toEqual(['warning role/trust-unconditioned /trustPolicy/Statement/0']);
  });

  it('evaluates aws:SecureTransport as true: a Deny of insecure transport does not apply', () => {
    const deny = { Effect: 'Deny', Principal: '*', Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
    const policy = trust({ StringEquals: { 'aws:SourceAccount': ACCOUNT } }).trustPolicy as { Statement: unknown[] };
    expect(codes({ trustPolicy: { Statement: [...policy.Statement, deny] } })).toEqual([]);
  });

  it('rejects a trust policy that allows another action only', () => {
    expect(codes({ trustPolicy: { Statement: { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:TagSession' } } })).toEqual([
      'error role/trust-not-cloudtrail /trustPolicy/Statement',
    ]);
  });
});

describe('checkImportRolePolicies bucket policy', () => {
  it('evaluates aws:PrincipalArn as the role: a deny-everyone-else guard spares it and catches another role', () => {
    const guard = (allowed: string): unknown => ({
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ROLE }, Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`] },
        { Sid: 'OnlyTheImportRole', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [BUCKET, `${BUCKET}/*`], Condition: { ArnNotEquals: { 'aws:PrincipalArn': allowed } } },
      ],
    });
    expect(codes({ bucketPolicy: guard(ROLE) })).toEqual([]);
    expect(codes({ bucketPolicy: guard('arn:aws:iam::123456789012:role/Other') })).toEqual(Array(3).fill('error role/denied /bucketPolicy/Statement/1'));
  });
});

describe('checkImportRolePolicies KMS key policy', () => {
  const rootKeyPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] };

  it('accepts a key policy that delegates to the account root when the permissions policy grants KMS on some key', () => {
    const permissions = userGuideInput().permissionsPolicy as { Statement: unknown[] };
    expect(codes({ kmsKeyPolicy: rootKeyPolicy })).toEqual([]);
    const withoutKms = { Statement: [...permissions.Statement.slice(0, 2), { Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:123456789012:key/*' }] };
    expect(codes({ kmsKeyPolicy: rootKeyPolicy, permissionsPolicy: withoutKms })).toEqual([]);
  });

  it('rejects a key policy whose encryption-context condition names another bucket', () => {
    const keyPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*', Condition: { StringLike: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::other-bucket/*' } } }] };
    expect(codes({ kmsKeyPolicy: keyPolicy })).toEqual(Array(2).fill('error role/kms-access-missing /kmsKeyPolicy/Statement'));
  });

  it.each([
    ['kms:* on every resource', { Effect: 'Deny', Action: 'kms:*', Resource: '*' }, ['kms:Decrypt', 'kms:GenerateDataKey']],
    ['kms:Decrypt on every resource', { Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }, ['kms:Decrypt']],
    ['every action but S3', { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }, ['kms:Decrypt', 'kms:GenerateDataKey']],
  ])("rejects the role's own explicit Deny of %s when the key policy names the role, which needs no Allow there but cannot override a Deny", (_what, deny, denied) => {
    const keyPolicy = { Statement: [{ Effect: 'Allow', Principal: { AWS: ROLE }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' }] };
    const permissions = userGuideInput().permissionsPolicy as { Statement: unknown[] };
    const permissionsPolicy = { Statement: [...permissions.Statement, deny] };
    const index = permissions.Statement.length;
    expect(codes({ kmsKeyPolicy: keyPolicy, permissionsPolicy })).toEqual(denied.map(() => `error role/denied /permissionsPolicy/Statement/${String(index)}`));
    expect(codes({ kmsKeyPolicy: keyPolicy })).toEqual([]);
  });

  it('rejects a key policy that denies kms:Decrypt to everyone, naming the Deny', () => {
    const keyPolicy = { Statement: [...rootKeyPolicy.Statement, { Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] };
    expect(codes({ kmsKeyPolicy: keyPolicy })).toEqual(['error role/denied /kmsKeyPolicy/Statement/1']);
  });
});

describe('checkImportRolePolicies request', () => {
  it('reports a request that is not an object once, and still reads the policies', () => {
    expect(codes({ request: 'StartImport', trustPolicy: '{' })).toEqual(['error role/policy-malformed /trustPolicy', 'error role/request-unusable /request']);
  });

  it('reads the objects under a prefix without a final / as a folder', () => {
    const request = structuredClone(userGuideInput().request) as { ImportSource: { S3: { S3LocationUri: string } } };
    request.ImportSource.S3.S3LocationUri = 's3://aws-cloudtrail-logs-123456789012-612ff1f6/AWSLogs/123456789012/CloudTrail';
    expect(codes({ request })).toEqual([]);
  });

  it('needs the whole bucket when the URI has no prefix', () => {
    const request = structuredClone(userGuideInput().request) as { ImportSource: { S3: { S3LocationUri: string } } };
    request.ImportSource.S3.S3LocationUri = 's3://aws-cloudtrail-logs-123456789012-612ff1f6';
    const violations = checkImportRolePolicies({ ...userGuideInput(), request }).violations;
    expect(summary(violations)).toEqual(['error role/object-access-partial /permissionsPolicy/Statement/1/Resource']);
    expect(violations[0]?.message).toContain(`${BUCKET}/*`);
  });
});
