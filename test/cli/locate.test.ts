import { Readable } from 'node:stream';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, type CheckCommand } from '../../src/cli/args.js';
import { runCheck, type CheckedDocument } from '../../src/cli/check.js';
import { placeViolations, type Span } from '../../src/cli/locate.js';
import { MAX_JSON_DEPTH } from '../../src/cli/parse-json.js';
import { readJsonDocuments } from '../../src/json/documents.js';
import { lineStarts, positionAt, positionsOf } from '../../src/cli/positions.js';
import { pointerKeys } from '../../src/rules/index.js';
import { BAD_REGION, json, tempDir } from './helpers.js';

/** The reference: the place a whole jsonc-parser tree gives (how `check` found it before it stopped building trees). */
function fromTree(text: string, index: number | undefined, pointer: string): { start: number; end: number } {
  const tree = parseTree(text) as Node;
  const document = index === undefined ? tree : (tree.children?.[index] ?? tree);
  let node = document;
  for (const segment of pointerKeys(pointer)) {
    const next =
      node.type === 'object'
        ? findNodeAtLocation(node, [segment])
        : node.type === 'array' && /^(?:0|[1-9]\d*)$/.test(segment)
          ? findNodeAtLocation(node, [Number(segment)])
          : undefined;
    if (next === undefined) break;
    node = next;
  }
  const at = node !== document && node.parent?.type === 'property' ? node.parent : node;
  return { start: at.offset, end: at.offset + at.length };
}

/** Pointers into a value: every member and element on the way, and some that are missing. */
function pointersOf(value: unknown, prefix = ''): string[] {
  const here = [prefix, `${prefix}/missing`, `${prefix}/0/x`];
  if (typeof value !== 'object' || value === null) return here;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  return [...here, ...entries.flatMap(([key, item]) => pointersOf(item, `${prefix}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`))];
}

/** How `check` places a document's violations: the documents of the file as `readJsonDocuments` hands them, each placed in its own text. */
function placedInFile(text: string, targets: readonly { index: number | undefined; pointer: string }[]): Span[] {
  const spans: Span[] = new Array<Span>(targets.length);
  const read = readJsonDocuments(Buffer.from(text, 'utf8'), MAX_JSON_DEPTH, (document) => {
    const mine = targets.flatMap((target, i) => (target.index === document.index ? [i] : []));
    placeViolations(document, mine.map((i) => targets[i]?.pointer ?? '')).forEach((span, k) => (spans[mine[k] ?? 0] = span));
  });
  expect(read).not.toHaveProperty('failed');
  return spans;
}

describe('placeViolations', () => {
  it('places every pointer where a whole syntax tree of the file would, in files of one document and of many, on one line or many, any text and line breaks', () => {
    const value = fc.jsonValue({ maxDepth: 4, stringUnit: fc.constantFrom('a', 'é', '😀', '\u2028', '"', '\\', '[', '{', ',', '~', '/') });
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'), (v, indent, lineBreak) => {
        // JSON.stringify escapes line breaks inside strings: every raw one is between tokens.
        const text = JSON.stringify(v, null, indent).replaceAll('\n', lineBreak);
        if (Array.isArray(v) && v.length === 0) return;
        const lines = lineStarts(text);
        // A file holding an array is checked element by element; any other file is one document.
        const targets = Array.isArray(v)
          ? v.flatMap((item, index) => pointersOf(item).map((pointer) => ({ index, pointer })))
          : pointersOf(v).map((pointer) => ({ index: undefined, pointer }));
        const expected = targets.map(({ index, pointer }) => {
          const { start, end } = fromTree(text, index, pointer);
          return { start: positionAt(lines, start), end: positionAt(lines, end) };
        });
        expect(placedInFile(text, targets)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('positionsOf', () => {
  it('gives each offset the position a table of line starts gives, whatever the line breaks', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', '\r', 'é'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), fc.array(fc.nat({ max: t.length }), { maxLength: 10 }))),
        ([t, offsets]) => {
          const starts = lineStarts(t);
          expect(positionsOf(t, offsets)).toEqual(offsets.map((offset) => positionAt(starts, offset)));
        },
      ),
    );
  });
});

describe('runCheck', () => {
  it('hands each file to the reporter as a record with no text, value or tree: the violations and their places only', async () => {
    const documents = Array.from({ length: 50 }, (_, i) => ({ ...BAD_REGION, ClientRequestToken: `token-${i}`, Unknown: { deep: [i] } }));
    const cwd = await tempDir({ 'many.json': json(documents), 'one.json': json(BAD_REGION) });
    const command = parseCommandLine(['check', 'many.json', 'one.json']) as CheckCommand;
    const received: (readonly CheckedDocument[])[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from(['']), cwd, version: () => '0', now: () => new Date('2026-11-24T00:00:00Z') };
    const totals = await runCheck(command, io, { problem: () => undefined, documents: (found) => received.push(found), end: () => undefined });
    expect(received.map((file) => file.length)).toEqual([50, 1]);
    expect(totals).toMatchObject({ documents: 51, files: 2, invalid: 51, problems: 0 });
    for (const document of received.flat()) {
      expect(Object.keys(document).sort()).toEqual(['absolute', 'file', 'index', 'kind', 'spans', 'valid', 'violations']);
      expect(document.spans).toHaveLength(document.violations.length);
      // What is kept per document is its findings: well under 2 KB for a few violations.
      expect(JSON.stringify(document).length).toBeLessThan(2048);
    }
  });
});
