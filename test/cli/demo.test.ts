import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scripts/demo.mjs (the main job of `npm run demo`, on the built CLI)', () => {
  it('checks every fixture folder and exits 0 when each exits as its name says', () => {
    const { status, stdout } = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: root, encoding: 'utf8' });
    expect(stdout).toMatch(/demo: all \d+ runs exited as expected/);
    expect(stdout).toContain('error response-mismatch-request');
    expect(stdout).toContain('error error-status-mismatch');
    expect(status).toBe(0);
  });
});
