import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkLogsImportRolePolicies, type LogsImportRolePolicies, type RolePolicyCheckResult } from '../../src/role/index.js';
import { hostileValue as sharedHostileValue, isPrototypePolluted, type Hostile } from '../support/hostile-arbitrary.js';
import { revokedProxy, throwingGetters, throwingProxy } from '../support/hostile-values.js';
import { logsApiReferenceInput } from './support.js';

// Control characters, line separators and bidi controls (U+202E turns the rest of a line around).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ROLE = 'arn:aws:iam::123456789012:role/apiCallerCredentials';

function check(input: unknown): RolePolicyCheckResult {
  return checkLogsImportRolePolicies(input as LogsImportRolePolicies);
}

function expectPrintable(result: RolePolicyCheckResult): void {
  for (const { path, message } of result.violations) {
    expect(path).not.toMatch(RAW_CONTROL);
    expect(message).not.toMatch(RAW_CONTROL);
  }
}

function passRoleWith(condition: unknown): Partial<LogsImportRolePolicies> {
  const calls = { Effect: 'Allow', Action: ['cloudtrail:GetEventDataStoreData', 'logs:CreateImportTask'], Resource: '*' };
  return { callerPolicy: { Statement: [calls, { Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: condition }] } };
}

describe('checkLogsImportRolePolicies on hostile input', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'trust.json'],
    ['an array', []],
    ['a revoked Proxy', revokedProxy()],
  ])('reports one finding at the root, not a TypeError, when the input is %s', (_, input) => {
    const result = check(input);
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([
      expect.objectContaining({ code: 'role/logs-request-unusable', path: '', message: expect.stringMatching(/^must be an object \{ request, trustPolicy, permissionsPolicy, callerPolicy\?, kmsKeyId\?, kmsKeyPolicy\? \} \(got /) as unknown }),
    ]);
  });

  it.each([
    ['a revoked Proxy', revokedProxy],
    ['a Proxy whose get trap throws', () => throwingProxy({}, ['get'])],
    ['an object whose getters throw', () => throwingGetters({ importSourceArn: '', importRoleArn: '' }, new Error('getter refused'))],
  ])('reports the request as unreadable when it is %s, and still checks the documents', (_, make) => {
    const result = check({ ...logsApiReferenceInput(), request: make(), trustPolicy: { Statement: [] } });
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['role/logs-request-unusable /request', 'role/trust-not-cloudtrail /trustPolicy/Statement']);
  });

  it('reports a kmsKeyId that throws when read at /kmsKeyId, and still asks the KMS permissions', () => {
    const input: Record<string, unknown> = { ...logsApiReferenceInput(), permissionsPolicy: { Statement: [{ Effect: 'Allow', Action: ['cloudtrail:*', 'logs:*'], Resource: '*' }] } };
    Object.defineProperty(input, 'kmsKeyId', {
      enumerable: true,
      get(): never {
        throw new Error('key refused');
      },
    });
    expect(check(input).violations.map((v) => `${v.code} ${v.path}: ${v.message}`)).toEqual([
      'role/logs-request-unusable /kmsKeyId: must be readable plain data (reading it threw: key refused)',
      'role/logs-kms-access-missing /permissionsPolicy/Statement: must allow kms:Decrypt on a KMS key in permissionsPolicy',
      'role/logs-kms-access-missing /permissionsPolicy/Statement: must allow kms:GenerateDataKey on a KMS key in permissionsPolicy',
    ]);
  });

  it.each(['trustPolicy', 'permissionsPolicy', 'callerPolicy', 'kmsKeyPolicy'] as const)('reports %s as unreadable, naming it, when it is a revoked Proxy', (name) => {
    const result = check({ ...logsApiReferenceInput(), [name]: revokedProxy() });
    expect(result.violations.filter((v) => v.code === 'role/policy-malformed').map((v) => v.path)).toEqual([`/${name}`]);
    expect(result.valid).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('assumes an iam:AssociatedResourceARN condition under the operator %s instead of throwing', (operator) => {
    const { violations } = check({ ...logsApiReferenceInput(), ...passRoleWith({ [operator]: { 'iam:AssociatedResourceARN': 'x' } }) });
    expect(violations.map((v) => `${v.code} ${v.path}`)).toEqual([`role/condition-assumed /callerPolicy/Statement/1/Condition/${operator}/iam:AssociatedResourceARN`]);
  });

  it('escapes control characters of a condition value quoted in a pass-role-scope-mismatch message', () => {
    const { violations } = check({ ...logsApiReferenceInput(), ...passRoleWith({ StringEquals: { 'iam:AssociatedResourceARN': 'arn:\n\u202e' } }) });
    expect(violations.find((v) => v.code === 'role/logs-pass-role-scope-mismatch')?.message).toContain("allows only 'arn:\\n\\u202e'");
    expectPrintable({ valid: false, violations });
  });
});

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const IAM_WORDS = ['StringLike', 'ArnLike', 'Null', 'iam:AssociatedResourceARN', 'iam:PassedToService', 'Statement', 'Effect', 'Allow', 'importSourceArn', 'importRoleArn'];
const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\u0000', '\u2028', '\u202e', '/', '~', ':', '*'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...IAM_WORDS), hostileText);
const hostileValue = fc.oneof(hostileText, fc.constantFrom(...PROTOTYPE_KEYS, ...IAM_WORDS), fc.boolean(), fc.integer(), fc.constant(null));
const conditionBlock = fc.dictionary(hostileKey, fc.oneof(fc.dictionary(hostileKey, fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 3 })), { maxKeys: 3 }), hostileValue), { maxKeys: 3 });
const statement = fc
  .record({ Effect: fc.constantFrom('Allow', 'Deny'), Condition: conditionBlock, Sid: hostileText })
  .map((s) => ({ Principal: { Service: 'cloudtrail.amazonaws.com', AWS: '*' }, Action: ['iam:PassRole', 'sts:AssumeRole', 'logs:*', 'cloudtrail:*', 'kms:*'], Resource: '*', ...s }));
