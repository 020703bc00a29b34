import { NO_VIOLATIONS, type Rule } from './context.js';

/** S3BucketAccessRoleArn is an IAM role ARN (the check itself: `roleArnFacts`). */
export const roleArnRule: Rule = {
  name: 'role-arn',
  subjects: ['request', 'response'],
  check(value) {
    return value.roleArnFacts?.violations ?? NO_VIOLATIONS;
  },
};
