import { parseRoleArn } from '../contract/arn.js';
import { s3Source, stringMember, type Rule } from './context.js';
import { violation } from './violation.js';

/** S3BucketAccessRoleArn is an IAM role ARN. */
export const roleArnRule: Rule = {
  name: 'role-arn',
  subjects: ['request', 'response'],
  check(value) {
    const arn = stringMember(s3Source(value), 'S3BucketAccessRoleArn');
    if (arn === undefined) return [];
    const role = parseRoleArn(arn);
    if (!('problem' in role)) return [];
    return [violation('role-arn-invalid', '/ImportSource/S3/S3BucketAccessRoleArn', `must be an IAM role ARN arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME: it ${role.problem}`)];
  },
};
