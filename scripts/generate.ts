/**
 * Generates `src/generated/` from the data the package is built on:
 * - `models/cloudtrail-import.smithy.json` → `cloudtrail-model.ts` (the import operations' model as
 *   data; refreshing the model: `models/README.md`);
 * - `models/cloudwatch-logs-import.botocore.json` → `logs-model.ts` (the CloudWatch Logs import
 *   tasks' model as data, from botocore's format);
 * - `data/aws-partitions.json` → `partitions.ts` (the partitions, as typed data);
 * - the generated models → `schemas/<operation>-{request,response}.schema.json` of the four read
 *   operations and the four CloudWatch Logs import-task operations (StartImport's schemas are
 *   written by hand);
 * - `schemas/*.schema.json` → `schemas.ts` (the schemas as objects) and `validators.js`
 *   (ajv standalone validators, so importing the package compiles nothing at run time).
 *
 * `test/generated.test.ts` fails when the committed output is stale. Run `npm run generate`.
 *
 * Refreshing the partitions: `data/aws-partitions.json` is the partitions file of the JS SDK v3
 * (util-endpoints' `partitions.json`, shipped inside `@aws-sdk/core`), copied from the installed
 * SDK by `npm run refresh-partitions` (never hand-edited). After updating the SDK devDependency,
 * run it, then `npm run generate`, and commit the data and `src/generated/partitions.ts` together;
 * `test/contract/partitions-data.test.ts` fails while the copy and the SDK disagree. Nothing reads
 * the file at run time: the package ships only the generated module.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGenerated } from './render-generated.js';
import { logsModelData } from './render-logs-model.js';
import { cloudtrailModelData } from './render-model.js';
import { renderOperationSchemas } from './render-operation-schemas.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
// The schemas of the models just read, not of the generated modules this run replaces: a new operation takes one run.
for (const [file, text] of Object.entries(renderOperationSchemas(version, { cloudtrail: cloudtrailModelData(root), logs: logsModelData(root) }))) {
  writeFileSync(`${root}/schemas/${file}`, text);
  console.log(`wrote schemas/${file}`);
}
for (const [file, text] of Object.entries(renderGenerated(root))) {
  writeFileSync(`${root}/src/generated/${file}`, text);
  console.log(`wrote src/generated/${file}`);
}
