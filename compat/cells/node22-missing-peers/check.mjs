// From an ES module: each subpath whose peer is missing names it; the others load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const peers = JSON.parse(readFileSync(new URL('peers.json', import.meta.url), 'utf8'));
for (const [subpath, peer] of Object.entries(peers)) {
  await assert.rejects(import(subpath), { message: `${subpath} needs the optional peer dependency ${peer}: npm i -D ${peer}` });
}
for (const subpath of ['cloudtrail-import-contract', 'cloudtrail-import-contract/fake', 'cloudtrail-import-contract/matchers', 'cloudtrail-import-contract/eslint']) {
  assert.ok(Object.keys(await import(subpath)).length > 0, subpath);
}
const { default: eslintPlugin } = await import('cloudtrail-import-contract/eslint');
// ESLint is needed only to run the rules: the plugin itself is complete without it.
assert.ok(Object.keys(eslintPlugin.rules).length > 0 && eslintPlugin.configs.recommended.plugins !== undefined, 'the ESLint plugin has its rules and configs');
console.log(`ES module: ${Object.keys(peers).length} subpaths name their missing peer`);
