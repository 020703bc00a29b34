// From CommonJS: each subpath whose peer is missing names it; the others load.
const assert = require('node:assert/strict');
const peers = require('./peers.json');

for (const [subpath, peer] of Object.entries(peers)) {
  assert.throws(() => require(subpath), { message: `${subpath} needs the optional peer dependency ${peer}: npm i -D ${peer}` });
}
for (const subpath of ['cloudtrail-import-contract', 'cloudtrail-import-contract/fake', 'cloudtrail-import-contract/matchers', 'cloudtrail-import-contract/eslint']) {
  assert.ok(Object.keys(require(subpath)).length > 0, subpath);
}
const eslintPlugin = require('cloudtrail-import-contract/eslint');
// ESLint is needed only to run the rules: the plugin itself is complete without it.
assert.ok(Object.keys(eslintPlugin.rules).length > 0 && eslintPlugin.configs.recommended.plugins !== undefined, 'the ESLint plugin has its rules and configs');
console.log(`CommonJS: ${Object.keys(peers).length} subpaths name their missing peer`);
