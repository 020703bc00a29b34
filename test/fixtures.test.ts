import { describe, expect, it } from 'vitest';
import {
  ruleCatalogue,
  validateStartImportError,
  validateStartImportRequest,
  validateImportHttpRequest,
  validateStartImportResponse,
  type ValidationResult,
} from '../src/index.js';
import { IMPORT_OPERATIONS, LOGS_IMPORT_OPERATIONS, logsOperationOfTarget, operationOfTarget, targetsOf } from '../src/contract/operations.js';
import { loadContractOperationFixtures, loadFixtures, loadWireFixtures, type ExpectedViolation, type Fixture } from './support/fixtures.js';
import { toSdkShape, toWireShape } from './support/shapes.js';

const NOW = new Date('2026-11-24T00:00:00Z');
const fixtures = loadFixtures();
const wireFixtures = loadWireFixtures();

function validate(fixture: Fixture, document: unknown, shape: 'cli' | 'wire' | 'sdk' = fixture.shape): ValidationResult<string> {
  if (fixture.kind === 'requests') return validateStartImportRequest(document, { shape, now: NOW });
  if (fixture.kind === 'responses') {
    return validateStartImportResponse(document, fixture.request === undefined ? { shape } : { shape, request: fixture.request });
  }
  return validateStartImportError(document, fixture.status === undefined ? {} : { status: fixture.status });
}

/** The documents of a fixture: the array's elements, or the document itself. */
function documents(fixture: Fixture): { index?: number; document: unknown }[] {
  return Array.isArray(fixture.document) ? fixture.document.map((document: unknown, index) => ({ index, document })) : [{ document: fixture.document }];
}

function summary(violations: readonly { severity: string; code: string; path: string }[]): string[] {
  return violations.map((v) => `${v.severity} ${v.code} ${v.path === '' ? '(root)' : v.path}`).sort();
}

function expectedFor(fixture: Pick<Fixture, 'expected'>, index: number | undefined): string[] {
  return summary(fixture.expected.filter((e: ExpectedViolation) => e.index === index));
}

describe('the fixture corpus', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s reports exactly its expected violations', (_name, fixture) => {
    for (const { index, document } of documents(fixture)) {
      const result = validate(fixture, document);
      expect(summary(result.violations), `${fixture.name}${index === undefined ? '' : `#${index}`}`).toEqual(expectedFor(fixture, index));
      expect(result.valid).toBe(fixture.valid);
    }
  });

  it.each(fixtures.filter((f) => f.kind !== 'errors' && f.shape === 'cli').map((f) => [f.name, f] as const))(
    '%s reports the same violations in the sdk and wire shapes',
    (_name, fixture) => {
      for (const { index, document } of documents(fixture)) {
        // A timestamp the cli shape cannot read has no sdk or wire equivalent to compare.
        if (fixture.expected.some((e) => e.code === 'timestamp-invalid')) continue;
        expect(summary(validate(fixture, toSdkShape(document), 'sdk').violations)).toEqual(expectedFor(fixture, index));
        expect(summary(validate(fixture, toWireShape(document), 'wire').violations)).toEqual(expectedFor(fixture, index));
      }
    },
  );

  it('triggers every catalogue code with at least one fixture (of StartImport, the wire, the read operations or the CloudWatch Logs import tasks)', () => {
    const triggered = new Set([...fixtures, ...wireFixtures, ...loadContractOperationFixtures()].flatMap((f) => f.expected.map((e) => e.code)));
    expect(ruleCatalogue.map((entry) => entry.code).filter((code) => !triggered.has(code))).toEqual([]);
  });

  it('keeps valid and invalid fixtures apart by their folder', () => {
    for (const fixture of [...fixtures, ...wireFixtures]) {
      const hasError = fixture.expected.some((e) => e.severity === 'error');
      expect(hasError, fixture.name).toBe(!fixture.valid);
    }
  });
});

describe('the wire fixture corpus', () => {
  it.each(wireFixtures.map((f) => [f.name, f] as const))('%s reports exactly its expected violations', (_name, fixture) => {
    const result = validateImportHttpRequest(fixture.request, { service: fixture.service });
    expect(summary(result.violations)).toEqual(expectedFor(fixture, undefined));
    expect(result.valid).toBe(fixture.valid);
  });

  it.each(wireFixtures.filter((f) => f.valid).map((f) => [f.name, f] as const))('%s reads as its operation with its parsed body', (_name, fixture) => {
    const result = validateImportHttpRequest({ ...fixture.request, headers: new Headers(fixture.request.headers) }, { service: fixture.service });
    const target = new Headers(fixture.request.headers).get('x-amz-target') ?? '';
    expect(result.kind).toBe(fixture.service === 'CloudTrail' ? operationOfTarget(target) : logsOperationOfTarget(target));
    expect(result.body).toEqual(JSON.parse(fixture.request.body));
  });

  it("covers each CloudTrail import operation in both target forms, and each of CloudWatch Logs' import-task operations", () => {
    const targets = new Set(wireFixtures.filter((f) => f.valid).map((f) => `${f.service} ${new Headers(f.request.headers).get('x-amz-target') ?? ''}`));
    for (const target of IMPORT_OPERATIONS.flatMap(targetsOf)) expect(targets).toContain(`CloudTrail ${target}`);
    for (const operation of LOGS_IMPORT_OPERATIONS) expect(targets).toContain(`CloudWatchLogs Logs_20140328.${operation}`);
  });
});
