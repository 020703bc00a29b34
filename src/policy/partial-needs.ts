/**
 * Which facts each organisation policy code relies on in partial mode: the policy counterpart of
 * `PARTIAL_REQUEST_NEEDS`. A policy check reads one member, so most codes need only their own
 * value known; `time-range-required` reads several and is sure only in the cases listed.
 */
import type { PartialNeed } from '../validate/validate-partial.js';
import type { PolicyCode } from './types.js';

const HERE = '.';
const START = '/StartEventTime';
const END = '/EndEventTime';
const VALUE: readonly (readonly PartialNeed[])[] = [[['known', HERE]]];

/**
 * For each policy code, alternatives: the violation is kept when every fact of one of them holds.
 * `time-range-required` needs the request surely new (Destinations or ImportSource surely
 * present) and a bound surely absent, so neither an unknown value nor a spread can supply it.
 */
export const PARTIAL_POLICY_NEEDS: Readonly<Record<PolicyCode, readonly (readonly PartialNeed[])[]>> = {
  'policy/allowed-partitions': VALUE,
  'policy/allowed-regions': VALUE,
  'policy/allowed-accounts': VALUE,
  'policy/allowed-destinations': VALUE,
  'policy/allowed-buckets': VALUE,
  'policy/required-prefix': VALUE,
  'policy/role-name-pattern': VALUE,
  'policy/retry-forbidden': VALUE,
  'policy/time-range-required': ['/Destinations', '/ImportSource'].flatMap((member) => [
    [['present', member], ['absent', START]],
    [['present', member], ['absent', END]],
  ] satisfies (readonly PartialNeed[])[]),
  'policy/max-time-range-days': [[['known', START], ['known', END]]],
  'policy/earliest-start': [[['known', START]]],
  'policy/end-not-in-future': [[['known', END]]],
};
