import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newImportRequest } from '../../src/arbitraries/index.js';
import { toViolateStartImportContract } from '../../src/matchers/index.js';
import '../../src/matchers/vitest.js';
import { loadImportPolicy, POLICY_RULE_NAMES, type ImportPolicyDocument, type PolicyCode } from '../../src/policy/index.js';
import { validateStartImportRequest } from '../../src/validate/index.js';
import { failureOf } from './support/failures.js';
import { newImport, NOW, retry } from './support/requests.js';

/** Allows eu-west-1 only (an error) and warns about ranges over 30 days. */
const POLICY: ImportPolicyDocument = {
  version: 1,
  rules: {
    'allowed-regions': { regions: ['eu-west-1'] },
    'max-time-range-days': { days: 30, severity: 'warning' },
    'retry-forbidden': { severity: 'off' },
  },
};

describe('toViolateStartImportContract with a policy code', () => {
  it('passes for a policy code the request breaks, given the policy as an object or loaded', () => {
    expect(newImport()).toViolateStartImportContract('policy/allowed-regions', { policy: POLICY });
    expect(newImport()).toViolateStartImportContract('policy/allowed-regions', { policy: loadImportPolicy(POLICY) });
  });

  it('passes for a policy code of severity warning: a code matches at any severity', () => {
    expect(newImport()).toViolateStartImportContract('policy/max-time-range-days', { policy: POLICY });
  });

  it('passes under .not for a policy code the request keeps to', () => {
    const inEurope = newImport();
    inEurope.ImportSource.S3['S3BucketRegion'] = 'eu-west-1';
    inEurope.Destinations = ['arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987'];
    expect(inEurope).not.toViolateStartImportContract('policy/allowed-regions', { policy: POLICY });
  });

  it('fails listing the policy violations the request does have', () => {
    const shortRange = { ...newImport(), EndEventTime: new Date('2024-01-02T00:00:00Z') };
    expect(failureOf(() => { expect(shortRange).toViolateStartImportContract('policy/max-time-range-days', { policy: POLICY }); })).toMatchInlineSnapshot(`
      "expect(received).toViolateStartImportContract(code, options)

      Expected a StartImport request with violation policy/max-time-range-days, but it is a new import, with 2 errors:
        /ImportSource/S3/S3BucketRegion error policy/allowed-regions: must be an allowed bucket Region ('eu-west-1'), not 'us-east-1'
        /Destinations/0 error policy/allowed-regions: must be in an allowed Region ('eu-west-1'), not 'us-east-1'

      Received: Object {
        "Destinations": Array [
          "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987",
        ],
        "EndEventTime": 2024-01-02T00:00:00.000Z,
        "ImportSource": Object {
          "S3": Object {
            "S3BucketAccessRoleArn": "arn:aws:iam::123456789012:role/CloudTrailLakeImport",
            "S3BucketRegion": "us-east-1",
            "S3LocationUri": "s3://org-log-archive/AWSLogs/123456789012/CloudTrail/",
          },
        },
        "StartEventTime": 2024-01-01T00:00:00.000Z,
      }"
    `);
  });

  it('agrees with validateStartImportRequest for every policy code on generated requests', () => {
    const policies = fc.record({
      regions: fc.subarray(['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'], { minLength: 1 }),
      days: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(newImportRequest({ shape: 'sdk' }), policies, (request, { regions, days }) => {
        const policy = loadImportPolicy({ version: 1, rules: { 'allowed-regions': { regions }, 'max-time-range-days': { days } } });
        const reported = new Set(validateStartImportRequest(request, { shape: 'sdk', now: NOW, policy }).violations.map((v) => v.code));
        for (const code of ['policy/allowed-regions', 'policy/max-time-range-days'] as const) {
          expect(toViolateStartImportContract(request, code, { shape: 'sdk', now: NOW, policy }).pass).toBe(reported.has(code));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('throws a TypeError for a policy code given without a policy, which could never match', () => {
    expect(() => { expect(retry).not.toViolateStartImportContract('policy/allowed-regions'); }).toThrow(
      "toViolateStartImportContract(code): 'policy/allowed-regions' can never be reported: the matcher has no policy option to check it against",
    );
  });

  it('throws a TypeError for a rule the policy does not set, or turns off', () => {
    expect(() => { expect(retry).not.toViolateStartImportContract('policy/allowed-buckets', { policy: POLICY }); }).toThrow(
      "toViolateStartImportContract(code): 'policy/allowed-buckets' can never be reported: the policy does not set the rule 'allowed-buckets'",
    );
    expect(() => { expect(retry).not.toViolateStartImportContract('policy/retry-forbidden', { policy: POLICY }); }).toThrow(
      "toViolateStartImportContract(code): 'policy/retry-forbidden' can never be reported: the policy turns the rule 'retry-forbidden' off",
    );
  });

  it('throws a TypeError for a policy code no rule has, listing the rules', () => {
    expect(() => { expect(retry).toViolateStartImportContract('policy/allowed-region' as PolicyCode, { policy: POLICY }); }).toThrow(
      `toViolateStartImportContract(code): 'policy/allowed-region' is not a policy code (the rules are ${POLICY_RULE_NAMES.join(', ')})`,
    );
  });

  it('throws the PolicyError of a bad policy before looking at the code', () => {
    expect(() => { expect(retry).toViolateStartImportContract('policy/allowed-regions', { policy: { version: 1, rules: { nope: {} } } as never }); }).toThrow("unknown member 'nope'");
  });
});
