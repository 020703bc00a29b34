import { PARTITIONS } from '../generated/partitions.js';

/** An event data store named by ARN or by its bare ID. */
export type EventDataStoreRef =
  | { readonly form: 'arn'; readonly id: string; readonly partition: string; readonly region: string; readonly accountId: string }
  | { readonly form: 'id'; readonly id: string };

/** A parsed IAM role ARN. */
export interface RoleArn {
  readonly partition: string;
  readonly accountId: string;
  readonly path: string;
  readonly name: string;
}

const PARTITION = /^aws(?:-[a-z0-9]+)*$/;
const ACCOUNT_ID = /^\d{12}$/;
const REGION_FIELD = /^[a-z0-9-]+$/;
const EDS_ID = /^[A-Za-z0-9-]+$/;
const BARE_EDS_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const ROLE_NAME = /^[A-Za-z0-9_+=,.@-]{1,64}$/;
// An IAM path is `/` or `/` + printable ASCII + `/`.
const ROLE_PATH = /^\/(?:[\x21-\x7e]+\/)?$/;
// The forms of nearly every real destination and role ARN, each in one test. A value that passes is
// read by the same splitting as any other, with the field tests skipped (it meets them all); one
// that fails takes the field tests. On requests never seen before (bench/unseen.bench.ts), one
// regular expression costs a third of the four or five it stands for. The destination's ID, a
// lowercase UUID, is read by `isLowercaseUuidAt`, not by the expression.
// Sticky (matched from lastIndex 0): where its match ends says whether the UUID follows it at once.
const COMMON_EVENT_DATA_STORE_ARN_PREFIX = /arn:aws(?:-[a-z0-9]+)*:cloudtrail:[a-z0-9-]+:\d{12}:eventdatastore\//y;
const COMMON_ROLE_ARN = /^arn:aws(?:-[a-z0-9]+)*:iam::\d{12}:role\/(?:[\x21-\x7e]+\/)?[A-Za-z0-9_+=,.@-]{1,64}$/;
const ROLE_ARN_MAX = 2048;
const ROLE_PATH_MAX = 512;

/** The five fields of an ARN: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` (the resource may hold `:`). */
interface ArnFields {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

/**
 * Splits an ARN as `@aws-sdk/util-arn-parser`'s `validate` and `parse` do (an `arn:` prefix and at
 * least six `:`-separated fields), by five searches instead of a split and a join: on requests
 * never seen before, the split, the array and the join were a tenth of a check (bench/unseen.bench.ts).
 */
function parseArn(value: string): ArnFields | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const afterPartition = value.indexOf(':', 4);
  if (afterPartition < 0) return undefined;
  const afterService = value.indexOf(':', afterPartition + 1);
  if (afterService < 0) return undefined;
  const afterRegion = value.indexOf(':', afterService + 1);
  if (afterRegion < 0) return undefined;
  const afterAccount = value.indexOf(':', afterRegion + 1);
  if (afterAccount < 0) return undefined;
  return {
    partition: value.slice(4, afterPartition),
    service: value.slice(afterPartition + 1, afterService),
    region: value.slice(afterService + 1, afterRegion),
    accountId: value.slice(afterRegion + 1, afterAccount),
    resource: value.slice(afterAccount + 1),
  };
}

/** An event data store as `parseEventDataStore` reads it, and whether its ID is a lowercase UUID. */
export interface EventDataStoreReading {
  readonly ref: EventDataStoreRef;
  readonly uuid: boolean;
}

/**
 * Reads a destination as an event data store ARN
 * (`arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID`) or a bare event data store ID.
 * Returns `undefined` for anything else. The Region is not checked against its partition here.
 */
export function parseEventDataStore(value: string): EventDataStoreRef | undefined {
  return readEventDataStore(value)?.ref;
}

