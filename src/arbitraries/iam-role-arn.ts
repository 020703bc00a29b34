import fc from 'fast-check';
import type { PartitionId } from '../contract/partitions.js';
import { accountId as anyAccountId } from './account-id.js';
import { awsPartition } from './aws-partition.js';
import { stringOf } from './_internals/characters.js';
import { checkConstraints, ACCOUNT_ID, BOOLEAN, PARTITION, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `iamRoleArn`. */
export interface IamRoleArnConstraints {
  /** Default: any partition. */
  readonly partition?: PartitionId | undefined;
  /** Default: any account id. */
  readonly accountId?: string | undefined;
  /** `true`: always a path (`role/service-role/NAME`); `false`: never; default: either. */
  readonly withPath?: boolean | undefined;
}

const IAM_ROLE_ARN_TAKES = { partition: PARTITION, accountId: ACCOUNT_ID, withPath: BOOLEAN } as const satisfies ConstraintTakes<IamRoleArnConstraints>;

const NAME_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+=,.@-';
const PATH_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * An IAM role ARN, `arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME`: a name of 1–64 characters of
 * `A-Za-z0-9_+=,.@-`, and a path of one to three segments when it has one.
 *
 * @example
 * fc.sample(iamRoleArn({ withPath: true }), 1); // e.g. ['arn:aws:iam::704512889213:role/service-role/imports/Importer']
 *
 * @remarks Since 0.1.0
 */
export function iamRoleArn(constraints: IamRoleArnConstraints = {}): fc.Arbitrary<string> {
  checkConstraints('iamRoleArn', constraints, IAM_ROLE_ARN_TAKES);
  const { partition, accountId, withPath } = constraints;
  const path = fc.array(stringOf(PATH_CHARACTERS, 1, 16), { minLength: 1, maxLength: 3 }).map((segments) => `${segments.join('/')}/`);
  return fc
    .record({
      partition: partition === undefined ? awsPartition() : fc.constant(partition),
      account: accountId === undefined ? anyAccountId() : fc.constant(accountId),
      path: withPath === undefined ? fc.oneof(fc.constant(''), path) : withPath ? path : fc.constant(''),
      name: stringOf(NAME_CHARACTERS, 1, 64),
    })
    .map(({ partition: p, account, path: prefix, name }) => `arn:${p}:iam::${account}:role/${prefix}${name}`);
}
