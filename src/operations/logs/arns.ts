/**
 * The documented and inferred checks of the ARNs the CloudWatch Logs import tasks name: the
 * source (a CloudTrail Lake event data store ARN, read as StartImport reads a destination), the
 * import role (read as StartImport reads its role ARN), their partitions, and the destination
 * log group a task reports. Each is a `Check` carrying its row (rows.ts), placed at a site.
 */
import { isCommonRoleArnBeside, isListedRegionEventDataStoreArn, parseLogGroupArn, parseRoleArn } from '../../contract/arn.js';
import { readDestination } from '../../contract/event-data-store.js';
import { EVENT_DATA_STORE_ARN as EVENT_DATA_STORE_ARN_BOUNDS } from '../../contract/model.js';
import { isKnownPartition, partitionOfRegion } from '../../contract/partitions.js';
import { clip } from '../../contract/timestamps.js';
import type { Check, CheckGroup, Choose } from '../../core/check.js';
import { siteCheck } from '../../core/sites.js';
import type { Decoded } from '../../core/structural.js';
import { violationOf } from '../../rules/report.js';
import type { CatalogueEntry, Violation } from '../../rules/types.js';
import { destinationNotLogGroupRow, partitionMismatchRow, roleArnInvalidRow } from './rows.js';

const EVENT_DATA_STORE_ARN = 'arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID';
/** The longest event data store ARN: CloudTrail's model bounds `EventDataStoreArn` (the Logs model leaves `Arn` unbounded). */
const MAX_SOURCE_LENGTH = EVENT_DATA_STORE_ARN_BOUNDS.maxLength;

/** A source of the common form, read by one test: an event data store ARN within CloudTrail's length whose Region its partition lists. */
const isCommonSource = (text: string): boolean => text.length <= MAX_SOURCE_LENGTH && isListedRegionEventDataStoreArn(text);

/** Why `text` (read as `facts`) is no event data store ARN with a Region of its partition; `undefined` when it is one. */
function problemOf(text: string, facts: ReturnType<typeof readDestination>): string | undefined {
  if (facts.ref === undefined) return `must be a CloudTrail Lake event data store ARN ${EVENT_DATA_STORE_ARN}, the only supported source (got '${clip(text)}')`;
  if (facts.ref.form === 'id') return `must be an event data store ARN ${EVENT_DATA_STORE_ARN}, not a bare event data store ID (got '${clip(text)}')`;
  // An ARN is ASCII: its length in UTF-16 units is its length in characters.
  if (text.length > MAX_SOURCE_LENGTH) return `must be an event data store ARN of at most ${String(MAX_SOURCE_LENGTH)} characters, as CloudTrail's model bounds one (got ${String(text.length)})`;
  return facts.regionProblem;
}

/** Why `text` is no event data store ARN with a Region of its partition; `undefined` when it is one. */
export function sourceArnProblem(text: string): string | undefined {
  return problemOf(text, readDestination(text));
}

/** The violation of `row` for a source ARN's `problem`: a filter's warning says it matches no task. */
function sourceViolation(row: CatalogueEntry, path: string, problem: string): Violation {
  return violationOf(row, path, row.severity === 'warning' ? `${problem.replace(/^must/, 'should')}: it matches no import task` : problem);
}

/** A copy of `value` with `member` set to `text`. */
const withMember = (value: Decoded, member: string, text: unknown): Decoded => ({ ...value, [member]: text });

const NOT_SOURCES = [
  'arn:aws:cloudtrail:us-east-1:123456789012:trail/management-events',
  'arn:aws:s3:::my-cloudtrail-bucket',
  'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb',
  'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/',
  'arn:aws-cn:cloudtrail:us-east-1:123456789012:eventdatastore/f1d45bff-d0e3-4868-b5d9-2eb678aa32fb',
];

/**
 * The check of an event data store ARN at the top-level `member` (requests) or at `pattern`
 * (responses), under `row`: `logs-import-source-not-event-data-store`, or the filter's warning.
 */
export function sourceArnCheck(operation: string, pattern: string, row: CatalogueEntry): Check<Decoded> {
  const member = pattern.slice(1);
  const topLevel = !member.includes('/');
  const visit = (value: unknown, path: string, out: Violation[]): void => {
    // A source whose Region its partition lists is one test (of which neither row has anything to say).
    if (typeof value !== 'string' || isCommonSource(value)) return;
    const problem = sourceArnProblem(value);
    if (problem !== undefined) out.push(sourceViolation(row, path, problem));
  };
  return {
    ...siteCheck(row, operation, pattern, visit),
    ...(topLevel ? { break: (valid: Decoded, choose: Choose) => withMember(valid, member, NOT_SOURCES[choose(NOT_SOURCES.length)]) } : {}),
  };
}

const NOT_ROLES = ['arn:aws:iam::123456789012:user/importer', 'CloudWatchLogsImportRole', 'arn:aws:iam::12345:role/Import', 'arn:aws:iam:us-east-1:123456789012:role/Import', 'arn:aws:sts::123456789012:assumed-role/Import/session'];

const roleViolation = (problem: string): Violation =>
  violationOf(roleArnInvalidRow, '/importRoleArn', `must be an IAM role ARN arn:PARTITION:iam::ACCOUNT:role/[PATH/]NAME: it ${problem}`);

