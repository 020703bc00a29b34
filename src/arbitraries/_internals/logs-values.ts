/**
 * How the CloudWatch Logs import tasks' values are narrowed beyond botocore's model, so that
 * generated values also pass the documented checks: the ARNs by member (a source event data store,
 * an import role, a destination log group), epoch-millisecond times within every retention period,
 * and the few facts that tie members together (a filter runs forwards, a task is created before it
 * is updated, a cancelled task says CANCELLED, only a failed batch has an error message, the source
 * and the role share a partition).
 */
import fc from 'fast-check';
import { accountId } from '../account-id.js';
import { awsRegion } from '../aws-region.js';
import { eventDataStoreArn } from '../event-data-store-arn.js';
import { iamRoleArn } from '../iam-role-arn.js';
import { partitionOfRegion } from '../../contract/partitions.js';
import { stringOf } from './characters.js';

type Structure = Record<string, unknown>;

/**
 * Epoch milliseconds from 2021-01-01 to 2026-01-01: a fixed window (same seed, same values) that
 * lies within "now − 3653 days" and "now" from 2026 to 2030.
 */
const EPOCH_MILLISECONDS = fc.integer({ min: 1_609_459_200_000, max: 1_767_225_600_000 });

const LOG_GROUP_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/#';

/** A log group ARN as CloudWatch Logs answers with it: `arn:P:logs:R:A:log-group:NAME`, with or without `:*`. */
const logGroupArn = (): fc.Arbitrary<string> =>
  fc
    .record({ region: awsRegion(), account: accountId(), name: stringOf(LOG_GROUP_CHARACTERS, 1, 48), star: fc.boolean() })
    .map(({ region, account, name, star }) => `arn:${partitionOfRegion(region) ?? 'aws'}:logs:${region}:${account}:log-group:${name}${star ? ':*' : ''}`);

/** Members narrowed by name, wherever they stand. */
export const LOGS_MEMBERS: Readonly<Record<string, () => fc.Arbitrary<unknown>>> = {
  importSourceArn: () => eventDataStoreArn(),
  importRoleArn: () => iamRoleArn(),
  importDestinationArn: logGroupArn,
};

/** Shapes narrowed by name. */
export const LOGS_SHAPES: Readonly<Record<string, () => fc.Arbitrary<unknown>>> = {
  Timestamp: () => EPOCH_MILLISECONDS,
};

/** `first` not after `second`: swapped when both are numbers out of order. */
function ordered(first: string, second: string): (value: Structure) => Structure {
  return (value) => {
    const a = value[first];
    const b = value[second];
    return typeof a === 'number' && typeof b === 'number' && a > b ? { ...value, [first]: b, [second]: a } : value;
  };
}

/** The role ARN moved into the source ARN's partition. */
function samePartition(value: Structure): Structure {
  const source = value['importSourceArn'];
  const role = value['importRoleArn'];
  if (typeof source !== 'string' || typeof role !== 'string') return value;
  const partition = source.split(':')[1] ?? 'aws';
  return { ...value, importRoleArn: role.replace(/^arn:[^:]*:/, `arn:${partition}:`) };
}

const creation = ordered('creationTime', 'lastUpdatedTime');

/** Repairs of generated structures, by shape name, applied after their members are generated. */
export const LOGS_REPAIRS: Readonly<Record<string, (value: Structure) => Structure>> = {
  CreateImportTaskRequest: samePartition,
  ImportFilter: ordered('startEventTime', 'endEventTime'),
  Import: creation,
  CancelImportTaskResponse: (value) => creation(value['importStatus'] === undefined ? value : { ...value, importStatus: 'CANCELLED' }),
  ImportBatch: (value) => (value['errorMessage'] === undefined ? value : { ...value, status: 'FAILED' }),
};
