import { readS3Location } from '../contract/s3.js';
import { clip } from '../contract/timestamps.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import type { Violation } from './types.js';
import { memoizeViolations, violation } from './violation.js';

const PATH = '/ImportSource/S3/S3LocationUri';

const checkUri = memoizeViolations((uri) => {
  const facts = readS3Location(uri);
  if (facts === undefined) {
    return [violation('s3-location-uri-invalid', PATH, `must be s3://BUCKET optionally followed by /PREFIX (got '${clip(uri)}')`)];
  }
  const out: Violation[] = [];
  const { location, bucketName: name, sibling } = facts;
  if (name.verdict === 'invalid') {
    out.push(violation('s3-bucket-name-invalid', PATH, `bucket name '${clip(location.bucket, 40)}' ${name.reason}`));
  } else if (name.verdict === 'legacy') {
    out.push(violation('s3-bucket-name-legacy', PATH, `bucket name '${clip(location.bucket, 40)}' ${name.reason}: must be an old us-east-1 bucket`));
  }
  if (sibling !== undefined) {
    out.push(violation('s3-prefix-not-cloudtrail', PATH, `should point at CloudTrail/ logs, not at its sibling '${clip(sibling, 30)}/' (nothing would be imported)`));
  }
  return out;
});

/** S3LocationUri is `s3://BUCKET[/PREFIX]` with a valid bucket name and a prefix that can hold trail logs. */
export const s3LocationRule: Rule = {
  name: 's3-location',
  subjects: ['request', 'response'],
  check(value) {
    return value.s3LocationUri === undefined ? NO_VIOLATIONS : checkUri(value.s3LocationUri);
  },
};
