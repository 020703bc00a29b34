// From CommonJS: each subpath whose peer is missing names it; the others load.
const assert = require('node:assert/strict');
const peers = require('./peers.json');

for (const [subpath, peer] of Object.entries(peers)) {
  assert.throws(() => require(subpath), { message: `${subpath} needs the optional peer dependency ${peer}: npm i -D ${peer}` });
}
for (const subpath of ['cloudtrail-import-contract', 'cloudtrail-import-contract/fake', 'cloudtrail-import-contract/matchers']) {
  assert.ok(Object.keys(require(subpath)).length > 0, subpath);
}
console.log(`CommonJS: ${Object.keys(peers).length} subpaths name their missing peer`);
