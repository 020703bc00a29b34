import { parseRoleArn } from '../contract/arn.js';
import { readDestination } from '../contract/event-data-store.js';
import { partitionOfRegion } from '../contract/partitions.js';
import { parseS3LocationUri } from '../contract/s3.js';
import { clip } from '../contract/timestamps.js';
import type { ValueView } from '../rules/context.js';
import { checkedLength } from '../rules/limits.js';
import type { Severity, Violation } from '../rules/types.js';
import { pointer } from '../rules/violation.js';
import { compiledPolicy, loadImportPolicy } from './load.js';
import type { ImportPolicy, PolicyRuleName, PolicyRules } from './types.js';

const DAY = 86_400;
const S3 = ['ImportSource', 'S3'] as const;
const ROLE = pointer(...S3, 'S3BucketAccessRoleArn');
const BUCKET_REGION = pointer(...S3, 'S3BucketRegion');
const URI = pointer(...S3, 'S3LocationUri');

/** A destination of the request that names an event data store. */
interface Destination {
  readonly path: string;
  readonly text: string;
  readonly facts: ReturnType<typeof readDestination>;
}

function destinationsOf(view: ValueView): Destination[] {
  if (!Array.isArray(view.destinations)) return [];
  const list = view.destinations as readonly unknown[];
  const out: Destination[] = [];
  // The items the contract's checks read, no more: a sparse list of length 1e9 costs what 100 items do.
  for (let index = 0; index < checkedLength(list); index += 1) {
    const text = list[index];
    if (typeof text === 'string') out.push({ path: pointer('Destinations', index), text, facts: readDestination(text) });
  }
  return out;
}

/** `text` without its trailing slashes (a scan: an end-anchored `/\/+$/` backtracks quadratically). */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end -= 1;
  return text.slice(0, end);
}

