/**
 * The documented checks the read operations share with StartImport, as `Check`s placed at a site
 * of an operation's input or output: an event data store named by something that is no event data
 * store ARN or ID, or by an ARN whose Region is not of its partition.
 */
import type { ImportOperation } from '../contract/operations.js';
import type { Check } from '../core/check.js';
import { locator } from '../core/sites.js';
import type { Decoded } from '../core/structural.js';
import { catalogueEntry } from '../rules/catalogue.js';
import { bucketRegionFacts, checkDestination, locationUriFacts, roleArnFacts, type MemberFacts } from '../rules/member-facts.js';
import type { ViolationCode } from '../rules/types.js';

// Not `destination-id-not-uuid`: a warning about how StartImport names a destination, no concern of a filter or a description.
const DESTINATION_CODES = ['destination-not-event-data-store', 'destination-region-invalid'] as const satisfies readonly ViolationCode[];

/** StartImport's destination errors (`checkDestination`), one `Check` per code, at `pattern`. */
export function destinationChecks(operation: ImportOperation, pattern: string): Check<Decoded>[] {
  const at = locator(pattern);
  return DESTINATION_CODES.map((code) => ({
    row: catalogueEntry(code),
    operations: [operation],
    reads: [pattern],
    run(input, _context, out) {
      at(input, (value, path) => {
        if (typeof value !== 'string') return;
        for (const found of checkDestination(path, value)) if (found.code === code) out.push(found);
      });
    },
  }));
}

// StartImport's checks of the three S3 members, by member: each member's facts hold its violations (at StartImport's paths).
const S3_CHECKS: readonly (readonly [string, (text: string) => MemberFacts, readonly ViolationCode[]])[] = [
  ['S3LocationUri', locationUriFacts, ['s3-location-uri-invalid', 's3-bucket-name-invalid', 's3-bucket-name-legacy', 's3-prefix-not-cloudtrail']],
  ['S3BucketRegion', bucketRegionFacts, ['s3-bucket-region-invalid']],
  ['S3BucketAccessRoleArn', roleArnFacts, ['role-arn-invalid']],
];

/**
 * StartImport's checks of `ImportSource.S3` (the location URI and its bucket, the Region, the role
 * ARN), one `Check` per code, for an output that describes an import's top-level `ImportSource`.
 */
export function importSourceChecks(operation: ImportOperation): Check<Decoded>[] {
  return S3_CHECKS.flatMap(([member, facts, codes]) => {
    const pattern = `/ImportSource/S3/${member}`;
    const at = locator(pattern);
    return codes.map(
      (code): Check<Decoded> => ({
        row: catalogueEntry(code),
        operations: [operation],
        reads: [pattern],
        run(input, _context, out) {
          at(input, (value) => {
            if (typeof value !== 'string') return;
            for (const found of facts(value).violations) if (found.code === code) out.push(found);
          });
        },
      }),
    );
  });
}