/** `parseEventDataStore` and `isLowercaseUuid` of its ID, read together: the common form answers both in one test. */
export function readEventDataStore(value: string): EventDataStoreReading | undefined {
  if (!value.startsWith('arn:')) {
    // A lowercase UUID is a bare ID of every real form: one test answers both.
    if (isLowercaseUuid(value)) return { ref: { form: 'id', id: value }, uuid: true };
    return BARE_EDS_ID.test(value) ? { ref: { form: 'id', id: value }, uuid: false } : undefined;
  }
  if (isCommonEventDataStoreArn(value)) {
    // Fixed widths past the partition: `:cloudtrail:`, REGION, `:` ACCOUNT (12 digits) `:eventdatastore/` ID.
    const afterPartition = value.indexOf(':', 4);
    const afterRegion = value.indexOf(':', afterPartition + 12);
    const ref = {
      form: 'arn',
      id: value.slice(afterRegion + 29),
      partition: value.slice(4, afterPartition),
      region: value.slice(afterPartition + 12, afterRegion),
      accountId: value.slice(afterRegion + 1, afterRegion + 13),
    } as const;
    return { ref, uuid: true };
  }
  const arn = parseArn(value);
  if (arn === undefined) return undefined;
  const { partition, service, region, accountId, resource } = arn;
  if (!PARTITION.test(partition) || service !== 'cloudtrail') return undefined;
  if (!REGION_FIELD.test(region) || !ACCOUNT_ID.test(accountId)) return undefined;
  if (!resource.startsWith('eventdatastore/')) return undefined;
  const id = resource.slice('eventdatastore/'.length);
  return EDS_ID.test(id) ? { ref: { form: 'arn', id, partition, region, accountId }, uuid: isLowercaseUuid(id) } : undefined;
}

/** Whether `value` is an event data store ARN of the common form: `arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/` and a lowercase UUID. */
export function isCommonEventDataStoreArn(value: string): boolean {
  if (!isLowercaseUuidAt(value, value.length - 36)) return false;
  COMMON_EVENT_DATA_STORE_ARN_PREFIX.lastIndex = 0;
  return COMMON_EVENT_DATA_STORE_ARN_PREFIX.test(value) && COMMON_EVENT_DATA_STORE_ARN_PREFIX.lastIndex === value.length - 36;
}

/** Whether an event data store ID has the shape of every real one: a lowercase UUID. */
export function isLowercaseUuid(value: string): boolean {
  return value.length === 36 && isLowercaseUuidAt(value, 0);
}

/** 1 for each character of a UUID's hex digits (0-9, a-f), by character code below 128. */
const HEX_DIGIT = new Uint8Array(128);
for (const digit of '0123456789abcdef') HEX_DIGIT[digit.charCodeAt(0)] = 1;

/**
 * Whether `value` from `start` to its end is a lowercase UUID (8-4-4-4-12 hex digits). The digits
 * are counted by table, not branched on: a random hex digit is a digit or a letter at random, which
 * the branches of `[0-9a-f]{8}` mispredict half the time; on the destinations of bench/unseen-pool.ts
 * the count costs about a third of the regular expression's test (45 against 150 ns).
 */
function isLowercaseUuidAt(value: string, start: number): boolean {
  if (start < 0 || value.length - start !== 36) return false;
  if (value.charCodeAt(start + 8) !== 45 || value.charCodeAt(start + 13) !== 45 || value.charCodeAt(start + 18) !== 45 || value.charCodeAt(start + 23) !== 45) return false;
  let digits = 0;
  for (let i = start; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    digits += code < 128 ? (HEX_DIGIT[code] as number) : 0;
  }
  return digits === 32;
}

/**
 * Reads an IAM role ARN, `arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME`, or returns why it is not one.
 */
