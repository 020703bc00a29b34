import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** The modules a folder of src/ imports from other folders of src/, as `folder/file`. */
function importsOf(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(join(SRC, folder, file), 'utf8').matchAll(/from '((?:\.\.\/)+)([\w-]+)\/([\w./-]+)'/g)].map((m) => `${folder}/${file} -> ${m[2] ?? ''}/${m[3] ?? ''}`));
}

describe('the core', () => {
  it.each(['contract', 'rules'])('src/%s imports nothing from an extension (policy, role, plan)', (folder) => {
    expect(importsOf(folder).filter((line) => / -> (policy|role|plan)\//.test(line))).toEqual([]);
  });
});
