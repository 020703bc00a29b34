import fc from 'fast-check';
import { lowerAlnum } from '../characters.js';
import { mutation, type Draft, type Mutation } from './mutation.js';
import { roleParts, s3String, withS3Members } from './parts.js';

function withRole(request: Draft, arn: string): Draft {
  return withS3Members(request, { S3BucketAccessRoleArn: arn });
}

/** `role-arn-invalid`: an S3BucketAccessRoleArn that is no IAM role ARN. */
export const roleArnInvalid: readonly Mutation[] = [
  mutation({
    code: 'role-arn-invalid',
    base: 'new',
    what: 'the ARN of an IAM user, an instance profile or an STS assumed-role session',
    params: fc.record({ kind: fc.constantFrom('user', 'instance-profile', 'assumed-role'), session: lowerAlnum(1, 12) }),
    apply: (request, { kind, session }) => {
      const { partition, account, name } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
      const arn = kind === 'assumed-role' ? `arn:${partition}:sts::${account}:assumed-role/${name}/${session}` : `arn:${partition}:iam::${account}:${kind}/${name}`;
      return withRole(request, arn);
    },
  }),
  mutation({
    code: 'role-arn-invalid',
    base: 'new',
    what: 'a Region in the ARN, or an account id that is not 12 digits',
    params: fc.constantFrom('region', 'short-account', 'alias-account'),
    apply: (request, how) => {
      const { partition, account, path, name } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
      const region = how === 'region' ? s3String(request, 'S3BucketRegion') : '';
      const wrongAccount = how === 'short-account' ? account.slice(1) : how === 'alias-account' ? 'my-account' : account;
      return withRole(request, `arn:${partition}:iam:${region}:${wrongAccount}:role/${path}${name}`);
    },
  }),
  mutation({
    code: 'role-arn-invalid',
    base: 'new',
    what: 'a role name of more than 64 characters, or with a character IAM forbids',
    params: fc.record({ how: fc.constantFrom('long', 'character'), length: fc.integer({ min: 65, max: 100 }), character: fc.constantFrom('*', ' ', '/', '#', '!') }),
    apply: (request, { how, length, character }) => {
      const { partition, account, path, name } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
      // A '/' at the end leaves an empty name; anywhere else it would only make a path.
      const wrong = how === 'long' ? name.padEnd(length, 'x') : `${name}${character}`;
      return withRole(request, `arn:${partition}:iam::${account}:role/${path}${wrong}`);
    },
  }),
  mutation({
    code: 'role-arn-invalid',
    base: 'new',
    what: "a role path longer than IAM's 512 characters (the ARN still within 2048)",
    params: fc.record({ length: fc.integer({ min: 513, max: 1500 }), segment: lowerAlnum(1, 12) }),
    apply: (request, { length, segment }) => {
      const { partition, account, name } = roleParts(s3String(request, 'S3BucketAccessRoleArn'));
      const path = `${segment}/`.repeat(Math.ceil(length / (segment.length + 1))).slice(0, length - 2);
      return withRole(request, `arn:${partition}:iam::${account}:role/${path.replace(/\/$/, 'p')}/${name}`);
    },
  }),
  mutation({
    code: 'role-arn-invalid',
    base: 'new',
    what: 'the role name alone, not its ARN',
    params: fc.constant(null),
    apply: (request) => withRole(request, roleParts(s3String(request, 'S3BucketAccessRoleArn')).name),
  }),
];
