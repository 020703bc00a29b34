import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkLogsImportRolePolicies, formatRoleViolations, type LogsImportRolePolicies } from '../../src/role/index.js';
import { logsApiReferenceInput, summary } from './support.js';

const STORE_ID = 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const ROLE = 'arn:aws:iam::123456789012:role/apiCallerCredentials';
const LOG_GROUP = `arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/${STORE_ID}`;
const reference = logsApiReferenceInput();

function codes(input: LogsImportRolePolicies): string[] {
  return summary(checkLogsImportRolePolicies(input).violations);
}

/** The reference's documents with the caller's policy replaced by these statements. */
function withCaller(statement: unknown): LogsImportRolePolicies {
  return { ...reference, callerPolicy: { Version: '2012-10-17', Statement: statement } };
}

/** What the caller needs beside iam:PassRole: read the source, and make the call. */
const SOURCE_ACCESS = { Effect: 'Allow', Action: ['cloudtrail:GetEventDataStoreData', 'logs:CreateImportTask'], Resource: '*' };
const PASS_ROLE = { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: { StringLike: { 'iam:AssociatedResourceARN': `${LOG_GROUP}:*` } } };

describe('checkLogsImportRolePolicies iam:PassRole of the caller', () => {
  it('rejects a caller without iam:PassRole on the role, as an error naming the role', () => {
    const result = checkLogsImportRolePolicies(withCaller([SOURCE_ACCESS]));
    expect(result.valid).toBe(false);
    expect(formatRoleViolations(result.violations)).toBe(`/callerPolicy/Statement error role/logs-pass-role-missing: must allow iam:PassRole on ${ROLE} in callerPolicy`);
  });

  it('warns, and stays valid, when iam:PassRole has no iam:AssociatedResourceARN condition', () => {
    const result = checkLogsImportRolePolicies(withCaller([SOURCE_ACCESS, { Sid: 'Pass', Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE }]));
    expect(result.valid).toBe(true);
    expect(formatRoleViolations(result.violations)).toBe(
      `/callerPolicy/Statement/1 warning role/logs-pass-role-unscoped: should scope iam:PassRole on ${ROLE} with an iam:AssociatedResourceARN condition naming the destination log group ${LOG_GROUP}: statement 'Pass' lets the role be passed to any resource`,
    );
  });

  it.each([
    ['StringEquals', `${LOG_GROUP}:*`],
    ['StringEquals', `${LOG_GROUP.replace('log-group:/', 'log-group:')}:*`],
    ['StringLike', 'arn:aws:logs:us-east-1:123456789012:log-group:*'],
    ['ArnLike', 'arn:aws:logs:*:123456789012:log-group:/aws/cloudtrail/*'],
  ])('accepts an iam:AssociatedResourceARN condition %s %s that admits the managed log group', (operator, value) => {
    expect(codes(withCaller([SOURCE_ACCESS, { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: { [operator]: { 'iam:AssociatedResourceARN': value } } }]))).toEqual([]);
  });

  it.each([
    ['another store', `arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/00000000-d0e3-4868-b5d9-2eb678aa32fb:*`],
    ['another Region', `arn:aws:logs:eu-west-1:123456789012:log-group:/aws/cloudtrail/${STORE_ID}:*`],
    ['the log group without :*', LOG_GROUP],
  ])('rejects an iam:AssociatedResourceARN condition naming %s, at the condition', (_, value) => {
    const statement = { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: { StringEquals: { 'iam:AssociatedResourceARN': value } } };
    expect(codes(withCaller([SOURCE_ACCESS, statement]))).toEqual(['error role/logs-pass-role-scope-mismatch /callerPolicy/Statement/1/Condition/StringEquals/iam:AssociatedResourceARN']);
  });

  it('lets a Deny of iam:PassRole win over the scoped Allow', () => {
    const deny = { Effect: 'Deny', Action: 'iam:Pass*', Resource: 'arn:aws:iam::*:role/api*' };
    expect(codes({ ...reference, callerPolicy: { Statement: [...(reference.callerPolicy as { Statement: unknown[] }).Statement, deny] } })).toEqual(['error role/denied /callerPolicy/Statement/4']);
  });

  it('checks no caller permission when no caller policy is given', () => {
    expect(codes({ ...reference, callerPolicy: undefined, permissionsPolicy: { Statement: [{ Effect: 'Allow', Action: ['cloudtrail:*', 'logs:*', 'kms:*'], Resource: '*' }] } })).toEqual([]);
  });
});

