/**
 * One corpus across surfaces: every request fixture (cli-shape JSON), written as the source code
 * that builds it in SDK code, gets from the analysis what the validator says of it in the sdk shape.
 */
import { describe, expect, it } from 'vitest';
import { validateStartImportRequest } from '../../../src/validate/index.js';
import { loadFixtures } from '../../support/fixtures.js';
import { codes, lint, type LintOptions } from './support.js';

const NOW = new Date('2026-11-24T00:00:00Z');
const TIMESTAMPS: ReadonlySet<string> = new Set(['StartEventTime', 'EndEventTime']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A cli timestamp as SDK code gives it: an ISO string or epoch seconds become a Date. */
function timestampSource(value: unknown): string | undefined {
  if (typeof value === 'string') return `new Date(${JSON.stringify(value)})`;
  if (typeof value === 'number') return `new Date(${String(value * 1000)})`;
  return undefined;
}

function timestampValue(value: unknown): unknown {
  if (typeof value === 'string') return new Date(value);
  return typeof value === 'number' ? new Date(value * 1000) : value;
}

/** The source of a cli-shape request in SDK code. */
function source(value: unknown, top = true): string {
  if (Array.isArray(value)) return `[${value.map((item: unknown) => source(item, false)).join(', ')}]`;
  if (!isRecord(value)) return JSON.stringify(value);
  // A `__proto__` key computed, so that it stays a member (JSON's own key) rather than set the prototype, as a plain one would.
  const members = Object.entries(value).map(
    ([key, item]) => `${key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key)}: ${(top && TIMESTAMPS.has(key) ? timestampSource(item) : undefined) ?? source(item, false)}`,
  );
  return `{ ${members.join(', ')} }`;
}

/** The same request as a value in the sdk shape. */
function sdkValue(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: TIMESTAMPS.has(key) ? timestampValue(item) : item, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const requests = loadFixtures()
  .filter((fixture) => fixture.kind === 'requests')
  .flatMap((fixture) => (Array.isArray(fixture.document) ? fixture.document.map((document: unknown, index) => ({ name: `${fixture.name}#${String(index)}`, document })) : [{ name: fixture.name, document: fixture.document }]));

const SURFACES: readonly (readonly [string, (request: string) => string, LintOptions])[] = [
  ['new StartImportCommand (.mjs)', (request) => `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';\nexport const command = new StartImportCommand(${request});`, {}],
  ['a require (.cjs)', (request) => `const ct = require('@aws-sdk/client-cloudtrail');\nmodule.exports = new ct.StartImportCommand(${request});`, { filename: 'file.cjs', sourceType: 'commonjs' }],
  ['an annotated const (TypeScript)', (request) => `import type { StartImportCommandInput } from '@aws-sdk/client-cloudtrail';\nexport const input: StartImportCommandInput = ${request};`, { mode: 'typescript' }],
];

describe('analyseFile on the fixture corpus', () => {
  it('has request fixtures to run', () => {
    expect(requests.length).toBeGreaterThan(40);
  });

  describe.each(SURFACES)('written as %s', (_surface, write, options) => {
    it.each(requests.map((r) => [r.name, r.document] as const))('%s gets the validator codes and paths (sdk shape)', (_name, document) => {
      const { requests: found, messages } = lint(write(source(document)), { ...options, now: NOW });
      expect(messages).toEqual([]);
      expect(found).toHaveLength(1);
      // An own `__proto__` member can only be written as a computed key, which the analysis takes as unknown.
      const expected = validateStartImportRequest(sdkValue(document), { shape: 'sdk', now: NOW })
        .violations.filter((v) => !v.path.startsWith('/__proto__'))
        .map((v) => `${v.code} ${v.path}`);
      expect(codes(found[0])).toEqual(expected);
      // Every violation lands on a node of the request literal.
      const request = found[0];
      const [start = 0, end = 0] = request?.node.range ?? [];
      for (const violation of request?.violations ?? []) {
        const [from = -1, to = -1] = request?.nodeAt(violation.path).range ?? [];
        expect(from >= start && to <= end).toBe(true);
      }
    });
  });
});
