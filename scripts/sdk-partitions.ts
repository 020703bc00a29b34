/** The partitions data inside the installed JS SDK v3 (`@aws-sdk/core`, which exports no path to it). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const clientPackage = require.resolve('@aws-sdk/client-cloudtrail/package.json');
const corePackage = createRequire(clientPackage).resolve('@aws-sdk/core/package.json');
const PARTITIONS_MODULE = join(dirname(corePackage), 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');

/** The SDK's partitions file, as the SDK holds it. */
export async function sdkPartitions(): Promise<unknown> {
  const module = (await import(pathToFileURL(PARTITIONS_MODULE).href)) as { partitionsInfo: unknown };
  return module.partitionsInfo;
}
