import { describe, expect, it } from 'vitest';
import { isKnownPartition, partitionOfRegion, partitions } from '../../src/contract/partitions.js';

describe('partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-south-3', 'aws'],
    ['mx-central-1', 'aws'],
    // Regions the partitions file may not list yet are read by the aws partition's pattern.
    ['me-west-1', 'aws'],
    ['sa-west-1', 'aws'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('places %s in %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });

  it.each(['US-EAST-1', 'us-East-1', 'useast1', '', 'us-east', 'us_east-1', 'aws-global', 'aws-us-gov-global', 'xx-east-1', ' us-east-1'])(
    'rejects %j, which is not a Region code',
    (region) => {
      expect(partitionOfRegion(region)).toBeUndefined();
    },
  );

  it('places every Region the partitions list (but the *-global endpoints) in its own partition', () => {
    for (const partition of partitions) {
      for (const region of partition.regions.filter((r) => !r.endsWith('-global'))) {
        expect(partitionOfRegion(region), region).toBe(partition.id);
      }
    }
  });
});

describe('isKnownPartition', () => {
  it('knows the partitions of the data and nothing else', () => {
    expect(partitions.map((p) => p.id).every(isKnownPartition)).toBe(true);
    expect(isKnownPartition('aws-xyz')).toBe(false);
  });
});
