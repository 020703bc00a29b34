/**
 * The CloudWatch Logs fake and its msw handlers over hostile input: `handle` answers every input of
 * every operation with an outcome of the model's exceptions; it agrees with the contract's
 * validator (a valid request is never refused for its parameters, a labelled invalid one always
 * is, with its code); many interleaved creates start exactly 3; random requests through `fetch`
 * always get an HTTP answer with a JSON body.
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { importRequest, invalidImportRequest } from '../../src/arbitraries/index.js';
import { LOGS_IMPORT_OPERATIONS } from '../../src/contract/operations.js';
import { validateImportResponse } from '../../src/operations/index.js';
import { createLogsImportFake } from '../../src/fake/index.js';
import { LOGS_IMPORT_EXCEPTIONS } from '../../src/fake/logs/operations.js';
import { CLOUDWATCH_LOGS_ENDPOINT, cloudWatchLogsImportHandlers } from '../../src/msw/index.js';
import { hostileValue, isPrototypePolluted, withHostileMember, type Hostile } from '../support/hostile-arbitrary.js';
import { eventDataStoreArn, NOW, useServer } from '../msw/support.js';

const MEMBERS = ['importSourceArn', 'importRoleArn', 'importFilter', 'importId', 'importStatus', 'limit', 'nextToken', 'batchImportStatus'];
const hostile = hostileValue(MEMBERS);
const base = { importSourceArn: eventDataStoreArn('us-east-1'), importRoleArn: 'arn:aws:iam::111122223333:role/Import', importId: 'abc-123' };
const input = fc.oneof(
  hostile,
  fc.tuple(fc.constantFrom(...MEMBERS), hostile).map(([name, member]): Hostile => ({ label: `${name}: ${member.label}`, make: () => withHostileMember(base, name, member) })),
);
const operation = fc.constantFrom(...LOGS_IMPORT_OPERATIONS);
const NAMES = Object.keys(LOGS_IMPORT_EXCEPTIONS);

describe('createLogsImportFake().handle, fuzzed', () => {
  it('answers every operation, in either shape, for any hostile input with an outcome of the model\'s exceptions, never throwing', () => {
    const fake = createLogsImportFake({ now: NOW });
    fc.assert(
      fc.property(operation, input, fc.constantFrom('sdk' as const, 'wire' as const), (name, hostileInput, shape) => {
        const outcome = fake.handle(name, hostileInput.make(), { shape });
        if (!outcome.ok) {
          expect(NAMES).toContain(outcome.error.name);
          expect(outcome.error.message.length).toBeGreaterThan(0);
          expect(outcome.error.status).toBe(400);
        }
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never refuses a request the contract accepts for its parameters, and answers it with a response the contract accepts', () => {
    const fake = createLogsImportFake({ now: NOW });
    fc.assert(
      fc.property(operation.chain((name) => fc.tuple(fc.constant(name), importRequest(name, { shape: 'wire' }))), ([name, request]) => {
        const outcome = fake.handle(name, request, { shape: 'wire' });
        if (!outcome.ok) expect(outcome.error.violations.filter((v) => v.severity === 'error')).toEqual([]);
        else expect(validateImportResponse(name, outcome.output, { shape: 'wire', now: NOW }).violations).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every labelled invalid request with InvalidParameterException carrying its code', () => {
    const fake = createLogsImportFake({ now: NOW });
    fc.assert(
      fc.property(operation.chain((name) => fc.tuple(fc.constant(name), invalidImportRequest(name, { shape: 'wire' }))), ([name, { value, code }]) => {
        const outcome = fake.handle(name, value, { shape: 'wire' });
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.error.name).toBe('InvalidParameterException');
        expect(outcome.error.violations.map((v) => v.code)).toContain(code);
      }),
      { numRuns: 500 },
    );
  });

  it('starts exactly 3 of many interleaved CreateImportTasks in one account', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: 12 }), async (count) => {
        const fake = createLogsImportFake({ now: NOW, accountId: '111122223333' });
        const settled = await Promise.allSettled(
          Array.from({ length: count }, (_, n) => fake.createImportTask({ importSourceArn: eventDataStoreArn('us-east-1', n), importRoleArn: base.importRoleArn })),
        );
        expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(3);
        for (const refused of settled.filter((s) => s.status === 'rejected')) expect((refused.reason as Error).name).toBe('ThrottlingException');
      }),
      { numRuns: 100 },
    );
  });
});

describe('cloudWatchLogsImportHandlers, fuzzed over random requests through fetch', () => {
  const server = useServer();
  const target = fc.oneof(fc.constantFrom(...LOGS_IMPORT_OPERATIONS.map((o) => `Logs_20140328.${o}`), 'Logs_20140328.PutLogEvents', 'CloudTrail_20131101.StartImport', ''), fc.string({ maxLength: 40 }));
  const contentType = fc.oneof(fc.constantFrom('application/x-amz-json-1.1', 'application/json', ''), fc.string({ maxLength: 30 }));
  const body = fc.oneof(
    fc.json(),
    operation.chain((name) => importRequest(name, { shape: 'wire' })).map((request) => JSON.stringify(request)),
    operation.chain((name) => invalidImportRequest(name, { shape: 'wire' })).map(({ value }) => JSON.stringify([value]).slice(1, -1)),
    fc.string(),
    fc.constantFrom('{"__proto__":{"polluted":1}}', '{"importId":', '\uFEFF{}', '[]', 'null', `{"batchImportStatus":[${'"FAILED",'.repeat(2000)}"FAILED"]}`, '{"limit":1e400}'),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
  // Printable ASCII only: fetch itself refuses other header values before the handlers see them.
  const printable = (value: string): string => value.replace(/[^\x20-\x7e]/g, '');

  it('answers every request with a JSON error body or 200, never an unhandled exception', async () => {
    const otherHandlers = http.post(CLOUDWATCH_LOGS_ENDPOINT, () => HttpResponse.json({ __type: 'PassedOn' }, { status: 501 }));
    server.use(...cloudWatchLogsImportHandlers(createLogsImportFake({ now: NOW })), otherHandlers);
    await fc.assert(
      fc.asyncProperty(target, contentType, body, fc.constantFrom('eu-west-1', 'us-east-1'), async (amzTarget, type, text, region) => {
        const response = await fetch(`https://logs.${region}.amazonaws.com/`, {
          method: 'POST',
          headers: { 'X-Amz-Target': printable(amzTarget), 'Content-Type': printable(type) },
          body: new TextEncoder().encode(text),
        });
        const answer = (await response.json()) as Record<string, unknown>;
        if (response.status !== 200) expect(typeof answer['__type']).toBe('string');
        if (response.status !== 200 && answer['__type'] !== 'PassedOn') expect(response.status).toBe(400);
        // The import-task handlers answered every request naming an import-task operation.
        if ((LOGS_IMPORT_OPERATIONS as readonly string[]).includes(printable(amzTarget).replace(/^Logs_20140328\./, '')) && printable(amzTarget).startsWith('Logs_20140328.')) {
          expect(answer['__type']).not.toBe('PassedOn');
        }
        expect(answer['__type']).not.toBe('TestDoubleFailure');
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