describe('checkLogsImportRolePolicies logs:CreateImportTask of the caller', () => {
  const source = { Effect: 'Allow', Action: 'cloudtrail:GetEventDataStoreData', Resource: '*' };

  it('rejects a caller without logs:CreateImportTask, as an error naming the managed log group', () => {
    const result = checkLogsImportRolePolicies(withCaller([source, PASS_ROLE]));
    expect(result.valid).toBe(false);
    expect(formatRoleViolations(result.violations)).toBe(`/callerPolicy/Statement error role/logs-create-import-task-missing: must allow logs:CreateImportTask on ${LOG_GROUP} in callerPolicy`);
  });

  it.each([LOG_GROUP, `${LOG_GROUP}:*`, 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/*', '*'])('accepts logs:CreateImportTask on %s', (resource) => {
    expect(codes(withCaller([source, PASS_ROLE, { Effect: 'Allow', Action: 'logs:CreateImportTask', Resource: resource }]))).toEqual([]);
  });

  it.each([
    ['logs:CreateImportTask on another store only', { Action: 'logs:CreateImportTask', Resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/cloudtrail/00000000-d0e3-4868-b5d9-2eb678aa32fb' }],
    ['logs:CreateImportTask in another Region only', { Action: 'logs:CreateImportTask', Resource: `arn:aws:logs:eu-west-1:123456789012:log-group:/aws/cloudtrail/${STORE_ID}` }],
    ['other logs actions only', { Action: ['logs:CreateLogGroup', 'logs:DescribeImportTasks'], Resource: '*' }],
  ])('rejects a caller granted %s', (_, grant) => {
    expect(codes(withCaller([source, PASS_ROLE, { Effect: 'Allow', ...grant }]))).toEqual(['error role/logs-create-import-task-missing /callerPolicy/Statement']);
  });

  it('lets a Deny of logs:CreateImportTask win over the Allow', () => {
    const deny = { Effect: 'Deny', Action: 'logs:CreateImport*', Resource: '*' };
    expect(codes(withCaller([SOURCE_ACCESS, PASS_ROLE, deny]))).toEqual(['error role/denied /callerPolicy/Statement/2']);
  });
});

describe('checkLogsImportRolePolicies customer managed key', () => {
  const withoutKms = { Statement: [{ Effect: 'Allow', Action: ['cloudtrail:GetEventDataStoreData', 'logs:Create*', 'logs:PutResourcePolicy'], Resource: '*' }] };

  it('asks no KMS permission of a store without a customer managed key', () => {
    expect(codes({ ...reference, kmsKeyId: undefined, kmsKeyPolicy: undefined, permissionsPolicy: withoutKms })).toEqual([]);
  });

  it.each([
    ['kmsKeyId', { kmsKeyPolicy: undefined }],
    ['kmsKeyPolicy', { kmsKeyId: undefined }],
  ])('asks kms:Decrypt and kms:GenerateDataKey of a store whose %s alone says it has a key', (_, without) => {
    expect(codes({ ...reference, ...without, permissionsPolicy: withoutKms })).toEqual([
      'error role/logs-kms-access-missing /permissionsPolicy/Statement',
      'error role/logs-kms-access-missing /permissionsPolicy/Statement',
    ]);
  });
});

// A store in any Region and account of the aws partition, and the reference's documents rewritten for it.
const store = fc.record({
  id: fc.uuid({ version: 4 }),
  region: fc.constantFrom('us-east-1', 'eu-west-3', 'ap-southeast-2', 'sa-east-1'),
  account: fc.stringMatching(/^\d{12}$/),
});

function rewritten(documents: LogsImportRolePolicies, to: { id: string; region: string; account: string }): LogsImportRolePolicies {
  const text = JSON.stringify(documents).replaceAll(STORE_ID, to.id).replaceAll('us-east-1', to.region).replaceAll('123456789012', to.account);
  return JSON.parse(text) as LogsImportRolePolicies;
}

describe('checkLogsImportRolePolicies over stores (property)', () => {
  test.prop([store])("accepts the reference's documents rewritten for any store, its Region and its account", (to) => {
    expect(codes(rewritten(reference, to))).toEqual([]);
  });

  test.prop([store, fc.uuid({ version: 4 })])('rejects, by the source and PassRole scope, policies written for another store of the same account', (to, otherId) => {
    fc.pre(otherId !== to.id);
    const policies = rewritten({ ...reference, request: undefined }, { ...to, id: otherId });
    const request = rewritten({ request: reference.request } as LogsImportRolePolicies, to).request;
    expect(codes({ ...policies, request })).toEqual([
      'error role/logs-pass-role-scope-mismatch /callerPolicy/Statement/0/Condition/StringLike/iam:AssociatedResourceARN',
      'error role/logs-source-access-missing /callerPolicy/Statement',
      'error role/logs-source-access-missing /permissionsPolicy/Statement',
    ]);
  });
});
