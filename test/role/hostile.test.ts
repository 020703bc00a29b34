import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkImportRolePolicies, type ImportRolePolicies, type RolePolicyCheckResult } from '../../src/role/index.js';
import { S3_KEY_MAX_BYTES } from '../../src/contract/s3.js';
import { MAX_VIOLATIONS_PER_DOCUMENT } from '../../src/rules/limits.js';
import { userGuideInput } from './support.js';

// Control characters, line separators and bidi controls (U+202E turns the rest of a line around).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const TRUSTED = { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' } as const;

function trustWith(condition: unknown): Partial<ImportRolePolicies> {
  return { trustPolicy: { Statement: [{ ...TRUSTED, Condition: condition }] } };
}

function check(input: unknown): RolePolicyCheckResult {
  return checkImportRolePolicies(input as ImportRolePolicies);
}

function expectPrintable(result: RolePolicyCheckResult): void {
  for (const { path, message } of result.violations) {
    expect(path).not.toMatch(RAW_CONTROL);
    expect(message).not.toMatch(RAW_CONTROL);
  }
}

describe('checkImportRolePolicies on hostile input', () => {
  it.each(['__proto__', 'constructor', 'CONSTRUCTOR', '__proto__IfExists', 'constructorIfExists', 'toString', 'hasOwnProperty'])(
    'assumes a condition under the operator %s instead of throwing, as for any operator it does not evaluate',
    (operator) => {
      const { violations } = checkImportRolePolicies({ ...userGuideInput(), ...trustWith({ [operator]: { 'aws:SourceArn': 'x' } }) });
      expect(violations.map((v) => `${v.code} ${v.path}`)).toContain(`role/condition-assumed /trustPolicy/Statement/0/Condition/${operator}/aws:SourceArn`);
    },
  );

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'trust.json'],
    ['a number', 42],
    ['an array', []],
  ])('reports a finding at the root, not a TypeError, when the input is %s', (_, input) => {
    const result = check(input);
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([
      expect.objectContaining({ code: 'role/request-unusable', path: '', message: expect.stringMatching(/^must be an object \{ request, trustPolicy, permissionsPolicy.*\(got /) as unknown }),
    ]);
  });

  it('escapes a newline and a bidi control of a document key in the path and message', () => {
    const { violations } = checkImportRolePolicies({ ...userGuideInput(), ...trustWith({ 'String\nLike': { 'aws:Source\u202eArn': 'x' } }) });
    const assumed = violations.find((v) => v.code === 'role/condition-assumed');
    expect(assumed?.path).toBe('/trustPolicy/Statement/0/Condition/String\\nLike/aws:Source\\u202eArn');
    expect(assumed?.message).toContain('String\\nLike aws:Source\\u202eArn');
  });

  it('escapes control characters of a value quoted in a trust-source-mismatch message', () => {
    const { violations } = checkImportRolePolicies({ ...userGuideInput(), ...trustWith({ StringEquals: { 'aws:SourceAccount': '1\n2' } }) });
    expect(violations.find((v) => v.code === 'role/trust-source-mismatch')?.message).toContain("allows only '1\\n2'");
  });
});

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__PROTO__', 'Constructor'];
const IAM_WORDS = ['StringLike', 'ArnEquals', 'Bool', 'Null', 'aws:SourceArn', 'aws:SourceAccount', 'aws:SecureTransport', 'Statement', 'Effect', 'Allow'];
const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '\u0000', '\u001b', '\u2028', '\u202e', '\u2066', '/', '~'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 });
const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...IAM_WORDS), hostileText);
const hostileValue = fc.oneof(hostileText, fc.constantFrom(...PROTOTYPE_KEYS, ...IAM_WORDS), fc.boolean(), fc.integer(), fc.constant(null));
const conditionValues = fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 3 }), fc.dictionary(hostileKey, hostileValue, { maxKeys: 2 }));
const conditionBlock = fc.dictionary(hostileKey, fc.oneof(fc.dictionary(hostileKey, conditionValues, { maxKeys: 3 }), hostileValue), { maxKeys: 3 });
const statement = fc.record({ Effect: fc.constantFrom('Allow', 'Deny'), Condition: conditionBlock, Sid: hostileText }).map((s) => ({ ...TRUSTED, Action: ['sts:AssumeRole', 's3:*', 'kms:*'], Resource: '*', ...s }));
// A document: a JSON value of any shape, hostile keys in any place, or a statement that reaches condition evaluation.
const document = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.array(statement, { minLength: 1, maxLength: 3 }).map((Statement) => ({ Statement })),
);
const maybeJson = document.chain((value) => fc.constantFrom(value, JSON.stringify(value)));

