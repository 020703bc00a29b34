// From an ES module: each subpath whose peer is missing names it; the others load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const peers = JSON.parse(readFileSync(new URL('peers.json', import.meta.url), 'utf8'));
for (const [subpath, peer] of Object.entries(peers)) {
  await assert.rejects(import(subpath), { message: `${subpath} needs the optional peer dependency ${peer}: npm i -D ${peer}` });
}
for (const subpath of ['cloudtrail-import-contract', 'cloudtrail-import-contract/fake', 'cloudtrail-import-contract/matchers']) {
  assert.ok(Object.keys(await import(subpath)).length > 0, subpath);
}
console.log(`ES module: ${Object.keys(peers).length} subpaths name their missing peer`);
