import fc from 'fast-check';
import { mutation, without, type Mutation } from './mutation.js';
import { s3Of, withS3, withS3Members } from './parts.js';

const S3_MEMBERS = ['S3LocationUri', 'S3BucketRegion', 'S3BucketAccessRoleArn'] as const;

/** `import-source-missing-s3`: an ImportSource without its one source. */
export const importSourceMissingS3: readonly Mutation[] = [
  mutation({
    code: 'import-source-missing-s3',
    base: 'new',
    what: 'an empty ImportSource, or one whose S3 is undefined',
    params: fc.boolean(),
    apply: (request, undefinedValue) => ({ ...request, ImportSource: undefinedValue ? { S3: undefined } : {} }),
  }),
];

/** `s3-member-missing`: S3 without some of its three required members (one violation each). */
export const s3MemberMissing: readonly Mutation[] = [
  mutation({
    code: 's3-member-missing',
    base: 'new',
    what: 'S3 without one, two or all of its members',
    params: fc.subarray([...S3_MEMBERS], { minLength: 1 }),
    apply: (request, missing) => withS3(request, without(s3Of(request), ...missing)),
  }),
];

/** `s3-bucket-region-invalid`: an S3BucketRegion that is no Region code of any partition. */
export const s3BucketRegionInvalid: readonly Mutation[] = [
  mutation({
    code: 's3-bucket-region-invalid',
    base: 'new',
    what: 'the Region upper case, without dashes, as an Availability Zone, padded, or empty',
    params: fc.constantFrom('upper', 'no-dashes', 'zone', 'padded', 'empty'),
    apply: (request, how) => {
      const region = String(s3Of(request)['S3BucketRegion']);
      const wrong = {
        upper: region.toUpperCase(),
        'no-dashes': region.replaceAll('-', ''),
        zone: `${region}a`,
        padded: ` ${region}`,
        empty: '',
      }[how];
      return withS3Members(request, { S3BucketRegion: wrong });
    },
  }),
  mutation({
    code: 's3-bucket-region-invalid',
    base: 'new',
    what: "a Region's name instead of its code",
    params: fc.constantFrom('US East (N. Virginia)', 'Europe (Ireland)', 'global'),
    apply: (request, name) => withS3Members(request, { S3BucketRegion: name }),
  }),
];
