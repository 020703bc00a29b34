/**
 * Generates `src/generated/` from the data the package is built on:
 * - `data/aws-partitions.json` → `partitions.ts` (the partitions, as typed data);
 * - `schemas/*.schema.json` → `schemas.ts` (the schemas as objects) and `validators.js`
 *   (ajv standalone validators, so importing the package compiles nothing at run time).
 *
 * `test/generated.test.ts` fails when the committed output is stale. Run `npm run generate`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGenerated } from './render-generated.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [file, text] of Object.entries(renderGenerated(root))) {
  writeFileSync(`${root}/src/generated/${file}`, text);
  console.log(`wrote src/generated/${file}`);
}