/** `logs-import-role-arn-invalid`: CreateImportTask's importRoleArn is no IAM role ARN (an empty one is the model's length check's). */
export function roleArnCheck(operation: string): Check<Decoded> {
  return {
    row: roleArnInvalidRow,
    operations: [operation],
    reads: ['/importRoleArn'],
    run(input, _context, out) {
      const value = input['importRoleArn'];
      if (typeof value !== 'string' || value === '') return;
      const role = parseRoleArn(value);
      if ('problem' in role) out.push(roleViolation(role.problem));
    },
    break: (valid, choose) => withMember(valid, 'importRoleArn', NOT_ROLES[choose(NOT_ROLES.length)]),
  };
}

/** The known partition of a valid source ARN, or `undefined`. */
function sourcePartition(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // One reading serves both questions (reading the ARN is most of this check's cost).
  const facts = readDestination(value);
  return problemOf(value, facts) === undefined ? facts.partition : undefined;
}

/** The known partition of a valid role ARN, or `undefined`. */
function rolePartition(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const role = parseRoleArn(value);
  return 'problem' in role || !isKnownPartition(role.partition) ? undefined : role.partition;
}

const partitionViolation = (source: string, role: string): Violation =>
  violationOf(partitionMismatchRow, '/importRoleArn', `must be in the source's partition ${source} (the role ARN is in ${role})`);

/** `logs-partition-mismatch`: CreateImportTask's source and role ARNs in two partitions. */
export function partitionCheck(operation: string): Check<Decoded> {
  return {
    row: partitionMismatchRow,
    operations: [operation],
    reads: ['/importSourceArn', '/importRoleArn'],
    run(input, _context, out) {
      const source = sourcePartition(input['importSourceArn']);
      const role = rolePartition(input['importRoleArn']);
      if (source !== undefined && role !== undefined && source !== role) out.push(partitionViolation(source, role));
    },
    break(valid) {
      const role = valid['importRoleArn'];
      const partition = rolePartition(role);
      if (partition === undefined || typeof role !== 'string') return undefined;
      return withMember(valid, 'importRoleArn', role.replace(`arn:${partition}:`, `arn:${partition === 'aws' ? 'aws-cn' : 'aws'}:`));
    },
  };
}

/**
 * CreateImportTask's three ARN checks (the source, the role, their partitions) as one group, each
 * ARN read once: reading an ARN is most of the cost of checking a request. A source ARN with a
 * Region its partition lists and a role ARN of the common form in that partition are one test
 * each, of which none of the three finds anything; any other pair is read field by field
 * (`readDestination`, `parseRoleArn`), which say what is wrong.
 */
export function taskArnChecks(operation: string, sourceRow: CatalogueEntry): CheckGroup<Decoded> {
  return {
    checks: [sourceArnCheck(operation, '/importSourceArn', sourceRow), roleArnCheck(operation), partitionCheck(operation)],
    run(input, _context, out) {
      const sourceArn = Object.prototype.hasOwnProperty.call(input, 'importSourceArn') ? input['importSourceArn'] : undefined;
      const roleArn = input['importRoleArn'];
      const listedSource = typeof sourceArn === 'string' && isCommonSource(sourceArn);
      if (listedSource && typeof roleArn === 'string' && isCommonRoleArnBeside(roleArn, sourceArn)) return;
      let source: string | undefined;
      if (listedSource) source = sourceArn.slice(4, sourceArn.indexOf(':', 4));
      else if (typeof sourceArn === 'string') {
        const facts = readDestination(sourceArn);
        const problem = problemOf(sourceArn, facts);
        if (problem === undefined) source = facts.partition;
        else out.push(sourceViolation(sourceRow, '/importSourceArn', problem));
      }
      let role: string | undefined;
      if (typeof roleArn === 'string') {
        const found = parseRoleArn(roleArn);
        if (!('problem' in found)) role = isKnownPartition(found.partition) ? found.partition : undefined;
        // An empty one is the model's length check's.
        else if (roleArn !== '') out.push(roleViolation(found.problem));
      }
      if (source !== undefined && role !== undefined && source !== role) out.push(partitionViolation(source, role));
    },
  };
}

function logGroupProblemAt(value: unknown, path: string, out: Violation[]): void {
  if (typeof value !== 'string') return;
  const found = parseLogGroupArn(value);
  let problem = 'problem' in found ? found.problem : undefined;
  if (problem === undefined && !('problem' in found)) {
    if (!isKnownPartition(found.partition)) problem = `names no known partition ('${found.partition}')`;
    else if (partitionOfRegion(found.region) !== found.partition) problem = `names no Region of partition ${found.partition} ('${found.region}')`;
  }
  if (problem !== undefined) out.push(violationOf(destinationNotLogGroupRow, path, `must be a log group ARN arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME: it ${problem}`));
}

/** `logs-destination-not-log-group`: a response's importDestinationArn (at `pattern`) is no log group ARN. */
export function destinationCheck(operation: string, pattern: string): Check<Decoded> {
  return siteCheck(destinationNotLogGroupRow, operation, pattern, logGroupProblemAt);
}
