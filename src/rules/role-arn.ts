import { parseRoleArn } from '../contract/arn.js';
import { NO_VIOLATIONS, type Rule } from './context.js';
import { memoizeViolations, violation } from './violation.js';

const checkRoleArn = memoizeViolations((arn) => {
  const role = parseRoleArn(arn);
  if (!('problem' in role)) return NO_VIOLATIONS;
  return [violation('role-arn-invalid', '/ImportSource/S3/S3BucketAccessRoleArn', `must be an IAM role ARN arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME: it ${role.problem}`)];
});

/** S3BucketAccessRoleArn is an IAM role ARN. */
export const roleArnRule: Rule = {
  name: 'role-arn',
  subjects: ['request', 'response'],
  check(value) {
    return value.s3BucketAccessRoleArn === undefined ? NO_VIOLATIONS : checkRoleArn(value.s3BucketAccessRoleArn);
  },
};
