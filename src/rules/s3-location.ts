import { NO_VIOLATIONS, type Rule } from './context.js';

/** S3LocationUri is `s3://BUCKET[/PREFIX]` with a valid bucket name and a prefix that can hold trail logs (the check itself: `locationUriFacts`). */
export const s3LocationRule: Rule = {
  name: 's3-location',
  subjects: ['request', 'response'],
  check(value) {
    return value.locationUriFacts?.violations ?? NO_VIOLATIONS;
  },
};
