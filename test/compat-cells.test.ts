import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCell, readCells, sharedRoot } from '../compat/cells.js';

const root = mkdtempSync(join(tmpdir(), 'compat-cells-test-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes a cell folder whose manifest is `manifest`; returns its name. */
function cellWith(name: string, manifest: unknown): string {
  mkdirSync(join(root, name), { recursive: true });
  writeFileSync(join(root, name, 'cell.json'), JSON.stringify(manifest));
  return name;
}

const valid = { description: 'Vitest 5', node: 22, dependencies: { vitest: '^5.0.0' }, commands: [['vitest', 'run']] };

describe('readCell', () => {
  it('reads a manifest, with an ES module project and no shared folders by default', () => {
    expect(readCell(cellWith('ok', valid), root)).toEqual({ name: 'ok', ...valid, type: 'module', include: [] });
  });

  it.each([
    ['node', { ...valid, node: '22' }, 'node must be a major version number'],
    ['type', { ...valid, type: 'esm' }, 'type must be "module" or "commonjs"'],
    ['dependencies', { ...valid, dependencies: { vitest: 5 } }, 'dependencies must map package names to version ranges'],
    ['commands', { ...valid, commands: [[]] }, 'commands must be a non-empty array'],
    ['description', { ...valid, description: '' }, 'description must be a non-empty string'],
  ])('rejects a manifest whose %s is malformed, naming the file and the field', (field, manifest, message) => {
    const name = cellWith(`bad-${field}`, manifest);
    expect(() => readCell(name, root)).toThrow(`${join(root, name, 'cell.json')}: ${message}`);
  });
});

describe('readCells', () => {
  it('reads every cell of compat/cells/, each including only shared folders that exist', () => {
    const cells = readCells();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) for (const folder of cell.include) expect(existsSync(join(sharedRoot, folder)), `${cell.name} includes ${folder}`).toBe(true);
  });
});
