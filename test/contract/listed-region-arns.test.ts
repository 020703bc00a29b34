/**
 * `isListedRegionEventDataStoreArn` and `isCommonRoleArnBeside` answer CreateImportTask's common
 * source and role ARNs in one test each (src/operations/logs/arns.ts). These properties hold each
 * to the reading it stands for, both ways: over valid ARNs from the arbitraries and over those with
 * a character replaced, inserted or removed, the test says yes exactly when the field-by-field
 * reading finds no problem (a source whose Region its partition lists; a role of the common form
 * in the source's partition).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awsPartition, eventDataStoreArn, eventDataStoreId, iamRoleArn } from '../../src/arbitraries/index.js';
import { isCommonRoleArnBeside, isCommonRoleArnIn, isListedRegionEventDataStoreArn } from '../../src/contract/arn.js';
import { readDestination } from '../../src/contract/event-data-store.js';
import { partitions } from '../../src/contract/partitions.js';
import { nearly as nearlyWith } from '../support/near-edits.js';

const EDITS = ['A', 'z', '0', ':', '/', '.', '-', '_', ' ', '\n', '=', 'é', 'arn:', 'aws-', '-1', 'cn-north-1', 'iam', 'role/', '//', 'x'.repeat(600)];

const nearly = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> => nearlyWith(valid, EDITS);

/** The Regions each partition lists (its `*-global` endpoint names are no Regions). */
const LISTED = new Map(partitions.map((p) => [p.id, new Set(p.regions.filter((r) => !r.endsWith('-global')))]));

/** A source ARN of another partition's Region, or with another ID: not every value is valid. */
const sources = nearly(
  fc.oneof(
    eventDataStoreArn(),
    fc.tuple(awsPartition(), eventDataStoreArn()).map(([partition, arn]) => arn.replace(/^arn:[^:]*:/, `arn:${partition}:`)),
    fc.tuple(eventDataStoreArn(), fc.constantFrom('us-east-7', 'us-gov-east-9', 'cn-south-1', 'US-EAST-1', 'us_east_1')).map(([arn, region]) => arn.replace(/cloudtrail:[^:]*:/, `cloudtrail:${region}:`)),
    fc.tuple(eventDataStoreArn(), eventDataStoreId(), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/)).map(([arn, id, other]) => arn.replace(/eventdatastore\/.*$/, `eventdatastore/${id.length % 2 === 0 ? id : other}`)),
  ),
);

describe('isListedRegionEventDataStoreArn', () => {
  it('accepts exactly the event data store ARNs readDestination reads without a problem whose Region their partition lists', () => {
    fc.assert(
      fc.property(sources, (value) => {
        const facts = readDestination(value);
        const listed = facts.ref?.form === 'arn' && facts.regionProblem === undefined && LISTED.get(facts.ref.partition as never)?.has(facts.ref.region) === true;
        expect(isListedRegionEventDataStoreArn(value)).toBe(listed);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isCommonRoleArnBeside', () => {
  it("says of a role ARN beside a listed source what isCommonRoleArnIn says of it in the source's partition", () => {
    const listedSource = eventDataStoreArn().filter(isListedRegionEventDataStoreArn);
    // Names and paths about IAM's limits too (64 and 512 characters).
    const roles = fc.oneof(
      iamRoleArn(),
      iamRoleArn({ withPath: true }),
      fc.tuple(iamRoleArn({ withPath: true }), fc.nat(600)).map(([arn, n]) => arn.replace('role/', `role/${'p'.repeat(n)}/`)),
      fc.tuple(iamRoleArn({ withPath: false }), fc.integer({ min: 60, max: 70 })).map(([arn, n]) => arn.replace(/role\/.*$/, `role/${'n'.repeat(n)}`)),
      fc.tuple(iamRoleArn({ withPath: false }), fc.integer({ min: 505, max: 515 })).map(([arn, n]) => arn.replace('role/', `role/${'p'.repeat(n)}/`)),
    );
    fc.assert(
      fc.property(listedSource, nearly(roles), fc.boolean(), (source, role, samePartition) => {
        const partition = source.slice(4, source.indexOf(':', 4));
        const beside = samePartition ? role.replace(/^arn:[^:]*:/, `arn:${partition}:`) : role;
        expect(isCommonRoleArnBeside(beside, source)).toBe(isCommonRoleArnIn(beside, partition));
      }),
      { numRuns: 3000 },
    );
  });
});
