/**
 * The read operations' and the CloudWatch Logs import tasks' fixtures (fixtures/<operation>/{requests,responses}/{valid,invalid}/):
 * validateImportRequest and validateImportResponse report exactly each fixture's expected
 * violations, in the cli shape it is written in and in the sdk and wire shapes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import { sitesOf } from '../../src/core/sites.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { parseIso8601 } from '../../src/contract/timestamps.js';
import { validateImportRequest, validateImportResponse, type ShapeOption } from '../../src/index.js';
import { FIXTURES, loadContractOperationFixtures, LOGS_OPERATION_FOLDERS, OPERATION_FOLDERS, type FixtureOperation, type LogsFixtureOperation, type OperationFixture as AnyOperationFixture } from '../support/fixtures.js';

type OperationFixture = AnyOperationFixture<FixtureOperation | LogsFixtureOperation>;

const fixtures = loadContractOperationFixtures();

function validate(fixture: OperationFixture, document: unknown, shape: ShapeOption = 'cli'): { valid: boolean; violations: readonly { severity: string; code: string; path: string }[] } {
  return fixture.kind === 'requests' ? validateImportRequest(fixture.operation, document, { shape }) : validateImportResponse(fixture.operation, document, { shape });
}

function documents(fixture: OperationFixture): { index?: number; document: unknown }[] {
  return Array.isArray(fixture.document) ? fixture.document.map((document: unknown, index) => ({ index, document })) : [{ document: fixture.document }];
}

function summary(violations: readonly { severity: string; code: string; path: string }[]): string[] {
  return violations.map((v) => `${v.severity} ${v.code} ${v.path === '' ? '(root)' : v.path}`).sort();
}

function expectedFor(fixture: OperationFixture, index: number | undefined): string[] {
  return summary(fixture.expected.filter((e) => e.index === index));
}

/** The timestamp sites of an operation's output (`/Imports/*\/CreatedTimestamp`), from the model; CloudWatch Logs' times are numbers in every shape. */
function timestampPatterns(fixture: OperationFixture): string[][] {
  if (!(fixture.operation in CLOUDTRAIL_MODEL.operations)) return [];
  const { output } = CLOUDTRAIL_MODEL.operations[fixture.operation as FixtureOperation];
  return sitesOf(CLOUDTRAIL_MODEL.shapes, output)
    .filter((site) => site.shape.type === 'timestamp')
    .map((site) => site.pattern.slice(1).split('/'));
}

/** A copy of a cli-shape document with every readable timestamp converted. */
function convert(document: unknown, patterns: readonly string[][], to: (seconds: number) => unknown): unknown {
  const copy = structuredClone(document);
  const visit = (value: unknown, keys: readonly string[]): void => {
    const [key, ...rest] = keys;
    if (key === undefined || typeof value !== 'object' || value === null) return;
    const items: unknown[] = key === '*' ? (Array.isArray(value) ? value : []) : [value];
    for (const item of items) {
      if (key === '*') {
        visit(item, rest);
        continue;
      }
      const record = item as Record<string, unknown>;
      if (rest.length > 0) visit(record[key], rest);
      else if (typeof record[key] === 'string' || typeof record[key] === 'number') {
        const seconds = typeof record[key] === 'string' ? parseIso8601(record[key]) : record[key];
        if (seconds !== undefined) record[key] = to(seconds);
      }
    }
  };
  for (const pattern of patterns) visit(copy, pattern);
  return copy;
}

describe('the read operations’ fixture corpus', () => {
  it('holds valid and invalid requests and responses of each operation compiled from its model', () => {
    const folders = new Set(fixtures.map((f) => `${f.operation} ${f.kind} ${f.valid ? 'valid' : 'invalid'}`));
    expect(folders.size).toBe(4 * (Object.keys(OPERATION_FOLDERS).length + Object.keys(LOGS_OPERATION_FOLDERS).length));
    expect(Object.keys(OPERATION_FOLDERS).length + Object.keys(LOGS_OPERATION_FOLDERS).length).toBe(CONTRACT_OPERATIONS.length - 1);
  });

  it('has no operation folder the loaders do not read (a folder of requests or responses is an operation\'s)', () => {
    const read = new Set([...Object.values(OPERATION_FOLDERS), ...Object.values(LOGS_OPERATION_FOLDERS)]);
    const unread = readdirSync(FIXTURES).filter((name) => ['requests', 'responses'].some((kind) => existsSync(join(FIXTURES, name, kind))) && !read.has(name));
    expect(unread).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s reports exactly its expected violations', (name, fixture) => {
    for (const { index, document } of documents(fixture)) {
      const result = validate(fixture, document);
      expect(summary(result.violations), `${name}${index === undefined ? '' : `#${String(index)}`}`).toEqual(expectedFor(fixture, index));
      expect(result.valid).toBe(fixture.valid);
    }
  });

  it.each(fixtures.filter((f) => !f.expected.some((e) => e.code === 'timestamp-invalid')).map((f) => [f.name, f] as const))(
    '%s reports the same violations in the sdk and wire shapes',
    (_name, fixture) => {
      const patterns = fixture.kind === 'responses' ? timestampPatterns(fixture) : [];
      for (const { index, document } of documents(fixture)) {
        expect(summary(validate(fixture, convert(document, patterns, (s) => new Date(s * 1000)), 'sdk').violations)).toEqual(expectedFor(fixture, index));
        expect(summary(validate(fixture, convert(document, patterns, (s) => s), 'wire').violations)).toEqual(expectedFor(fixture, index));
      }
    },
  );
});
