import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { offsetOf } from '../../src/json/locate.js';
import { readJson } from '../../src/json/read-json.js';

type Segment = string | number;

/** Every node of `value` as an ajv-style pointer (`~0`, `~1`) and jsonc-parser's path, with one under each that names nothing. */
function nodesOf(value: unknown, pointer = '', path: readonly Segment[] = []): [string, Segment[]][] {
  const children: [string, Segment, unknown][] = Array.isArray(value)
    ? value.map((child, i) => [String(i), i, child])
    : typeof value === 'object' && value !== null
      ? Object.entries(value).map(([key, child]) => [key, key, child])
      : [];
  return [
    [pointer, [...path]],
    [`${pointer}/missing`, [...path, 'missing']],
    ...children.flatMap(([key, segment, child]) => nodesOf(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, [...path, segment])),
  ];
}

describe('offsetOf', () => {
  it('finds the node a whole syntax tree finds for every pointer (jsonc-parser findNodeAtLocation), and none where it finds none', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : 0);
        const tree = parseTree(text);
        for (const [pointer, path] of nodesOf(value)) {
          const node = tree === undefined ? undefined : findNodeAtLocation(tree, path);
          expect(offsetOf(text, pointer), pointer).toBe(node?.offset);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('offsetOf, in an object that repeats a key', () => {
  it('finds the last member of that name, the one JSON.parse keeps, and in it what it holds (not what an earlier one held)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 6 }), (members) => {
        const starts: number[] = [];
        let text = '{';
        members.forEach(([key, value], i) => {
          text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:`;
          starts.push(text.length);
          text += JSON.stringify(value);
        });
        text += '}';
        for (const key of ['a', 'b', 'c']) {
          const last = members.map(([name]): string => name).lastIndexOf(key);
          const kept = members[last];
          if (kept === undefined) {
            expect(offsetOf(text, `/${key}`)).toBeUndefined();
            continue;
          }
          const keptText = JSON.stringify(kept[1]);
          for (const [pointer] of nodesOf(kept[1])) {
            const inKept = offsetOf(keptText, pointer);
            expect(offsetOf(text, `/${key}${pointer}`), `/${key}${pointer}`).toBe(inKept === undefined ? undefined : (starts[last] ?? 0) + inKept);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readJson', () => {
  it('reads the value JSON.parse reads, an own __proto__ member included', () => {
    const read = readJson('{"__proto__":{"a":1},"b":[1,2]}', 10);
    expect('value' in read && Object.keys(read.value as object)).toEqual(['__proto__', 'b']);
  });

  it('refuses a text nested deeper than the limit at its first bracket beyond it, before parsing', () => {
    expect(readJson('[[[ "[[[[" ]]]', 2)).toEqual({ beyond: 2 });
  });

  it("gives a syntax error's jsonc-parser code and offset, and the place and words the CLI prints", () => {
    expect(readJson('{"a":1,}', 10)).toEqual({ syntax: { code: 'PropertyNameExpected', offset: 7, described: { offset: 6, message: 'trailing comma (not allowed in JSON)' } } });
  });
});
