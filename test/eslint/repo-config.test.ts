import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs } from '../../src/eslint/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe("the repository's eslint.config.ts", () => {
  it('applies configs.strict of the plugin to examples/', async () => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile('examples/start-import-builder.ts')) as { rules: Record<string, unknown> };
    const plugin = Object.fromEntries(Object.entries(config.rules).filter(([id]) => id.startsWith('cloudtrail-import/')));
    const severity = { error: 2, warn: 1 } as const;
    const expected = Object.fromEntries(
      Object.entries(configs.strict.rules ?? {}).map(([id, entry]) => [id, Array.isArray(entry) ? [severity[entry[0] as 'error'], ...entry.slice(1)] : [severity[entry as 'error']]]),
    );
    expect(plugin).toEqual(expected);
  });
});
