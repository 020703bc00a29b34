import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { newImportRequest } from '../../src/arbitraries/index.js';
import { parseRoleArn } from '../../src/contract/arn.js';
import { readDestination } from '../../src/contract/event-data-store.js';
import { partitionOfRegion, partitions } from '../../src/contract/partitions.js';
import { parseS3LocationUri } from '../../src/contract/s3.js';
import type { PolicyRules } from '../../src/policy/index.js';
import { validateStartImportRequest } from '../../src/validate/index.js';
import { policyOf } from './support.js';

const NOW = new Date('2100-01-01T00:00:00Z');
const DAY = 86_400;

interface WireRequest {
  Destinations: string[];
  StartEventTime?: number;
  EndEventTime?: number;
  ImportSource: { S3: { S3LocationUri: string; S3BucketRegion: string; S3BucketAccessRoleArn: string } };
}

/** A glob matching `text` alone. */
const literal = (text: string): string => text.replace(/[\\*?[\]{}()!+@|^$]/g, (c) => `\\${c}`);

/** A policy that allows exactly what `request` asks for. */
function policyFrom(request: WireRequest): PolicyRules {
  const { S3 } = request.ImportSource;
  const destination = request.Destinations[0] ?? '';
  const ref = readDestination(destination).ref;
  const role = parseRoleArn(S3.S3BucketAccessRoleArn);
  if ('problem' in role) throw new Error(role.problem);
  const location = parseS3LocationUri(S3.S3LocationUri);
  if (location === undefined) throw new Error('no location');
  const arn = ref?.form === 'arn' ? ref : undefined;
  const rules: Record<string, unknown> = {
    'allowed-partitions': { partitions: [...new Set([role.partition, ...(arn === undefined ? [] : [arn.partition])])] },
    'allowed-regions': { regions: [...new Set([S3.S3BucketRegion, ...(arn === undefined ? [] : [arn.region])])] },
    'allowed-accounts': { accounts: [...new Set([role.accountId, ...(arn === undefined ? [] : [arn.accountId])])] },
    'allowed-destinations': { destinations: [destination] },
    'allowed-buckets': { buckets: [literal(location.bucket)] },
    'role-name-pattern': { patterns: [literal(role.name)] },
    'end-not-in-future': {},
  };
  const prefix = location.prefix.replace(/\/+$/, '');
  if (prefix !== '') rules['required-prefix'] = { patterns: [literal(prefix)] };
  const { StartEventTime: start, EndEventTime: end } = request;
  if (start !== undefined && end !== undefined) {
    rules['time-range-required'] = {};
    const days = Math.max(Math.ceil((end - start) / DAY), 1);
    if (days <= 36500) rules['max-time-range-days'] = { days };
    rules['earliest-start'] = { earliest: new Date(Math.floor(start * 1000)).toISOString() };
  }
  return rules;
}

const policyCodes = (request: unknown, rules: PolicyRules): string[] =>
  validateStartImportRequest(request, { shape: 'wire', now: NOW, policy: policyOf(rules) }).violations.filter((v) => v.basis === 'policy').map((v) => v.code);

const requests = newImportRequest({ shape: 'wire' }) as unknown as fc.Arbitrary<WireRequest>;

describe('validateStartImportRequest with a policy derived from the request', () => {
  test.prop([requests])('reports no policy violation', (request) => {
    expect(policyCodes(request, policyFrom(request))).toEqual([]);
  });

  test.prop([requests])('reports exactly policy/allowed-regions when the bucket Region leaves the allowed set', (request) => {
    const region = request.ImportSource.S3.S3BucketRegion;
    const partition = partitions.find((p) => p.id === partitionOfRegion(region));
    const other = partition?.regions.find((r) => !policyFrom(request)['allowed-regions']?.regions?.includes(r));
    fc.pre(other !== undefined);
    const changed = { ...request, ImportSource: { S3: { ...request.ImportSource.S3, S3BucketRegion: other } } };
    expect(policyCodes(changed, policyFrom(request))).toEqual(['policy/allowed-regions']);
  });

  test.prop([requests])('reports exactly policy/allowed-buckets when the bucket changes', (request) => {
    const uri = request.ImportSource.S3.S3LocationUri.replace('s3://', 's3://x');
    const changed = { ...request, ImportSource: { S3: { ...request.ImportSource.S3, S3LocationUri: uri } } };
    expect(policyCodes(changed, policyFrom(request))).toEqual(['policy/allowed-buckets']);
  });

  test.prop([requests])('reports exactly policy/allowed-accounts when the role moves to another account', (request) => {
    const role = request.ImportSource.S3.S3BucketAccessRoleArn;
    const account = /::(\d{12}):/.exec(role)?.[1] ?? '';
    const otherAccount = account === '999999999999' ? '888888888888' : '999999999999';
    fc.pre(!(policyFrom(request)['allowed-accounts']?.accounts ?? []).includes(otherAccount));
    const changed = { ...request, ImportSource: { S3: { ...request.ImportSource.S3, S3BucketAccessRoleArn: role.replace(`::${account}:`, `::${otherAccount}:`) } } };
    expect(policyCodes(changed, policyFrom(request))).toEqual(['policy/allowed-accounts']);
  });

  test.prop([requests])('reports exactly policy/earliest-start when the start moves a day earlier', (request) => {
    fc.pre(request.StartEventTime !== undefined && request.EndEventTime !== undefined);
    // Without max-time-range-days, which the wider range would also break.
    const rules = Object.fromEntries(Object.entries(policyFrom(request)).filter(([name]) => name !== 'max-time-range-days'));
    const changed = { ...request, StartEventTime: (request.StartEventTime ?? 0) - DAY };
    const codes = policyCodes(changed, rules);
    expect(codes).toEqual(['policy/earliest-start']);
  });
});
