import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { invalidStartImportRequest, startImportRequest } from '/work/wt/merge/src/arbitraries/index.js';
const count = 100_000, seed = 7 + count;
const valid = fc.sample(startImportRequest({ shape: 'wire' }), { numRuns: count - Math.floor(count / 10), seed });
const invalid = fc.sample(invalidStartImportRequest({ shape: 'wire' }), { numRuns: Math.floor(count / 10), seed: seed + 1 }).map(({ request }) => request);
const docs = Array.from({ length: count }, (_, i) => (i % 10 === 9 ? invalid[Math.floor(i / 10)] : valid[i - Math.floor((i + 1) / 10)]));
writeFileSync('/tmp/prof/big.json', `${JSON.stringify(docs, null, 2)}\n`);
