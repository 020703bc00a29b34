import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { validateStartImportRequest } from '../../src/index.js';
import { catalogueEntry, ruleCatalogue, START_IMPORT_CHECKS, type Violation } from '../../src/rules/index.js';
import { IMPORT_OPERATIONS } from '../../src/contract/operations.js';
import { normalise } from '../../src/validate/normalise.js';
import { ValidationClock } from '../../src/validate/run.js';

const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
};

/** A clock that counts its readings. */
function countingClock(): { readonly now: () => Date; readonly readings: () => number } {
  let readings = 0;
  return {
    now: () => {
      readings += 1;
      return new Date('2026-01-01T00:00:00Z');
    },
    readings: () => readings,
  };
}

describe('START_IMPORT_CHECKS', () => {
  it('gives the catalogue its rows, in report order, one code per check', () => {
    const codes = START_IMPORT_CHECKS.map((check) => check.row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ruleCatalogue.slice(0, START_IMPORT_CHECKS.length)).toEqual(START_IMPORT_CHECKS.map((check) => check.row));
    for (const check of START_IMPORT_CHECKS) expect(catalogueEntry(check.row.code)).toBe(check.row);
  });

  it('declares for each check the operations it serves and the members it reads, as JSON Pointers', () => {
    for (const check of START_IMPORT_CHECKS) {
      expect(check.operations.every((operation) => (IMPORT_OPERATIONS as readonly string[]).includes(operation)), check.row.code).toBe(true);
      expect(check.reads.length, check.row.code).toBeGreaterThan(0);
      for (const read of check.reads) expect(read, check.row.code).toMatch(/^(\/[A-Za-z0-9*]+)*$/);
    }
  });

  it('reports only its own code from each check, for valid and labelled-invalid requests', () => {
    const anyRequest = fc.oneof(startImportRequest({ shape: 'wire' }), invalidStartImportRequest({ shape: 'wire' }).map((labelled) => labelled.request));
    fc.assert(
      fc.property(anyRequest, (request) => {
        const normalised = normalise(request, 'wire', 'request');
        if (!('view' in normalised)) return;
        for (const check of START_IMPORT_CHECKS) {
          const out: Violation[] = [];
          check.run(normalised.view, new ValidationClock(undefined), out);
          for (const found of out) expect(found.code).toBe(check.row.code);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateStartImportRequest and the clock', () => {
  it('reads the clock once per validation, for the contract and the policy alike', () => {
    const clock = countingClock();
    const request = { Destinations: [EDS], ImportSource: { S3 }, StartEventTime: 1_704_067_200, EndEventTime: 1_706_745_600 };
    const policy = { version: 1, rules: { 'end-not-in-future': {} } } as const;
    validateStartImportRequest(request, { shape: 'wire', now: clock.now, policy });
    expect(clock.readings()).toBe(1);
  });

  it('does not read the clock when no check needs it (a retry)', () => {
    const clock = countingClock();
    validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, { shape: 'wire', now: clock.now });
    expect(clock.readings()).toBe(0);
  });
});
