/**
 * The built plugin (dist/), loaded as the README says: `eslint.config.mjs` importing
 * `cloudtrail-import-contract/eslint`, and `eslint.config.cjs` requiring it. The configs live in
 * .tmp/ inside the package, where Node resolves the package's own name to itself.
 * Needs `npm run build` first (`npm test` does it).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COMMAND } from './support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, '.tmp/eslint-built');

const CONFIGS = {
  'eslint.config.mjs': "import cloudtrailImport from 'cloudtrail-import-contract/eslint';\n\nexport default [cloudtrailImport.configs.recommended];\n",
  'eslint.config.cjs': "const { configs } = require('cloudtrail-import-contract/eslint');\n\nmodule.exports = [configs.recommended];\n",
} as const;

const badImportId = `${IMPORT_COMMAND}\nnew StartImportCommand({ ImportId: 'ABC' });\n`;

describe('the built plugin', () => {
  beforeAll(() => {
    for (const build of ['esm', 'cjs']) {
      const entry = join(ROOT, `dist/${build}/eslint/index.js`);
      if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
    }
    mkdirSync(DIR, { recursive: true });
    for (const [name, text] of Object.entries(CONFIGS)) writeFileSync(join(DIR, name), text);
  });

  afterAll(() => {
    rmSync(DIR, { recursive: true, force: true });
  });

  it.each(Object.keys(CONFIGS))('reports through %s', async (configFile) => {
    const eslint = new ESLint({ cwd: DIR, overrideConfigFile: join(DIR, configFile) });
    const [result] = await eslint.lintText(badImportId, { filePath: join(DIR, 'request.js') });
    expect(result?.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([['cloudtrail-import/valid-import-id', 'import-id-invalid', 2, 26]]);
  });
});
