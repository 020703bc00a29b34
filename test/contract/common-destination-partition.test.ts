/**
 * `commonDestinationPartition`, the one-test reading the source and destination checks pass a
 * common event data store ARN with: it names an ARN only when reading it field by field
 * (`readDestination`) finds an event data store ARN with no Region problem, in that partition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonDestinationPartition, readDestination } from '../../src/contract/event-data-store.js';

const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b', 'aws-eusc', 'aws-x', 'AWS', 'aws-');
const region = fc.constantFrom('us-east-1', 'eu-west-3', 'cn-north-1', 'us-gov-west-1', 'us-isob-east-1', 'eusc-de-east-1', 'xx-east-1', 'us-east-1x', 'US-EAST-1', '');
const account = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^\d{12}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^\d{11,13}$/) });
const id = fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{3,40}$/) });
const arn = fc.tuple(partition, fc.constantFrom('cloudtrail', 'logs'), region, account, fc.constantFrom('eventdatastore/', 'trail/'), id).map((parts) => {
  const [p, service, r, a, resource, i] = parts;
  return `arn:${p}:${service}:${r}:${a}:${resource}${i}`;
});

describe('commonDestinationPartition', () => {
  it('names a partition only for an ARN readDestination reads as an event data store ARN with nothing wrong, and names its partition, for any partition, Region, account and ID', () => {
    fc.assert(
      fc.property(fc.oneof(arn, fc.string()), (text) => {
        const partitionFound = commonDestinationPartition(text);
        if (partitionFound === undefined) return;
        const facts = readDestination(text);
        expect(facts.ref?.form).toBe('arn');
        expect(facts.regionProblem).toBeUndefined();
        expect(facts.partition).toBe(partitionFound);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the partition of a common ARN, and none of one whose Region is of another partition', () => {
    const id = 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb';
    expect(commonDestinationPartition(`arn:aws-cn:cloudtrail:cn-north-1:123456789012:eventdatastore/${id}`)).toBe('aws-cn');
    expect(commonDestinationPartition(`arn:aws:cloudtrail:cn-north-1:123456789012:eventdatastore/${id}`)).toBeUndefined();
    expect(commonDestinationPartition(`arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/${id.toUpperCase()}`)).toBeUndefined();
  });
});
