import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { REQUEST_CHECKS, type Violation } from '../../src/rules/index.js';
import { normalise } from '../../src/validate/normalise.js';
import { runRequestChecks, ValidationClock } from '../../src/validate/run.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const MEMBERS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'] as const;

/** Any subset of the request's members, each holding any value, beside an odd key now and then. */
const anyMembers = fc.record(
  Object.fromEntries([...MEMBERS, 'Destination'].map((name) => [name, fc.oneof(fc.anything(), fc.array(fc.string()), fc.constant(undefined))])),
  { requiredKeys: [] },
);

const anyRequest = fc.oneof(
  startImportRequest({ shape: 'wire' }),
  invalidStartImportRequest({ shape: 'wire' }).map((labelled) => labelled.request),
  anyMembers,
);

/** Every request check run over `request`, none skipped. */
function everyCheck(request: unknown): Violation[] | undefined {
  const normalised = normalise(request, 'wire', 'request');
  if (!('view' in normalised)) return undefined;
  const out: Violation[] = [];
  for (const check of REQUEST_CHECKS) check.run(normalised.view, new ValidationClock(NOW), out);
  return out;
}

describe('runRequestChecks', () => {
  it('reports what running every request check reports, in the same order: a check whose members are all absent has nothing to report', () => {
    fc.assert(
      fc.property(anyRequest, (request) => {
        const normalised = normalise(request, 'wire', 'request');
        if (!('view' in normalised)) return;
        expect(runRequestChecks(normalised.view, new ValidationClock(NOW))).toEqual(everyCheck(request));
      }),
      { numRuns: 500 },
    );
  });

  it('reports request-empty and the missing members of a new import, which no present member shows', () => {
    const codes = (request: object): string[] => {
      const normalised = normalise(request, 'wire', 'request');
      return 'view' in normalised ? runRequestChecks(normalised.view, new ValidationClock(NOW)).map((found) => found.code) : [];
    };
    expect(codes({})).toEqual(['request-empty']);
    expect(codes({ StartEventTime: 1_700_000_000, EndEventTime: 1_700_000_001 })).toEqual(['new-import-missing-destinations', 'new-import-missing-import-source']);
  });
});
