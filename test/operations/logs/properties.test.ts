/**
 * Properties of the CloudWatch Logs import tasks' contracts over their spaces of inputs: valid
 * values by construction are valid (and meet the generated JSON Schema); each labelled invalid
 * value reports its label and nothing unlisted; the same seed gives the same values; hostile
 * values never make a validator throw; any seconds-sized time is read as seconds; any time within
 * the longest retention and not after now is accepted.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRequest, invalidImportRequest } from '../../../src/arbitraries/index.js';
import { contractValue } from '../../../src/arbitraries/_internals/contract-values.js';
import { LOGS_MODEL } from '../../../src/generated/logs-model.js';
import { LOGS_IMPORT_OPERATIONS, validateImportRequest, validateImportResponse } from '../../../src/index.js';
import { operationContracts } from '../../../src/operations/index.js';
import { hostileValue, isPrototypePolluted, withHostileMember } from '../../support/hostile-arbitrary.js';

const SOURCE = 'arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
const ROLE = 'arn:aws:iam::123456789012:role/service-role/Import';
const NOW = new Date('2026-06-01T00:00:00Z');
const DAY = 86_400_000;

const ajv = new Ajv2020({ allErrors: true, strict: true });
function schemaOf(operation: string, subject: 'request' | 'response'): (value: unknown) => boolean {
  const file = `${operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-${subject}.schema.json`;
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(`../../../schemas/${file}`, import.meta.url), 'utf8')) as object);
  return (value) => validate(value);
}

const errorCodes = (violations: readonly { severity: string; code: string }[]): string[] => violations.filter((v) => v.severity === 'error').map((v) => v.code);

describe('importRequest and invalidImportRequest over the CloudWatch Logs import tasks', () => {
  it.each(LOGS_IMPORT_OPERATIONS)('gives only valid %s requests, which the generated schema accepts', (operation) => {
    const schema = schemaOf(operation, 'request');
    fc.assert(
      fc.property(importRequest(operation), (value) => {
        expect(validateImportRequest(operation, value).violations).toEqual([]);
        expect(schema(value)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each(LOGS_IMPORT_OPERATIONS)('gives %s responses built from the model that are valid and meet the generated schema', (operation) => {
    const schema = schemaOf(operation, 'response');
    fc.assert(
      fc.property(contractValue(operationContracts(operation).response, 'sdk'), (value) => {
        expect(validateImportResponse(operation, value).violations).toEqual([]);
        expect(schema(value)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each(LOGS_IMPORT_OPERATIONS)('labels each invalid %s request with a code it reports, and reports no error it does not list', (operation) => {
    fc.assert(
      fc.property(invalidImportRequest(operation), ({ value, code, also }) => {
        const codes = errorCodes(validateImportRequest(operation, value).violations);
        expect(codes).toContain(code);
        expect(codes.filter((found) => found !== code && !also.includes(found as never))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(LOGS_IMPORT_OPERATIONS)('gives the same %s values for the same seed', (operation) => {
    expect(fc.sample(importRequest(operation), { seed: 7, numRuns: 20 })).toEqual(fc.sample(importRequest(operation), { seed: 7, numRuns: 20 }));
    expect(fc.sample(invalidImportRequest(operation), { seed: 7, numRuns: 20 })).toEqual(fc.sample(invalidImportRequest(operation), { seed: 7, numRuns: 20 }));
  });

  it('earns every error code of CreateImportTask requests from some break', () => {
    const labels = new Set(fc.sample(invalidImportRequest('CreateImportTask'), { numRuns: 600, seed: 15 }).map((labelled) => labelled.code));
    expect([...labels].sort()).toEqual(
      [
        'logs-import-role-arn-invalid',
        'logs-import-source-not-event-data-store',
        'logs-partition-mismatch',
        'logs-time-in-seconds',
        'logs-time-outside-retention',
        'logs-time-range-reversed',
        'logs-timestamp-negative',
        'required-member-missing',
        'type-mismatch',
        'unknown-member',
      ].sort(),
    );
  });
});

describe('validateImportRequest: CreateImportTask filter times', () => {
  const create = (importFilter: Record<string, unknown>): ReturnType<typeof validateImportRequest> =>
    validateImportRequest('CreateImportTask', { importSourceArn: SOURCE, importRoleArn: ROLE, importFilter }, { now: NOW });

  it('reads any time from 1e8 to below 1e11 as epoch seconds (logs-time-in-seconds), never also as outside retention', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000_000, max: 99_999_999_999 }), (seconds) => {
        expect(errorCodes(create({ startEventTime: seconds, endEventTime: NOW.getTime() }).violations)).toEqual(['logs-time-in-seconds']);
      }),
    );
  });

  it('accepts any ordered pair of times within now − 3653 days and now', () => {
    const time = fc.integer({ min: NOW.getTime() - 3653 * DAY, max: NOW.getTime() });
    fc.assert(
      fc.property(time, time, (a, b) => {
        expect(create({ startEventTime: Math.min(a, b), endEventTime: Math.max(a, b) }).violations).toEqual([]);
      }),
    );
  });

  it('rejects any time below 1e8 or from 1e11 to before the retention window as outside retention', () => {
    const old = fc.oneof(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 100_000_000_000, max: NOW.getTime() - 3653 * DAY - 1 }));
    fc.assert(
      fc.property(old, (ms) => {
        expect(errorCodes(create({ startEventTime: ms }).violations)).toEqual(['logs-time-outside-retention']);
      }),
    );
  });
});

describe('validateImportRequest and validateImportResponse: hostile CloudWatch Logs values', () => {
  const cases = LOGS_IMPORT_OPERATIONS.flatMap((operation) => (['request', 'response'] as const).map((subject) => [operation, subject] as const));

  it.each(cases)('never throw for a hostile %s %s, alone or as a member', (operation, subject) => {
    const contract = operationContracts(operation)[subject];
    const root = LOGS_MODEL.shapes[contract.root as keyof typeof LOGS_MODEL.shapes];
    const members = 'members' in root ? Object.keys(root.members) : [];
    const hostile = hostileValue(members);
    const input = fc.oneof(
      hostile.map((h) => h.make),
      fc.tuple(contractValue(contract, 'sdk'), fc.constantFrom(...members), hostile).map(([value, name, member]) => () => withHostileMember(value, name, member)),
    );
    fc.assert(
      fc.property(input, fc.constantFrom('sdk', 'wire', 'cli', 'auto' as const), (make, shape) => {
        const value = make();
        const result = subject === 'request' ? validateImportRequest(operation, value, { shape }) : validateImportResponse(operation, value, { shape });
        expect(result.valid).toBe(!result.violations.some((v) => v.severity === 'error'));
        expect(result.violations.length).toBeLessThanOrEqual(101);
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
