import fc from 'fast-check';
import { ACCOUNT_REGIONAL_SUFFIX, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../../../contract/s3.js';
import { mutation, type Draft, type Mutation } from './mutation.js';
import { locationParts, placeOf, s3String, withS3Members } from './parts.js';

/** The base with its location rebuilt from its bucket and prefix (`s3://BUCKET/PREFIX`). */
function relocated(request: Draft, change: (bucket: string, prefix: string) => string): Draft {
  const { bucket, prefix } = locationParts(s3String(request, 'S3LocationUri'));
  return withS3Members(request, { S3LocationUri: change(bucket, prefix) });
}

/** `s3-location-uri-invalid`: a location that is not `s3://BUCKET[/PREFIX]`. */
export const s3LocationUriInvalid: readonly Mutation[] = [
  mutation({
    code: 's3-location-uri-invalid',
    base: 'new',
    what: 'the location as an https URL, an S3 ARN or a bare bucket/prefix',
    params: fc.constantFrom('https', 'arn', 'bare'),
    apply: (request, how) => {
      const { partition, region } = placeOf(request);
      return relocated(request, (bucket, prefix) =>
        how === 'https' ? `https://${bucket}.s3.${region}.amazonaws.com/${prefix}` : how === 'arn' ? `arn:${partition}:s3:::${bucket}/${prefix}` : `${bucket}/${prefix}`,
      );
    },
  }),
  mutation({
    code: 's3-location-uri-invalid',
    base: 'new',
    what: 'a misspelt scheme (S3://, s3:/), an empty bucket, or a trailing newline',
    params: fc.constantFrom('upper-scheme', 'one-slash', 'empty-bucket', 'newline'),
    apply: (request, how) =>
      relocated(request, (bucket, prefix) => {
        if (how === 'upper-scheme') return `S3://${bucket}/${prefix}`;
        if (how === 'one-slash') return `s3:/${bucket}/${prefix}`;
        return how === 'empty-bucket' ? `s3:///${prefix}` : `s3://${bucket}/${prefix}\n`;
      }),
  }),
];


/**
 * `s3-bucket-name-invalid`: a bucket name breaking a rule that legacy us-east-1 names follow too
 * (the valid bases' names start with a letter and follow today's rules).
 */
export const s3BucketNameInvalid: readonly Mutation[] = [
  mutation({
    code: 's3-bucket-name-invalid',
    base: 'new',
    what: 'two adjacent periods, a forbidden character, or a leading or trailing "-" or "."',
    params: fc.record({ how: fc.constantFrom('periods', 'character', 'leading', 'trailing'), character: fc.constantFrom('!', ' ', '*', '~', '%', '+', '@') }),
    apply: (request, { how, character }) =>
      relocated(request, (bucket, prefix) => {
        const wrong = { periods: `${bucket.charAt(0)}..${bucket.slice(1)}`, character: `${bucket.charAt(0)}${character}${bucket.slice(1)}`, leading: `-${bucket}`, trailing: `${bucket}.` }[how];
        return `s3://${wrong}/${prefix}`;
      }),
  }),
  mutation({
    code: 's3-bucket-name-invalid',
    base: 'new',
    // The bases' names hold no 12-digit label, so `-an` never makes an account regional namespace name of them.
    what: 'a reserved prefix or suffix (xn--, sthree-, -s3alias, --ol-s3, -an, …)',
    params: fc.oneof(fc.record({ prefix: fc.constantFrom(...RESERVED_PREFIXES) }), fc.record({ suffix: fc.constantFrom(...RESERVED_SUFFIXES, ACCOUNT_REGIONAL_SUFFIX) })),
    apply: (request, reserved) =>
      relocated(request, (bucket, prefix) => `s3://${'prefix' in reserved ? `${reserved.prefix}${bucket}` : `${bucket}${reserved.suffix}`}/${prefix}`),
  }),
  mutation({
    code: 's3-bucket-name-invalid',
    base: 'new',
    what: 'an IPv4 address, a name of one or two characters, or of more than 255',
    params: fc.record({ how: fc.constantFrom('ip', 'short', 'long'), octets: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), length: fc.integer({ min: 1, max: 300 }) }),
    apply: (request, { how, octets, length }) =>
      relocated(request, (bucket, prefix) => {
        if (how === 'ip') return `s3://${octets.join('.')}/${prefix}`;
        const wrong = how === 'short' ? bucket.slice(0, 1 + (length % 2)) : `${bucket}${'0'.repeat(Math.max(256 + (length % 40) - bucket.length, 0))}`;
        return `s3://${wrong}/${prefix}`;
      }),
  }),
];
