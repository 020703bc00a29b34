/**
 * Builds dist/esm (ES modules) and dist/cjs (CommonJS) from src/: tsc's declarations as it emits
 * them, and its JavaScript bundled into few files per entry point (scripts/bundle-dist.ts), for
 * start-up time.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleDist } from './bundle-dist.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

rmSync(`${root}/dist`, { recursive: true, force: true });
// tsconfig.build.json: JavaScript and declarations in dist/esm; tsconfig.cjs.json: declarations in dist/cjs.
for (const project of ['tsconfig.build.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', `${root}/${project}`], { stdio: 'inherit' });
}
for (const { format, entries, files, bytes } of await bundleDist(root)) {
  console.log(`bundled dist/${format}: ${entries} entry points in ${files} files, ${Math.round(bytes / 1024)} KB`);
}
// TypeScript resolves a tsconfig `types` entry "cloudtrail-import-contract/vitest" (under node16 and
// nodenext) to the CommonJS declaration, whose `declare module 'vitest'` then names Vitest's CommonJS
// types: they only re-export its ES module ones (`export *`), which an augmentation cannot reach, so
// the matchers were missing from the `expect` a test file imports. Vitest is ES modules only; the
// CommonJS declaration loads the ES module one, whose augmentation reaches Vitest's own types.
const vitestDeclaration = `${root}/dist/cjs/matchers/vitest.d.ts`;
writeFileSync(vitestDeclaration, `/// <reference path="../../esm/matchers/vitest.d.ts" />\n${readFileSync(vitestDeclaration, 'utf8')}`);
// The package is "type": "module"; this marks the CommonJS build as such.
writeFileSync(`${root}/dist/cjs/package.json`, `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
console.log('built dist/esm and dist/cjs');
