import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { repeatedMembers as found } from '../../src/json/repeated-members.js';

/** Every repeat (no limit). */
const repeatedMembers = (text: string): ReturnType<typeof found>['repeats'] => found(text, Number.POSITIVE_INFINITY).repeats;

describe('repeatedMembers', () => {
  it('names each member written again in the same object, by its JSON Pointer and the offset of the repeat, in text order', () => {
    const text = '{"Statement":[{"Effect":"Deny","Effect":"Allow"}],"Version":"2012-10-17","Statement":{}}';
    expect(repeatedMembers(text)).toEqual([
      { path: '/Statement/0/Effect', name: 'Effect', offset: text.indexOf('"Effect":"Allow"') },
      { path: '/Statement', name: 'Statement', offset: text.lastIndexOf('"Statement"') },
    ]);
  });

  it('compares names as JSON.parse does, after unescaping, and escapes the pointer', () => {
    expect(repeatedMembers('{"a/b":1,"a\\/b":2}')).toEqual([{ path: '/a~1b', name: 'a/b', offset: 9 }]);
    expect(repeatedMembers('{"__proto__":1,"__proto__":2}')).toEqual([{ path: '/__proto__', name: '__proto__', offset: 15 }]);
  });

  it('does not count the same name in different objects, or in an object and its parent', () => {
    expect(repeatedMembers('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toEqual([]);
    expect(repeatedMembers('[]')).toEqual([]);
    expect(repeatedMembers('"text"')).toEqual([]);
  });

  it('names the first `limit` repeats and counts the others, whose pointers are never built', () => {
    const text = `[${'{"a":1,"a":2},'.repeat(5)}0]`;
    expect(found(text, 2)).toEqual({ repeats: [{ path: '/0/a', name: 'a', offset: 8 }, { path: '/1/a', name: 'a', offset: 22 }], more: 3 });
    expect(found(text, 0)).toEqual({ repeats: [], more: 5 });
  });

  test.prop([fc.jsonValue()])('finds nothing in a text JSON.stringify wrote (an object has no member twice)', (value) => {
    expect(repeatedMembers(JSON.stringify(value))).toEqual([]);
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), fc.jsonValue()])(
    'finds exactly the member written again, whichever it is and whatever its value',
    (object, pick, again) => {
      const keys = Object.keys(object);
      const name = keys[pick % keys.length] as string;
      const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(name)}:${JSON.stringify(again)}}`;
      expect(repeatedMembers(text).map((repeat) => repeat.name)).toEqual([name]);
    },
  );
});
