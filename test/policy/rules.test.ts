import { describe, expect, it } from 'vitest';
import type { PolicyRules } from '../../src/policy/index.js';
import { validateStartImportRequest } from '../../src/validate/index.js';
import { NOW, policyOf, REQUEST } from './support.js';

type Case = readonly [name: string, rules: PolicyRules, change: (r: Record<string, unknown>) => void, path: string];

const s3 = (r: Record<string, unknown>): Record<string, unknown> => (r['ImportSource'] as { S3: Record<string, unknown> }).S3;

const CASES: readonly Case[] = [
  ['allowed-partitions', { 'allowed-partitions': { partitions: ['aws'] } }, (r) => { s3(r)['S3BucketAccessRoleArn'] = 'arn:aws-cn:iam::123456789012:role/CloudTrailLake-x'; }, '/ImportSource/S3/S3BucketAccessRoleArn'],
  ['allowed-regions', { 'allowed-regions': { regions: ['us-east-1'] } }, (r) => { s3(r)['S3BucketRegion'] = 'eu-west-1'; }, '/ImportSource/S3/S3BucketRegion'],
  ['allowed-regions', { 'allowed-regions': { destinationRegions: ['us-east-1'] } }, (r) => { r['Destinations'] = ['arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']; }, '/Destinations/0'],
  ['allowed-accounts', { 'allowed-accounts': { accounts: ['123456789012'] } }, (r) => { r['Destinations'] = ['arn:aws:cloudtrail:us-east-1:210987654321:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']; }, '/Destinations/0'],
  ['allowed-accounts', { 'allowed-accounts': { roleAccounts: ['123456789012'] } }, (r) => { s3(r)['S3BucketAccessRoleArn'] = 'arn:aws:iam::210987654321:role/CloudTrailLake-x'; }, '/ImportSource/S3/S3BucketAccessRoleArn'],
  ['allowed-destinations', { 'allowed-destinations': { destinations: ['0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'] } }, (r) => { r['Destinations'] = ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/1b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a']; }, '/Destinations/0'],
  ['allowed-buckets', { 'allowed-buckets': { buckets: ['aws-cloudtrail-logs-*'] } }, (r) => { s3(r)['S3LocationUri'] = 's3://other-bucket/AWSLogs/123456789012/CloudTrail/'; }, '/ImportSource/S3/S3LocationUri'],
  ['required-prefix', { 'required-prefix': { patterns: ['AWSLogs/*/CloudTrail'] } }, (r) => { s3(r)['S3LocationUri'] = 's3://aws-cloudtrail-logs-1/AWSLogs/123456789012/CloudTrail/us-east-1/'; }, '/ImportSource/S3/S3LocationUri'],
  ['role-name-pattern', { 'role-name-pattern': { patterns: ['CloudTrailLake-*'] } }, (r) => { s3(r)['S3BucketAccessRoleArn'] = 'arn:aws:iam::123456789012:role/Admin'; }, '/ImportSource/S3/S3BucketAccessRoleArn'],
  ['retry-forbidden', { 'retry-forbidden': {} }, (r) => { for (const k of Object.keys(r)) Reflect.deleteProperty(r, k); r['ImportId'] = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'; }, '/ImportId'],
  ['time-range-required', { 'time-range-required': {} }, (r) => { Reflect.deleteProperty(r, 'StartEventTime'); Reflect.deleteProperty(r, 'EndEventTime'); }, ''],
  ['max-time-range-days', { 'max-time-range-days': { days: 31 } }, (r) => { r['EndEventTime'] = 1704067200 + 32 * 86400; }, '/EndEventTime'],
  ['earliest-start', { 'earliest-start': { earliest: 'P365D' } }, (r) => { r['StartEventTime'] = 1600000000; }, '/StartEventTime'],
  ['earliest-start', { 'earliest-start': { earliest: '2023-06-01T00:00:00+02:00' } }, (r) => { r['StartEventTime'] = 1672531200; }, '/StartEventTime'],
  ['end-not-in-future', { 'end-not-in-future': {} }, (r) => { r['EndEventTime'] = NOW.getTime() / 1000 + 60; }, '/EndEventTime'],
];

const check = (request: unknown, rules: PolicyRules) => validateStartImportRequest(request, { shape: 'wire', now: NOW, policy: policyOf(rules) });

describe('validateStartImportRequest with a policy', () => {
  it.each(CASES)('accepts a request within policy %s', (_name, rules) => {
    expect(check(REQUEST, rules)).toMatchObject({ valid: true, violations: [] });
  });

  it.each(CASES)('reports policy/%s when the request breaks it', (name, rules, change, path) => {
    const request = structuredClone(REQUEST) as unknown as Record<string, unknown>;
    change(request);
    const { violations, valid } = check(request, rules);
    const policy = violations.filter((v) => v.basis === 'policy');
    expect(policy).toEqual([expect.objectContaining({ code: `policy/${name}`, severity: 'error', path, basis: 'policy' })]);
    expect(valid).toBe(false);
  });

  it('reports with the configured severity, and not at all when off', () => {
    const request = { ...REQUEST, ImportSource: { S3: { ...REQUEST.ImportSource.S3, S3BucketRegion: 'eu-west-1' } } };
    expect(check(request, { 'allowed-regions': { regions: ['us-east-1'], severity: 'warning' } })).toMatchObject({ valid: true, violations: [{ code: 'policy/allowed-regions', severity: 'warning' }] });
    expect(check(request, { 'allowed-regions': { regions: ['us-east-1'], severity: 'off' } }).violations).toEqual([]);
  });

  it.each(CASES)('says "must" for policy/%s as an error and "should" as a warning', (_name, rules, change) => {
    const request = structuredClone(REQUEST) as unknown as Record<string, unknown>;
    change(request);
    const asWarnings = Object.fromEntries(Object.entries(rules).map(([rule, options]) => [rule, { ...options, severity: 'warning' }])) as PolicyRules;
    const messages = (found: PolicyRules): string[] => check(request, found).violations.filter((v) => v.basis === 'policy').map((v) => v.message);
    const errors = messages(rules);
    expect(errors.every((message) => message.startsWith('must '))).toBe(true);
    expect(messages(asWarnings)).toEqual(errors.map((message) => `should ${message.slice('must '.length)}`));
  });

  it('lists policy violations after the contract\'s', () => {
    const request = { ...REQUEST, StartEventTime: 1706745600, EndEventTime: 1704067200 };
    const codes = check(request, { 'end-not-in-future': {}, 'earliest-start': { earliest: '2025-01-01' } }).violations.map((v) => v.code);
    expect(codes).toEqual(['time-range-reversed', 'policy/earliest-start']);
  });

  it('accepts the sdk shape (Date timestamps)', () => {
    const request = { ...REQUEST, StartEventTime: new Date('2019-01-01T00:00:00Z'), EndEventTime: new Date('2019-02-01T00:00:00Z') };
    const result = validateStartImportRequest(request, { now: NOW, policy: policyOf({ 'earliest-start': { earliest: '2020-01-01' } }) });
    expect(result.violations.map((v) => v.code)).toEqual(['policy/earliest-start']);
  });

  it('throws PolicyError for a bad policy object instead of blaming the request', () => {
    expect(() => validateStartImportRequest(REQUEST, { policy: { version: 1, rules: { 'allowed-buckets': { buckets: ['[a'] } } } })).toThrow(/invalid import policy \(policy object\)/);
  });
});