describe('checkImportRolePolicies over hostile documents (property)', () => {
  test.prop([fc.record({ trustPolicy: maybeJson, permissionsPolicy: maybeJson, bucketPolicy: maybeJson, kmsKeyPolicy: maybeJson }, { requiredKeys: [] })])(
    'never throws, and no path or message carries a raw control character',
    (documents) => {
      expectPrintable(checkImportRolePolicies({ ...userGuideInput(), ...documents }));
    },
  );

  test.prop([fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }))])(
    'never throws on an input of any shape',
    (input) => {
      expectPrintable(check(input));
    },
  );
});

describe('checkImportRolePolicies on a prefix longer than an S3 key', () => {
  /** The User Guide's request with its S3 prefix made `bytes` bytes long (ending in `/`). */
  function withPrefix(bytes: number): unknown {
    const { request } = userGuideInput() as { request: { ImportSource: { S3: Record<string, unknown> } } };
    const uri = request.ImportSource.S3['S3LocationUri'] as string;
    const bucket = uri.slice(0, uri.indexOf('/', 's3://'.length) + 1);
    return { ...request, ImportSource: { S3: { ...request.ImportSource.S3, S3LocationUri: `${bucket}${'é'.repeat((bytes - 1) / 2)}/` } } };
  }

  it('reads a prefix of up to S3_KEY_MAX_BYTES, and names one longer as unusable (no key is so long), with no grant judged against it', () => {
    const within = check({ ...userGuideInput(), request: withPrefix(S3_KEY_MAX_BYTES - 1) });
    expect(within.violations.map((v) => v.code)).not.toContain('role/request-unusable');
    const beyond = check({ ...userGuideInput(), request: withPrefix(S3_KEY_MAX_BYTES + 1) });
    expect(beyond.violations.filter((v) => v.severity === 'error').map((v) => `${v.code} ${v.path}`)).toEqual(['role/request-unusable /request/ImportSource/S3/S3LocationUri']);
    expect(beyond.violations[0]?.message).toBe(`must have a prefix of at most ${String(S3_KEY_MAX_BYTES)} bytes (S3_KEY_MAX_BYTES, S3's limit on an object key): a longer one names no object`);
  });
});

describe('checkImportRolePolicies on a document given as JSON text that writes a member twice', () => {
  const permissions = userGuideInput().permissionsPolicy as { Statement: unknown[] };
  const denyAll = { Effect: 'Deny', Action: '*', Resource: '*' };
  // JSON.parse keeps the last Statement: the Deny before it would not be read at all.
  const twice = `{"Version":"2012-10-17","Statement":[${JSON.stringify(denyAll)}],"Statement":${JSON.stringify(permissions.Statement)}}`;

  it('reports role/policy-malformed at the repeat (IAM refuses the document), as the first would hide a Deny without a word', () => {
    const result = checkImportRolePolicies({ ...userGuideInput(), permissionsPolicy: twice });
    expect(result.valid).toBe(false);
    expect(result.violations.map((v) => `${v.code} ${v.path}`)).toEqual(['role/policy-malformed /permissionsPolicy/Statement']);
    expect(result.violations[0]?.message).toBe(
      "permissionsPolicy has the member 'Statement' twice in one object: IAM refuses the document (JSON.parse keeps only the last, and the first is not checked)",
    );
  });

  it('reports a repeat inside a statement, and reads the same text written once as before', () => {
    const statement = JSON.stringify(permissions.Statement[0]).replace('{', '{"Effect":"Deny",');
    const inside = JSON.stringify({ Version: '2012-10-17', Statement: permissions.Statement }).replace(JSON.stringify(permissions.Statement[0]), statement);
    expect(checkImportRolePolicies({ ...userGuideInput(), permissionsPolicy: inside }).violations.map((v) => `${v.code} ${v.path}`)).toEqual([
      'role/policy-malformed /permissionsPolicy/Statement/0/Effect',
    ]);
    expect(checkImportRolePolicies({ ...userGuideInput(), permissionsPolicy: JSON.stringify(permissions) })).toEqual(checkImportRolePolicies(userGuideInput()));
  });

  it('reads a document text nested 100,000 levels deep, a repeat on each level, without overflowing the stack: names the first 100 repeats and counts the rest', () => {
    const deep = `{"Statement":[],"Deep":${'[{"a":1,"a":2},'.repeat(100_000)}0${']'.repeat(100_000)}}`;
    const malformed = checkImportRolePolicies({ ...userGuideInput(), trustPolicy: deep }).violations.filter((v) => v.code === 'role/policy-malformed');
    expect(malformed.map((v) => v.path).slice(0, 3)).toEqual(['/trustPolicy/Deep/0/a', '/trustPolicy/Deep/1/0/a', '/trustPolicy/Deep/1/1/0/a']);
    expect(malformed.filter((v) => v.path.endsWith('/a'))).toHaveLength(MAX_VIOLATIONS_PER_DOCUMENT);
    expect(malformed.map((v) => v.message)).toContain('trustPolicy writes 99900 more members twice in one object (only the first 100 are named): IAM refuses the document');
  });
});
