import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/contract/record.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('isRecord', () => {
  it('accepts objects with members, of any prototype', () => {
    expect([{}, { a: 1 }, Object.create(null), new Date(0), new Map()].every(isRecord)).toBe(true);
  });

  it('rejects null, arrays and every other type', () => {
    expect([null, undefined, [], [1], 'x', 1, true, 10n, Symbol('s'), () => 1].some(isRecord)).toBe(false);
  });

  it('is the only "object, not null, not an array" test in src/', () => {
    const inline = /typeof (\w+) === 'object' && \1 !== null && !Array\.isArray\(\1\)/;
    const found = sources(SRC).filter((file) => !file.endsWith(join('contract', 'record.ts')) && inline.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
