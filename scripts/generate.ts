/**
 * Generates `src/generated/` from the data the package is built on:
 * - `data/aws-partitions.json` → `partitions.ts` (the partitions, as typed data);
 * - `schemas/*.schema.json` → `schemas.ts` (the schemas as objects) and `validators.js`
 *   (ajv standalone validators, so importing the package compiles nothing at run time).
 *
 * `test/generated.test.ts` fails when the committed output is stale. Run `npm run generate`.
 *
 * Refreshing the partitions: `data/aws-partitions.json` is a verbatim copy of the AWS partitions
 * file the JS SDK v3 is built from (`partitions.json` of aws/aws-sdk-js-v3's util-endpoints,
 * shipped inside `@aws-sdk/core`). When AWS adds a Region or a partition, replace the copy with the
 * new file unchanged (never hand-edit it), run `npm run generate`, run the partition tests
 * (`test/contract/partitions.test.ts`) and commit the data and `src/generated/partitions.ts`
 * together. Nothing reads the file at run time: the package ships only the generated module.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGenerated } from './render-generated.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [file, text] of Object.entries(renderGenerated(root))) {
  writeFileSync(`${root}/src/generated/${file}`, text);
  console.log(`wrote src/generated/${file}`);
}
