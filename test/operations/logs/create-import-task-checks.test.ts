/**
 * CreateImportTask's request checks run as one group (src/operations/logs/create-import-task):
 * each ARN read once, its common form in one test, and the filter's times read once with the
 * clock. These properties hold the group's run to running each of its checks in turn, code for
 * code, path for path, message for message, and to reading the clock exactly when they do, over
 * requests of common and uncommon ARNs, every kind of filter time and any clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventDataStoreArn, eventDataStoreId, iamRoleArn } from '../../../src/arbitraries/index.js';
import type { CheckContext } from '../../../src/core/check.js';
import { operationContracts, validateImportRequest } from '../../../src/operations/index.js';
import { isoOfMilliseconds } from '../../../src/operations/logs/times.js';
import type { Violation } from '../../../src/rules/types.js';
import { sortViolations } from '../../../src/validate/run.js';
import { nearly as nearlyWith } from '../../support/near-edits.js';

const EDITS = ['A', 'z', '0', ':', '/', '-', '_', ' ', 'arn:', 'aws-cn', 'iam', 'role/', '//', 'logs'];

const nearly = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => nearlyWith(valid, EDITS);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const OTHER = fc.constantFrom<unknown>(undefined, null, '', 'x', 0, -1, 1.5, [], {});

/** A filter time of every kind the checks tell apart: in milliseconds or seconds, within retention or not, past or future, or no time at all. */
const time = fc.oneof(
  fc.integer({ min: NOW - 3653 * DAY - 2, max: NOW + 2 }),
  fc.integer({ min: 0, max: 2e12 }),
  fc.integer({ min: 1e8 - 2, max: 1e11 + 2 }),
  fc.integer({ min: NOW, max: 9e15 }),
  fc.constantFrom(0, NOW - 1, NOW, NOW + 1, NOW - 3653 * DAY, NOW - 3653 * DAY - 1, 1e8, 1e11 - 1, 1e11, 8.64e15, 8.64e15 + 1, 2 ** 53),
  OTHER,
);

const filter = fc.oneof(
  fc.record({ startEventTime: time, endEventTime: time }, { requiredKeys: [] }),
  time.map((at) => ({ startEventTime: at, endEventTime: at })),
  OTHER,
);

/** A role in the source's partition (as most are), or as it came. */
const request = fc
  .record(
    {
      importSourceArn: fc.oneof(nearly(eventDataStoreArn()), nearly(eventDataStoreId()), fc.constant('arn:aws:logs:us-east-1:123456789012:log-group:x'), OTHER),
      importRoleArn: fc.oneof(nearly(iamRoleArn()), nearly(iamRoleArn({ withPath: true })), OTHER),
      importFilter: filter,
    },
    { requiredKeys: [] },
  )
  .chain((value) => fc.boolean().map((same) => {
    const { importSourceArn: source, importRoleArn: role } = value;
    if (!same || typeof source !== 'string' || typeof role !== 'string' || !source.startsWith('arn:')) return value;
    return { ...value, importRoleArn: role.replace(/^arn:[^:]*:/, `arn:${source.slice(4, source.indexOf(':', 4))}:`) };
  }));

/** A clock that counts its readings and never remembers one. */
function countingClock(seconds: number): CheckContext & { readings: number } {
  return { readings: 0, now() { this.readings += 1; return seconds; } };
}

const clockSeconds = fc.oneof(fc.constant(NOW / 1000), fc.integer({ min: 0, max: 4e9 }).map((s) => s + 0.123), fc.constant(Number.NaN));

describe("CreateImportTask's request checks", () => {
  const { request: contract } = operationContracts('CreateImportTask');

  it('report in one group run what running each of their checks in turn reports', () => {
    fc.assert(
      fc.property(request, clockSeconds, (input, seconds) => {
        const grouped: Violation[] = [];
        const alone: Violation[] = [];
        const groupClock = countingClock(seconds);
        const checksClock = countingClock(seconds);
        contract.runSemantic(input, groupClock, grouped);
        for (const check of contract.semantic) check.run(input, checksClock, alone);
        expect(sortViolations(grouped)).toEqual(sortViolations(alone));
        expect(groupClock.readings > 0).toBe(checksClock.readings > 0);
        expect(groupClock.readings).toBeLessThanOrEqual(1);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('logs-time-in-seconds', () => {
  it("says what a seconds-sized time reads as, and its thousandfold in milliseconds", () => {
    const request = { importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb', importRoleArn: 'arn:aws:iam::123456789012:role/Import' };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1e8, max: 1e11 - 1 }), fc.constantFrom(1e8, 1e11 - 1)), (ms) => {
        const { violations } = validateImportRequest('CreateImportTask', { ...request, importFilter: { startEventTime: ms } }, { shape: 'wire', now: new Date(NOW) });
        const iso = (at: number): string => new Date(at).toISOString();
        expect(violations.map((v) => v.message)).toEqual([`must be epoch milliseconds: ${String(ms)} reads as ${iso(ms)}; as epoch seconds (${iso(ms * 1000)}) it is ${String(ms * 1000)} in milliseconds`]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isoOfMilliseconds', () => {
  it("writes any number of milliseconds as Date's toISOString does, or the number when no Date holds it", () => {
    const dateIso = (ms: number): string => (Number.isFinite(new Date(ms).getTime()) ? new Date(ms).toISOString() : String(ms));
    const ms = fc.oneof(
      fc.integer({ min: 0, max: 253_402_300_800_001 }),
      fc.integer({ min: -8.64e15 - 2, max: 8.64e15 + 2 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(0, -0, 0.5, -0.5, -1, -999.5, -86_400_001, 951_782_400_000, 951_868_799_999, 253_402_300_799_999.9, 253_402_300_800_000, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(ms, (value) => {
        expect(isoOfMilliseconds(value)).toBe(dateIso(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
