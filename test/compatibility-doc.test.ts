import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCells } from '../compat/cells.js';
import { docPath, renderCompatibilityDoc } from '../scripts/compatibility-doc.js';

const cells = readCells();

describe('docs/compatibility.md', () => {
  it('is rendered from the cell manifests as they are (run `npm run docs` after changing a cell)', () => {
    expect(readFileSync(docPath, 'utf8')).toBe(renderCompatibilityDoc(cells));
  });
});

describe('the compatibility cells', () => {
  const peers = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
  const majorsOf = (range: string): number[] => [...range.matchAll(/\^(\d+)/g)].map((match) => Number(match[1]));

  it('leave no peer range open-ended: each is a union of caret ranges, one per tested major', () => {
    for (const [peer, range] of Object.entries(peers)) expect(range, peer).toMatch(/^\^\d+\.\d+\.\d+( \|\| \^\d+\.\d+\.\d+)*$/);
  });

  it('run every major version that a peer range admits', () => {
    for (const [peer, range] of Object.entries(peers)) {
      const tested = new Set(cells.flatMap((cell) => majorsOf(cell.dependencies[peer] ?? '')));
      expect([...tested].sort(), `${peer} ${range}`).toEqual(expect.arrayContaining(majorsOf(range)));
    }
  });

  it('run Node.js 20, 22 and 24, the versions the engines field names', () => {
    expect(new Set(cells.map((cell) => cell.node))).toEqual(new Set([20, 22, 24]));
  });
});
