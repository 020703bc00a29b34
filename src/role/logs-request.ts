import { parseEventDataStore, parseRoleArn, type RoleArn } from '../contract/arn.js';
import { isRecord } from '../contract/record.js';
import { reasonOf } from '../validate/run.js';
import { roleViolation } from './catalogue.js';
import type { ConditionContext } from './conditions.js';
import type { Read } from './input.js';
import type { RoleViolation } from './types.js';
import { exactly, type Needed } from './wildcard.js';

/** The source event data store of a CreateImportTask, named by ARN. */
export interface SourceStore {
  readonly text: string;
  readonly id: string;
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** What the Logs role checks read from a CreateImportTask request and the store's key; a part it lacks is `undefined`. */
export interface LogsImportTarget {
  readonly source: SourceStore | undefined;
  readonly role: (RoleArn & { readonly text: string }) | undefined;
  /** The partition of the request's ARNs; `aws` when none says. */
  readonly partition: string;
  /**
   * The managed log group CloudWatch Logs creates, `arn:P:logs:REGION:ACCOUNT:log-group:/aws/cloudtrail/STORE-ID`
   * (in the source's Region and account); `undefined` without a source.
   */
  readonly logGroupArn: string | undefined;
  /** The source's customer managed key: `undefined` when it has none; `arn` when its ARN is given. */
  readonly key: { readonly arn: string | undefined } | undefined;
}

// A KMS key ARN: what IAM evaluates kms: actions against (an alias ARN or a bare key id is not one).
const KEY_ARN = /^arn:aws(?:-[a-z0-9]+)*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

type TargetRead = { readonly target: LogsImportTarget; readonly violations: readonly RoleViolation[] };

function unusable(path: string, message: string): RoleViolation {
  return roleViolation('role/logs-request-unusable', path, message);
}

function member(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/**
 * Reads the source, role and key of a CreateImportTask, reporting what is missing. `keyId` is the
 * input's `kmsKeyId` as read (or what reading it threw); `keyPolicyGiven` says the store has a key even when its ARN is not given.
 * Never throws: a request that throws while being read is one `role/logs-request-unusable` finding.
 */
export function readLogsImportTarget(request: unknown, keyId: Read<unknown>, keyPolicyGiven: boolean): TargetRead {
  try {
    return readTarget(request, keyId, keyPolicyGiven);
  } catch (error) {
    return unreadableLogsRequest(error);
  }
}

/** The request as unreadable: reading it (a getter, a Proxy trap) threw `error`. */
export function unreadableLogsRequest(error: unknown): TargetRead {
  const target: LogsImportTarget = { source: undefined, role: undefined, partition: 'aws', logGroupArn: undefined, key: undefined };
  return { target, violations: [unusable('/request', `must be readable plain data (reading it threw: ${reasonOf(error)})`)] };
}

function readTarget(request: unknown, keyId: Read<unknown>, keyPolicyGiven: boolean): TargetRead {
  const violations: RoleViolation[] = [];
  if (!isRecord(request)) violations.push(unusable('/request', 'must be a CreateImportTask request object { importSourceArn, importRoleArn }'));
  const sourceText = member(request, 'importSourceArn');
  const parsed = typeof sourceText === 'string' ? parseEventDataStore(sourceText) : undefined;
  const source = parsed?.form === 'arn' && typeof sourceText === 'string' ? { ...parsed, text: sourceText } : undefined;
  if (source === undefined && isRecord(request)) {
    violations.push(unusable('/request/importSourceArn', 'must be the source event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID), which the permissions are checked against'));
  }
  const roleText = member(request, 'importRoleArn');
  const roleArn = typeof roleText === 'string' ? parseRoleArn(roleText) : undefined;
  const role = roleArn === undefined || 'problem' in roleArn || typeof roleText !== 'string' ? undefined : { ...roleArn, text: roleText };
  if (role === undefined && isRecord(request)) {
    violations.push(unusable('/request/importRoleArn', 'must be an IAM role ARN, the role iam:PassRole and the key policy are checked for'));
  }
  // A key id that cannot be read still says the store has a key, of an ARN not known.
  const given = 'error' in keyId ? keyId : keyId.value;
  const keyArn = typeof given === 'string' && KEY_ARN.test(given) ? given : undefined;
  if ('error' in keyId) {
    violations.push(unusable('/kmsKeyId', `must be readable plain data (reading it threw: ${reasonOf(keyId.error)})`));
  } else if (given !== undefined && keyArn === undefined) {
    violations.push(unusable('/kmsKeyId', "must be the source's KMS key ARN (arn:PARTITION:kms:REGION:ACCOUNT:key/ID, the KmsKeyId GetEventDataStore returns), which kms: permissions name"));
  }
  const partition = role?.partition ?? source?.partition ?? 'aws';
  const logGroupArn = source === undefined ? undefined : `arn:${source.partition}:logs:${source.region}:${source.accountId}:log-group:/aws/cloudtrail/${source.id}`;
  const key = given !== undefined || keyPolicyGiven ? { arn: keyArn } : undefined;
  return { target: { source, role, partition, logGroupArn, key }, violations };
}

const SECURE: readonly [string, Needed] = ['aws:securetransport', exactly('true')];

/**
 * The condition keys CloudTrail sets when it uses the role: `aws:SecureTransport`, and the role as
 * principal (`principal`: for calls made as the role, not as the service principal). What CloudTrail
 * sets as aws:SourceArn / aws:SourceAccount for a CloudWatch Logs import is not documented: not valued.
 */
export function logsContext(target: LogsImportTarget, principal: boolean): ConditionContext {
  const { role } = target;
  const asRole: [string, Needed][] = principal && role !== undefined ? [['aws:principalarn', exactly(role.text)], ['aws:principalaccount', exactly(role.accountId)]] : [];
  return { known: new Map([SECURE, ...asRole]), unvalued: new Set() };
}

/**
 * The values CloudWatch Logs may pass as `iam:AssociatedResourceARN` when the caller passes the role:
 * the log group's ARN with `:*`, and the same without the name's leading slash, as the API
 * reference's example policy writes it (which one is not documented).
 */
export function associatedResourceArns(logGroupArn: string): readonly [string, string] {
  return [`${logGroupArn}:*`, `${logGroupArn.replace(':log-group:/', ':log-group:')}:*`];
}

/** The caller's context for iam:PassRole, with `iam:AssociatedResourceARN` set to `associated`. */
export function passRoleContext(associated: string | undefined): ConditionContext {
  const known = new Map<string, Needed>([SECURE]);
  if (associated !== undefined) known.set('iam:associatedresourcearn', exactly(associated));
  return { known, unvalued: new Set() };
}