export function parseRoleArn(value: string): RoleArn | { readonly problem: string } {
  if (value.length > ROLE_ARN_MAX) return { problem: `is longer than ${ROLE_ARN_MAX} characters` };
  if (COMMON_ROLE_ARN.test(value)) {
    // Fixed widths past the partition: `:iam::` ACCOUNT (12 digits) `:role/` [PATH/]NAME.
    const afterPartition = value.indexOf(':', 4);
    const role = roleOf(value.slice(4, afterPartition), value.slice(afterPartition + 6, afterPartition + 18), value.slice(afterPartition + 24));
    return role.path.length > ROLE_PATH_MAX ? pathTooLong(role.path) : role;
  }
  const arn = parseArn(value);
  if (arn === undefined) return { problem: 'is not an ARN' };
  const { partition, service, region, accountId, resource } = arn;
  if (!PARTITION.test(partition)) return { problem: `has no AWS partition ('${partition}')` };
  if (service !== 'iam') return { problem: `names service '${service}', not iam` };
  if (region !== '') return { problem: 'has a Region; IAM ARNs leave it empty' };
  if (!ACCOUNT_ID.test(accountId)) return { problem: 'has no 12-digit account id' };
  if (!resource.startsWith('role/')) return { problem: 'does not name a role (role/…)' };
  const role = roleOf(partition, accountId, resource.slice('role/'.length));
  if (!ROLE_NAME.test(role.name)) return { problem: 'has a role name that is not 1–64 characters of A-Za-z0-9_+=,.@-' };
  if (role.path.length > ROLE_PATH_MAX) return pathTooLong(role.path);
  return ROLE_PATH.test(role.path) ? role : { problem: "has a role path with a character outside ! to ~ (printable ASCII but space), IAM's path characters" };
}

/**
 * Whether `value` is an IAM role ARN of the common form (`COMMON_ROLE_ARN`) in `partition`, which
 * `parseRoleArn` reads without a problem: read in place, without building the role (`false` says
 * only "read it with `parseRoleArn`"). The common request's one reading (`readCommonRequest`).
 */
export function isCommonRoleArnIn(value: string, partition: string): boolean {
  if (value.length > ROLE_ARN_MAX || !value.startsWith(partition, 4) || value.charCodeAt(4 + partition.length) !== 58 || !COMMON_ROLE_ARN.test(value)) return false;
  // The path runs from the slash of `role/` to the last slash: `roleOf`'s path, counted, not built.
  return value.lastIndexOf('/') - (4 + partition.length) - 22 <= ROLE_PATH_MAX;
}

/** A role ARN read from its fields and its `[PATH/]NAME`. */
function roleOf(partition: string, accountId: string, rest: string): RoleArn {
  const slash = rest.lastIndexOf('/');
  return { partition, accountId, path: slash < 0 ? '/' : `/${rest.slice(0, slash + 1)}`, name: rest.slice(slash + 1) };
}

/** IAM's own limit (the Path parameter of CreateRole is 1–512 characters), apart from the characters. */
function pathTooLong(path: string): { readonly problem: string } {
  return { problem: `has a role path longer than ${ROLE_PATH_MAX} characters (${path.length}), IAM's limit` };
}

/** A parsed CloudWatch Logs log group ARN. */
export interface LogGroupArn {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly name: string;
}

// CloudWatch Logs' LogGroupName: 1–512 characters of [.\-_/#A-Za-z0-9].
const LOG_GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/**
 * Reads a log group ARN, `arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME` with an optional
 * trailing `:*` (the form CloudWatch Logs itself returns), or returns why it is not one. The
 * Region is not checked against its partition here.
 */
export function parseLogGroupArn(value: string): LogGroupArn | { readonly problem: string } {
  const arn = parseArn(value);
  if (arn === undefined) return { problem: 'is not an ARN' };
  const { partition, service, region, accountId, resource } = arn;
  if (!PARTITION.test(partition)) return { problem: `has no AWS partition ('${partition}')` };
  if (service !== 'logs') return { problem: `names service '${service}', not logs` };
  if (!REGION_FIELD.test(region)) return { problem: 'has no Region' };
  if (!ACCOUNT_ID.test(accountId)) return { problem: 'has no 12-digit account id' };
  if (!resource.startsWith('log-group:')) return { problem: 'does not name a log group (log-group:…)' };
  const rest = resource.slice('log-group:'.length);
  const name = rest.endsWith(':*') ? rest.slice(0, -2) : rest;
  if (!LOG_GROUP_NAME.test(name)) return { problem: 'has a log group name that is not 1–512 characters of A-Za-z0-9._-/#' };
  return { partition, region, accountId, name };
}

/**
 * Twelve digits, written out: V8 runs `\d{12}` as a counted loop, which cost the common ARNs' tests
 * more than reading their other fields (on the requests of bench/unseen-operation-pools.ts, 14 ns a test).
 */
