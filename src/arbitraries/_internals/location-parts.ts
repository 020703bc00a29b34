import fc from 'fast-check';
import { lowerAlnum } from './characters.js';
import { organizationId } from './organization-id.js';

/** Where the trail logs sit in the bucket. */
export type S3Layout = 'cloudtrail' | 'organization' | 'custom';

/** The parts of an S3 location drawn at random; the account and Region folders are filled in later. */
export interface LocationParts {
  readonly layout: S3Layout;
  readonly organization: string;
  readonly custom: string;
  /** How deep below `CloudTrail/` the prefix goes: 0 to 4 of REGION/YYYY/MM/DD. */
  readonly depth: number;
  readonly day: Date;
}

const segment = lowerAlnum(1, 10);

/** Random parts of a location in `layout` (default: any layout). */
export function locationParts(layout?: S3Layout): fc.Arbitrary<LocationParts> {
  return fc.record({
    layout: layout === undefined ? fc.constantFrom<S3Layout>('cloudtrail', 'organization', 'custom') : fc.constant(layout),
    organization: organizationId(),
    custom: fc.array(segment, { maxLength: 2 }).map((parts) => parts.map((p) => `${p}/`).join('')),
    depth: fc.integer({ min: 0, max: 4 }),
    day: fc.date({ min: new Date('2014-01-01T00:00:00Z'), max: new Date('2024-12-31T00:00:00Z'), noInvalidDate: true }),
  });
}

/** The `s3://` URI of a bucket and location parts, for an account and a Region. */
export function composeLocationUri(bucket: string, parts: LocationParts, account: string, region: string): string {
  if (parts.layout === 'custom') return `s3://${bucket}/${parts.custom}`;
  const logs = parts.layout === 'organization' ? `AWSLogs/${parts.organization}/${account}/CloudTrail/` : `${parts.custom}AWSLogs/${account}/CloudTrail/`;
  const iso = parts.day.toISOString();
  const below = [region, iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)]
    .slice(0, parts.depth)
    .map((p) => `${p}/`)
    .join('');
  return `s3://${bucket}/${logs}${below}`;
}
