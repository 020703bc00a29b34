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
  const region = endpoint.exec(end === -1 ? url : url.slice(0, end))?.[1];
  return region ?? endpoint.exec(normalised(url))?.[1];
}

/**
 * A URL as WHATWG URL writes it, without query and fragment: the host in lower case, the default
 * port dropped, `/` for an empty path (`https://LOGS.us-east-1.amazonaws.com:443` is
 * `https://logs.us-east-1.amazonaws.com/`, the endpoint it names); '' for a text that is no URL.
 * What the SDK and msw hand over is already so; a recorded or hand-written `url` may not be.
 */
function normalised(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return '';
  }
}

/** The Region of a CloudTrail endpoint URL (query and fragment ignored; written in any case, with or without its default port and final `/`), or undefined for any other URL. */
export function regionOfEndpoint(url: string): string | undefined {
  return regionOf(CLOUDTRAIL_ENDPOINT, url);
}

/** The Region of a CloudWatch Logs endpoint URL (query and fragment ignored; written in any case, with or without its default port and final `/`), or undefined for any other URL. */
export function regionOfLogsEndpoint(url: string): string | undefined {
  return regionOf(CLOUDWATCH_LOGS_ENDPOINT, url);
}