const DIGITS_12 = '\\d'.repeat(12);

/** A regular expression's source matching exactly `text`. */
const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** @internal The source of `isListedRegionEventDataStoreArn`'s expression (the ReDoS test checks it). */
export const LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE = `arn:(?:${PARTITIONS.map((p) => `${literally(p.id)}:cloudtrail:(?:${p.regions.filter((r) => !r.endsWith('-global')).map(literally).join('|')})`).join('|')}):${DIGITS_12}:eventdatastore\\/[\\w-]+$`;
/**
 * An event data store ARN whose Region is one its partition lists, with any ID `readEventDataStore`
 * reads (`[A-Za-z0-9-]+`; its `_`-free test is `includes`, see below), as one sticky test: the
 * partitions and their Regions are alternatives written from the partitions file, so the Region
 * needs no slice and no look-up (a trie of them measured no faster). Classes are written as V8's
 * regular expressions run them fastest: `[\w-]` (a table) rather than `[A-Za-z0-9-]` (three
 * ranges, whose branches a random ID mispredicts: on the sources of bench/unseen-operation-pools.ts,
 * 160 against 40 ns for an ID).
 */
const LISTED_REGION_EVENT_DATA_STORE_ARN = new RegExp(LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE, 'y');

/**
 * Whether `value` is an event data store ARN (`arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID`)
 * whose Region is one the partitions file lists for its partition: then `readEventDataStore` reads
 * it as an ARN and its Region is of its partition (`readDestination` finds no problem). `false`
 * says only "read it field by field": a Region the file does not list may still be of the partition.
 */
export function isListedRegionEventDataStoreArn(value: string): boolean {
  LISTED_REGION_EVENT_DATA_STORE_ARN.lastIndex = 0;
  // `\w` admits `_`, which no ID may hold (and no other field can, once the expression matched).
  return LISTED_REGION_EVENT_DATA_STORE_ARN.test(value) && !value.includes('_');
}

/** @internal The source of `isCommonRoleArnBeside`'s expression (the ReDoS test checks it). */
export const COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE = `iam::${DIGITS_12}:role\\/(?:[A-Za-z0-9_+=,.@-]+|[\\x21-\\x7e]+\\/[A-Za-z0-9_+=,.@-]{1,64})$`;
/**
 * The common role ARN past `arn:PARTITION:` (see `COMMON_ROLE_ARN`), sticky: a role without a
 * path is the first alternative's, read once (the optional path of COMMON_ROLE_ARN reads its name
 * twice, backtracking to a slash it does not hold); that name's length is counted by the caller.
 */
const COMMON_ROLE_ARN_AFTER_PARTITION = new RegExp(COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE, 'y');

/**
 * Whether `role` is an IAM role ARN of the common form (as `isCommonRoleArnIn` reads it) in the
 * partition of `arn`, an ARN whose partition `arn:PARTITION:` is well formed (one
 * `isListedRegionEventDataStoreArn` accepts): its partition compared character by character, not sliced.
 */
export function isCommonRoleArnBeside(role: string, arn: string): boolean {
  if (role.length > ROLE_ARN_MAX) return false;
  // `arn:PARTITION:` alike, to the colon after the partition (one loop: a search and a loop cost twice as much).
  let colon = -1;
  for (let i = 0; i < arn.length; i += 1) {
    const code = arn.charCodeAt(i);
    if (role.charCodeAt(i) !== code) return false;
    if (code === 58 && i > 3) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return false;
  COMMON_ROLE_ARN_AFTER_PARTITION.lastIndex = colon + 1;
  if (!COMMON_ROLE_ARN_AFTER_PARTITION.test(role)) return false;
  // What follows `role/` (its slash at colon + 23): no more than 64 characters hold no name too long and no path too long.
  if (role.length - colon - 24 <= 64) return true;
  // Longer: a name alone (the first alternative) is too long; a path (the second, whose name is 1–64) must be within IAM's limit.
  const last = role.lastIndexOf('/');
  return last > colon + 23 && last - colon - 22 <= ROLE_PATH_MAX;
}
