/**
 * Refreshes `data/aws-partitions.json` from the partitions the installed JS SDK v3 resolves
 * endpoints with (`@aws-sdk/core`'s util-endpoints, a devDependency through
 * `@aws-sdk/client-cloudtrail`), then `npm run generate` turns it into `src/generated/partitions.ts`.
 *
 * Run `npm run refresh-partitions` after updating the SDK devDependency;
 * `test/contract/partitions-data.test.ts` fails while the copy and the SDK disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sdkPartitions } from './sdk-partitions.js';

const target = fileURLToPath(new URL('../data/aws-partitions.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(await sdkPartitions(), null, 2)}\n`);
console.log('wrote data/aws-partitions.json');
