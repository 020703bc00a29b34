import { QUALIFIED_SERVICE_TARGET_PREFIX, SERVICE_TARGET_PREFIX } from '../contract/operations.js';

/**
 * The operations of the CloudTrail API besides the five import operations (AWS's Smithy model of
 * `CloudTrail_20131101` and @aws-sdk/client-cloudtrail 3.1137; a test fails when the SDK has more).
 * The handlers leave requests for these to other handlers; a target naming anything else with
 * CloudTrail's prefix is answered UnknownOperationException, as the service would.
 */
const OTHER_OPERATIONS: ReadonlySet<string> = new Set([
  'AddTags',
  'CancelQuery',
  'CreateChannel',
  'CreateDashboard',
  'CreateEventDataStore',
  'CreateTrail',
  'DeleteChannel',
  'DeleteDashboard',
  'DeleteEventDataStore',
  'DeleteResourcePolicy',
  'DeleteTrail',
  'DeregisterOrganizationDelegatedAdmin',
  'DescribeQuery',
  'DescribeTrails',
  'DisableFederation',
  'EnableFederation',
  'GenerateQuery',
  'GetChannel',
  'GetDashboard',
  'GetEventConfiguration',
  'GetEventDataStore',
  'GetEventSelectors',
  'GetInsightSelectors',
  'GetQueryResults',
  'GetResourcePolicy',
  'GetTrail',
  'GetTrailStatus',
  'ListChannels',
  'ListDashboards',
  'ListEventDataStores',
  'ListInsightsData',
  'ListInsightsMetricData',
  'ListPublicKeys',
  'ListQueries',
  'ListTags',
  'ListTrails',
  'LookupEvents',
  'PutEventConfiguration',
  'PutEventSelectors',
  'PutInsightSelectors',
  'PutResourcePolicy',
  'RegisterOrganizationDelegatedAdmin',
  'RemoveTags',
  'RestoreEventDataStore',
  'SearchSampleQueries',
  'StartDashboardRefresh',
  'StartEventDataStoreIngestion',
  'StartLogging',
  'StartQuery',
  'StopEventDataStoreIngestion',
  'StopLogging',
  'UpdateChannel',
  'UpdateDashboard',
  'UpdateEventDataStore',
  'UpdateTrail',
]);

const PREFIXES = [`${SERVICE_TARGET_PREFIX}.`, `${QUALIFIED_SERVICE_TARGET_PREFIX}.`];

/** Whether an `X-Amz-Target` names a CloudTrail operation other than the import operations, in either form. */
export function isOtherCloudTrailOperation(target: string): boolean {
  const prefix = PREFIXES.find((candidate) => target.startsWith(candidate));
  return prefix !== undefined && OTHER_OPERATIONS.has(target.slice(prefix.length));
}