function list(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

function isAllowedDestination(allowed: readonly string[], destination: Destination): boolean {
  const { ref } = destination.facts;
  return allowed.some((entry) => {
    if (entry === destination.text) return true;
    const other = readDestination(entry).ref;
    // An ID on either side matches the ID an ARN ends in; two ARNs must be equal.
    return ref !== undefined && other !== undefined && (ref.form === 'id' || other.form === 'id') && ref.id === other.id;
  });
}

/**
 * The violations of `policy` by a normalised request, in rule order. Members that are absent or
 * of the wrong type are left to the contract's own codes.
 */
export function policyViolations(policy: ImportPolicy, view: ValueView, now: () => number): Violation[] {
  const loaded = loadImportPolicy(policy);
  const { rules } = loaded;
  const prepared = compiledPolicy(loaded);
  const found: Violation[] = [];
  const report = (rule: PolicyRuleName, path: string, message: string): void => {
    const severity = (rules[rule] as { readonly severity?: Severity | 'off' } | undefined)?.severity ?? 'error';
    if (severity === 'off') return;
    // A rule the policy makes a warning is advice: its message says "should", not "must".
    const worded = severity === 'warning' ? message.replace(/^must\b/, 'should') : message;
    found.push(Object.freeze({ code: `policy/${rule}` as const, severity, path, message: worded, basis: 'policy' as const }));
  };
  const destinations = destinationsOf(view);
  const role = view.s3BucketAccessRoleArn === undefined ? undefined : parseRoleArn(view.s3BucketAccessRoleArn);
  const roleArn = role !== undefined && !('problem' in role) ? role : undefined;
  const bucketRegion = view.s3BucketRegion;

  const partitions = rules['allowed-partitions']?.partitions;
  if (partitions !== undefined) {
    const check = (path: string, partition: string | undefined): void => {
      if (partition !== undefined && !partitions.includes(partition)) report('allowed-partitions', path, `must be in an allowed partition (${list(partitions)}), not '${partition}'`);
    };
    for (const d of destinations) check(d.path, d.facts.ref?.form === 'arn' ? d.facts.ref.partition : undefined);
    check(BUCKET_REGION, bucketRegion === undefined ? undefined : partitionOfRegion(bucketRegion));
    check(ROLE, roleArn?.partition);
  }

  regionsAndAccounts(rules, destinations, bucketRegion, roleArn?.accountId, report);

  const allowedDestinations = rules['allowed-destinations']?.destinations;
  if (allowedDestinations !== undefined) {
    for (const d of destinations) {
      if (!isAllowedDestination(allowedDestinations, d)) report('allowed-destinations', d.path, `must be an allowed event data store, not '${clip(d.text)}'`);
    }
  }

  const location = view.s3LocationUri === undefined ? undefined : parseS3LocationUri(view.s3LocationUri);
  if (location !== undefined && prepared.buckets !== undefined && !prepared.buckets(location.bucket)) {
    report('allowed-buckets', URI, `must name an allowed bucket (${list(rules['allowed-buckets']?.buckets ?? [])}), not '${clip(location.bucket)}'`);
  }
  if (location !== undefined && prepared.prefixes !== undefined) {
    const prefix = withoutTrailingSlashes(location.prefix);
    if (!prepared.prefixes(prefix)) report('required-prefix', URI, `must have a prefix matching ${list(rules['required-prefix']?.patterns ?? [])}, not '${clip(prefix)}'`);
  }
  if (roleArn !== undefined && prepared.roleNames !== undefined && !prepared.roleNames(roleArn.name)) {
    report('role-name-pattern', ROLE, `must name a role matching ${list(rules['role-name-pattern']?.patterns ?? [])}, not '${roleArn.name}'`);
  }
  if (rules['retry-forbidden'] !== undefined && view.hasImportId) report('retry-forbidden', '/ImportId', 'must not retry an import (ImportId): the policy forbids retries');

  timeRange(rules, prepared.earliest, view, now, report);
  return found;
}

type Reporter = (rule: PolicyRuleName, path: string, message: string) => void;

function regionsAndAccounts(rules: PolicyRules, destinations: readonly Destination[], bucketRegion: string | undefined, roleAccount: string | undefined, report: Reporter): void {
  const regions = rules['allowed-regions'];
  if (regions !== undefined) {
    const forBucket = regions.bucketRegions ?? regions.regions;
    const forDestination = regions.destinationRegions ?? regions.regions;
    if (forBucket !== undefined && bucketRegion !== undefined && !forBucket.includes(bucketRegion)) {
      report('allowed-regions', BUCKET_REGION, `must be an allowed bucket Region (${list(forBucket)}), not '${clip(bucketRegion)}'`);
    }
    for (const d of destinations) {
      const region = d.facts.ref?.form === 'arn' ? d.facts.ref.region : undefined;
      if (forDestination !== undefined && region !== undefined && !forDestination.includes(region)) {
        report('allowed-regions', d.path, `must be in an allowed Region (${list(forDestination)}), not '${region}'`);
      }
    }
  }
  const accounts = rules['allowed-accounts'];
  if (accounts !== undefined) {
    const forDestination = accounts.destinationAccounts ?? accounts.accounts;
    const forRole = accounts.roleAccounts ?? accounts.accounts;
    for (const d of destinations) {
      const account = d.facts.ref?.form === 'arn' ? d.facts.ref.accountId : undefined;
      if (forDestination !== undefined && account !== undefined && !forDestination.includes(account)) {
        report('allowed-accounts', d.path, `must be in an allowed account (${list(forDestination)}), not '${account}'`);
      }
    }
    if (forRole !== undefined && roleAccount !== undefined && !forRole.includes(roleAccount)) {
      report('allowed-accounts', ROLE, `must be a role of an allowed account (${list(forRole)}), not '${roleAccount}'`);
    }
  }
}

function iso(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString();
}

function timeRange(rules: PolicyRules, earliest: ((now: number) => number) | undefined, view: ValueView, now: () => number, report: Reporter): void {
  const isNew = view.hasDestinations || view.hasImportSource;
  const start = view.startEventTime;
  const end = view.endEventTime;
  if (rules['time-range-required'] !== undefined && isNew && (!view.hasStartEventTime || !view.hasEndEventTime)) {
    const missing = [view.hasStartEventTime ? [] : ['StartEventTime'], view.hasEndEventTime ? [] : ['EndEventTime']].flat();
    report('time-range-required', '', `must send a time range: ${missing.join(' and ')} missing`);
  }
  const maxDays = rules['max-time-range-days']?.days;
  if (maxDays !== undefined && start !== undefined && end !== undefined && end - start > maxDays * DAY) {
    report('max-time-range-days', '/EndEventTime', `must be at most ${String(maxDays)} days after StartEventTime, not ${String(Math.ceil(((end - start) / DAY) * 100) / 100)}`);
  }
  if (earliest !== undefined && start !== undefined) {
    const bound = earliest(now());
    if (start < bound) report('earliest-start', '/StartEventTime', `must not be before ${iso(bound)} (${rules['earliest-start']?.earliest ?? ''}), not ${iso(start)}`);
  }
  if (rules['end-not-in-future'] !== undefined && end !== undefined && end > now()) {
    report('end-not-in-future', '/EndEventTime', `must not be in the future (${iso(end)} is after now)`);
  }
}
