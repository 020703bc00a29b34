/**
 * The fake and the msw handlers over hostile input: `handle` answers every input of every
 * operation with an outcome; concurrent StartImports into one account and Region start exactly
 * one import; random requests through `fetch` always get an HTTP answer with a JSON body.
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { IMPORT_OPERATIONS, operationOfTarget } from '../../src/contract/operations.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { CLOUDTRAIL_ENDPOINT, cloudTrailImportHandlers } from '../../src/msw/index.js';
import { requestLike } from '../support/fuzz-arbitraries.js';
import { hostileValue, isPrototypePolluted, withHostileMember, type Hostile } from '../support/hostile-arbitrary.js';
import { eventDataStoreArn, newImport, NOW, useServer } from '../msw/support.js';

const MEMBERS = ['ImportId', 'MaxResults', 'Destination', 'ImportStatus', 'NextToken', 'Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime'];
const hostile = hostileValue(MEMBERS);
const input = fc.oneof(
  hostile,
  fc.tuple(fc.constantFrom(...MEMBERS), hostile).map(([name, member]): Hostile => ({ label: `${name}: ${member.label}`, make: () => withHostileMember({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }, name, member) })),
  fc.tuple(requestLike, fc.constantFrom(...MEMBERS), hostile).map(([request, name, member]): Hostile => ({ label: `request, ${name}: ${member.label}`, make: () => withHostileMember(request, name, member) })),
);

describe('createFakeCloudTrailImports().handle, fuzzed', () => {
  it('answers every operation, in either shape, for any hostile input with an outcome, never throwing', () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    fc.assert(
      fc.property(fc.constantFrom(...IMPORT_OPERATIONS), input, fc.constantFrom('sdk' as const, 'wire' as const), (operation, hostileInput, shape) => {
        const outcome = fake.handle(operation, hostileInput.make(), { shape });
        if (!outcome.ok) {
          expect(typeof outcome.error.name).toBe('string');
          expect(outcome.error.message.length).toBeGreaterThan(0);
          expect([400, 404, 409, 500, 503]).toContain(outcome.error.status);
        }
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('starts exactly one of many interleaved StartImports into one account and Region', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.array(fc.nat({ max: 3 }), { minLength: 2, maxLength: 12 }), async (count, stores) => {
        const fake = createFakeCloudTrailImports({ now: NOW });
        const calls = Array.from({ length: Math.max(count, stores.length) }, (_, i) => fake.startImport(newImport(eventDataStoreArn('eu-west-1', stores[i % stores.length]))));
        const settled = await Promise.allSettled(calls);
        const started = settled.filter((s) => s.status === 'fulfilled');
        expect(started).toHaveLength(1);
        for (const refused of settled.filter((s) => s.status === 'rejected')) expect((refused.reason as Error).name).toBe('AccountHasOngoingImportException');
        expect(fake.imports()).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('cloudTrailImportHandlers, fuzzed over random requests through fetch', () => {
  const server = useServer();
  const target = fc.oneof(fc.constantFrom(...IMPORT_OPERATIONS.map((o) => `CloudTrail_20131101.${o}`), 'CloudTrail_20131101.CreateTrail', ''), fc.string({ maxLength: 40 }));
  const contentType = fc.oneof(fc.constantFrom('application/x-amz-json-1.1', 'application/json', 'text/plain', ''), fc.string({ maxLength: 30 }));
  const body = fc.oneof(
    fc.json().map((text) => text),
    requestLike.map((request) => JSON.stringify(request, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))),
    fc.string(),
    fc.constantFrom('{"__proto__":{"polluted":1}}', '{"ImportId":', '\uFEFF{}', '[]', 'null', `{"Destinations":[${'"x",'.repeat(2000)}"x"]}`),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
  // Printable ASCII only: fetch itself refuses other header values before the handlers see them.
  const printable = (value: string): string => value.replace(/[^\x20-\x7e]/g, '');

  it('answers every request with a JSON error body or 200, never an unhandled exception', async () => {
    // Another CloudTrail operation is left to the project's other handlers: this one stands for them.
    const otherHandlers = http.post(CLOUDTRAIL_ENDPOINT, () => HttpResponse.json({ __type: 'PassedOn' }, { status: 501 }));
    server.use(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }) }), otherHandlers);
    await fc.assert(
      fc.asyncProperty(target, contentType, body, fc.constantFrom('eu-west-1', 'us-east-1'), async (amzTarget, type, text, region) => {
        const response = await fetch(`https://cloudtrail.${region}.amazonaws.com/`, {
          method: 'POST',
          headers: { 'X-Amz-Target': printable(amzTarget), 'Content-Type': printable(type) },
          body: new TextEncoder().encode(text),
        });
        const answer = (await response.json()) as Record<string, unknown>;
        if (response.status !== 200) {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(typeof answer['__type']).toBe('string');
        }
        // The import handlers answered every request naming an import operation.
        if (operationOfTarget(printable(amzTarget)) !== undefined) expect(answer['__type']).not.toBe('PassedOn');
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
