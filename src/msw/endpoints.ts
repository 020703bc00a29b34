/**
 * The CloudTrail endpoints the handlers answer for: every Region of every partition, FIPS and
 * dual-stack included, as the JS SDK's endpoint rules build them —
 * `https://cloudtrail[-fips].REGION.DNS_SUFFIX/`, with each partition's `dnsSuffix` and
 * `dualStackDnsSuffix` from the AWS partitions file (a test keeps the list in step with it and
 * with the SDK's endpoint resolver).
 */
export const CLOUDTRAIL_ENDPOINT =
  /^https:\/\/cloudtrail(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|api\.aws|api\.amazonwebservices\.com\.cn|api\.amazonwebservices\.eu|c2s\.ic\.gov|api\.aws\.ic\.gov|sc2s\.sgov\.gov|api\.aws\.scloud|cloud\.adc-e\.uk|api\.cloud-aws\.adc-e\.uk|csp\.hci\.ic\.gov|api\.aws\.hci\.ic\.gov)\/$/;

/** The Region of a CloudTrail endpoint URL (query and fragment ignored), or undefined for any other URL. */
export function regionOfEndpoint(url: string): string | undefined {
  const end = url.search(/[?#]/);
  return CLOUDTRAIL_ENDPOINT.exec(end === -1 ? url : url.slice(0, end))?.[1];
}
