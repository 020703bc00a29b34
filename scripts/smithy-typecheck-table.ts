/**
 * Measures AWS's opt-in `@smithy/typecheck` beside this package on the request fixtures
 * (`fixtures/requests/`), each converted to the SDK shape (timestamps as Dates) as a user's code
 * holds it: `validateSchema(StartImportRequest$, request)` against `validateStartImportRequest(request,
 * { shape: 'sdk' })`. Run directly, it writes the tables between the `<!-- smithy-typecheck:start -->`
 * and `<!-- smithy-typecheck:end -->` markers of docs/smithy-typecheck.md (`npm run docs`);
 * test/client-plugin/smithy-typecheck.test.ts fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StartImportRequest$ } from '@aws-sdk/client-cloudtrail';
import { validateSchema } from '@smithy/typecheck';
import { cell, withBlock } from './readme-block.js';
import { ruleCatalogue, validateStartImportRequest, type ViolationCode } from '../src/index.js';
import { loadFixtures } from '../test/support/fixtures.js';
import { toSdkShape } from '../test/support/shapes.js';

export const START = '<!-- smithy-typecheck:start -->';
export const END = '<!-- smithy-typecheck:end -->';
export const DOC = 'docs/smithy-typecheck.md';
/** The fixtures' "now", as test/fixtures.test.ts has it, so the table never depends on the day it is made. */
const NOW = new Date('2026-11-24T00:00:00Z');

/** One request of the corpus, and what each checker said of it. */
export interface RequestVerdict {
  /** The fixture path under fixtures/, with `#INDEX` for an element of an array fixture. */
  readonly name: string;
  /** Whether the fixture sits in a `valid` folder. */
  readonly valid: boolean;
  /** The error codes its `.expect` file lists. */
  readonly expected: ReadonlySet<string>;
  /** `@smithy/typecheck`'s messages (empty: it accepts the request). */
  readonly smithy: readonly string[];
  /** The error codes this package reports. */
  readonly ours: ReadonlySet<string>;
}

/** Every request document of `fixtures/requests/`, checked by both. */
export function measureRequests(): RequestVerdict[] {
  return loadFixtures()
    .filter((fixture) => fixture.kind === 'requests')
    .flatMap((fixture) => {
      const documents: { index?: number; document: unknown }[] = Array.isArray(fixture.document)
        ? fixture.document.map((document: unknown, index) => ({ index, document }))
        : [{ document: fixture.document }];
      return documents.map(({ index, document }) => {
        const request = toSdkShape(document);
        const { violations } = validateStartImportRequest(request, { shape: 'sdk', now: NOW });
        return {
          name: `${fixture.name}${index === undefined ? '' : `#${index}`}`,
          valid: fixture.valid,
          expected: new Set(fixture.expected.filter((e) => e.index === index && e.severity === 'error').map((e) => e.code)),
          smithy: validateSchema(StartImportRequest$, request),
          ours: new Set(violations.filter((v) => v.severity === 'error').map((v) => v.code)),
        };
      });
    });
}

function codeList(codes: ReadonlySet<string>): string {
  return [...codes].map((code) => `\`${code}\``).join(', ');
}

/** The tables: per catalogue code, then the totals, then each invalid request. */
export function renderSmithyTypecheckTables(verdicts: readonly RequestVerdict[] = measureRequests()): string {
  const invalid = verdicts.filter((v) => !v.valid);
  const valid = verdicts.filter((v) => v.valid);
  const codes: ViolationCode[] = ruleCatalogue.map((entry) => entry.code).filter((code) => invalid.some((v) => v.expected.has(code)));
  const perCode = codes.map((code) => {
    const carrying = invalid.filter((v) => v.expected.has(code));
    return `| \`${code}\` | ${carrying.length} | ${carrying.filter((v) => v.smithy.length > 0).length} | ${carrying.filter((v) => v.ours.has(code)).length} |`;
  });
  const flagged = (of: readonly RequestVerdict[], by: 'smithy' | 'ours'): number => of.filter((v) => (by === 'smithy' ? v.smithy.length : v.ours.size) > 0).length;
  const perRequest = invalid.map((v) => `| \`${v.name.replace(/^requests\/invalid\//, '')}\` | ${codeList(v.expected)} | ${v.smithy.length === 0 ? '—' : cell(v.smithy.join(' '))} | ${codeList(v.ours)} |`);
  return [
    '| code | invalid requests with it | flagged by @smithy/typecheck | reported by this package |',
    '|---|---|---|---|',
    ...perCode,
    `| **invalid requests** (any error) | ${invalid.length} | ${flagged(invalid, 'smithy')} | ${flagged(invalid, 'ours')} |`,
    `| **valid requests** flagged (false alarms) | ${valid.length} | ${flagged(valid, 'smithy')} | ${flagged(valid, 'ours')} |`,
    '',
    '| invalid request (the request fixtures of the repository) | codes | @smithy/typecheck says | this package reports |',
    '|---|---|---|---|',
    ...perRequest,
  ].join('\n');
}

/** The document with its tables replaced by the current ones. */
export function withSmithyTypecheckTables(document: string): string {
  return withBlock(document, START, END, renderSmithyTypecheckTables(), DOC);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL(`../${DOC}`, import.meta.url));
  writeFileSync(path, withSmithyTypecheckTables(readFileSync(path, 'utf8')));
  console.log(`${DOC} tables updated`);
}
