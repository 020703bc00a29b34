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

/** How many whole years before the current one the generated times span: within the 3653 days (ten years) of the longest retention. */
const YEARS_BACK = 5;

/**
 * Epoch milliseconds in the `YEARS_BACK` whole years before the current one (UTC), the clock read
 * when the arbitrary is built: each lies within "now − 3653 days" and "now" whenever it runs, and a
 * seed gives the same values all year. (A fixed window, 2021–2026, left the retention period in 2031.)
 */
function epochMilliseconds(): fc.Arbitrary<number> {
  const year = new Date().getUTCFullYear();
  return fc.integer({ min: Date.UTC(year - YEARS_BACK, 0, 1), max: Date.UTC(year, 0, 1) });
}

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
  Timestamp: epochMilliseconds,
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
