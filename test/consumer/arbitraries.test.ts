import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumerProject, repoRoot, run, runNode, type ConsumerProject } from './consumer-project.js';

const { version: fastCheckVersion } = JSON.parse(readFileSync(join(repoRoot, 'node_modules/fast-check/package.json'), 'utf8')) as { version: string };

describe('the packed package, with the consumer’s own fast-check', () => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await createConsumerProject();
    // fast-check is a peer dependency: the consumer brings it (from the npm cache the repository's install filled).
    const installed = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `fast-check@${fastCheckVersion}`], project.dir);
    expect(installed.code, installed.stderr).toBe(0);
  }, 180_000);

  afterAll(async () => {
    await project.remove();
  });

  it.each([
    ['an ES module', 'arbitraries-esm.mjs', 'dist/esm/arbitraries/esm-entry.js'],
    ['CommonJS', 'arbitraries-cjs.cjs', 'dist/cjs/arbitraries/index.js'],
  ])('samples valid requests through the arbitraries subpath from %s', async (_name, script, entry) => {
    const result = await runNode([script], project.dir);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { sampled: number; invalid: number; resolved: string };
    expect(report).toMatchObject({ sampled: 200, invalid: 0 });
    expect(report.resolved.replaceAll('\\', '/')).toContain(`node_modules/cloudtrail-import-contract/${entry}`);
  });
});