const document = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.array(statement, { minLength: 1, maxLength: 3 }).map((Statement) => ({ Statement })),
);
const maybeJson = document.chain((value) => fc.constantFrom(value, JSON.stringify(value)));
const request = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ importSourceArn: fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 })), importRoleArn: fc.oneof(hostileText, fc.jsonValue({ maxDepth: 1 })) }));

describe('checkLogsImportRolePolicies over hostile documents (property)', () => {
  test.prop([fc.record({ trustPolicy: maybeJson, permissionsPolicy: maybeJson, callerPolicy: maybeJson, kmsKeyPolicy: maybeJson, kmsKeyId: fc.jsonValue({ maxDepth: 1 }), request }, { requiredKeys: [] })])(
    'never throws, and no path or message carries a raw control character',
    (documents) => {
      expectPrintable(check({ ...logsApiReferenceInput(), ...documents }));
    },
  );

  test.prop([fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }))])('never throws on an input of any shape', (input) => {
    expectPrintable(check(input));
  });
});

const SLOTS = ['request', 'trustPolicy', 'permissionsPolicy', 'callerPolicy', 'kmsKeyId', 'kmsKeyPolicy'] as const;
// Proxies, throwing getters, cycles and sparse arrays, with the keys the check reads.
const sharedHostile = sharedHostileValue(['Statement', 'Effect', 'Action', 'Resource', 'Principal', 'Condition', 'Version', 'importSourceArn', 'importRoleArn', 'importFilter']);

describe('checkLogsImportRolePolicies, fuzzed with the shared hostile values', () => {
  it('answers with a result, never throwing or polluting a prototype, whichever slot is hostile', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLOTS), sharedHostile, fc.boolean(), (slot, value: Hostile, whole) => {
        const input = whole ? value.make() : { ...logsApiReferenceInput(), [slot]: value.make() };
        const result = check(input);
        expect(typeof result.valid).toBe('boolean');
        expectPrintable(result);
        // A hostile required slot is named: the request and the two role documents cannot be hostile and fine.
        if (whole || slot === 'request' || slot === 'trustPolicy' || slot === 'permissionsPolicy') expect(result.violations.length).toBeGreaterThan(0);
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
