/**
 * The CloudTrail and CloudWatch Logs endpoints the handlers answer for: every Region of every
 * partition, FIPS and dual-stack included, as the JS SDK's endpoint rules build them —
 * `https://SERVICE[-fips].REGION.DNS_SUFFIX/`, with each partition's `dnsSuffix` and
 * `dualStackDnsSuffix` from the AWS partitions file (a test keeps the list in step with it and
 * with each SDK's endpoint resolver).
 */
// Two literals, not one built per service: the ReDoS check reads the package's
// regular expressions from their literal text; the endpoint test keeps both suffix lists in step.

/** Every CloudTrail endpoint; the first group is the Region. */
export const CLOUDTRAIL_ENDPOINT =
  /^https:\/\/cloudtrail(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|api\.aws|api\.amazonwebservices\.com\.cn|api\.amazonwebservices\.eu|c2s\.ic\.gov|api\.aws\.ic\.gov|sc2s\.sgov\.gov|api\.aws\.scloud|cloud\.adc-e\.uk|api\.cloud-aws\.adc-e\.uk|csp\.hci\.ic\.gov|api\.aws\.hci\.ic\.gov)\/$/;

/** Every CloudWatch Logs endpoint (`https://logs.REGION.amazonaws.com/`, …); the first group is the Region. */
export const CLOUDWATCH_LOGS_ENDPOINT =
  /^https:\/\/logs(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|api\.aws|api\.amazonwebservices\.com\.cn|api\.amazonwebservices\.eu|c2s\.ic\.gov|api\.aws\.ic\.gov|sc2s\.sgov\.gov|api\.aws\.scloud|cloud\.adc-e\.uk|api\.cloud-aws\.adc-e\.uk|csp\.hci\.ic\.gov|api\.aws\.hci\.ic\.gov)\/$/;

function regionOf(endpoint: RegExp, url: string): string | undefined {
  const end = url.search(/[?#]/);
  return endpoint.exec(end === -1 ? url : url.slice(0, end))?.[1];
}

/** The Region of a CloudTrail endpoint URL (query and fragment ignored), or undefined for any other URL. */
export function regionOfEndpoint(url: string): string | undefined {
  return regionOf(CLOUDTRAIL_ENDPOINT, url);
}

/** The Region of a CloudWatch Logs endpoint URL (query and fragment ignored), or undefined for any other URL. */
export function regionOfLogsEndpoint(url: string): string | undefined {
  return regionOf(CLOUDWATCH_LOGS_ENDPOINT, url);
}
