import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sdkPartitions } from '../../scripts/sdk-partitions.js';
import { partitionOfRegion, partitions } from '../../src/contract/partitions.js';

const data: unknown = JSON.parse(readFileSync(new URL('../../data/aws-partitions.json', import.meta.url), 'utf8'));

describe('data/aws-partitions.json', () => {
  it('is the partitions file of the installed JS SDK v3 (run `npm run refresh-partitions` after updating it)', async () => {
    expect(data).toEqual(await sdkPartitions());
  });

  it.each([
    ['me-west-1', 'aws'],
    ['sa-west-1', 'aws'],
  ])('lists %s, which the SDK added, in %s', (region, partition) => {
    expect(partitions.find((entry) => entry.id === partition)?.regions).toContain(region);
    expect(partitionOfRegion(region)).toBe(partition);
  });
});
