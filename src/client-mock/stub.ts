import type { CloudTrailClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-cloudtrail';
import type { AwsStub } from 'aws-sdk-client-mock';
import { describe } from '../contract/timestamps.js';

/** An aws-sdk-client-mock stub of `CloudTrailClient` (or of the aggregated `CloudTrail` client): `mockClient(CloudTrailClient)`. */
export type CloudTrailMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudTrailClientResolvedConfig>;

/**
 * Throws a TypeError naming `who` unless `mock` is an aws-sdk-client-mock stub (`mockClient(client)`):
 * a wrong argument is refused where it is given, not as a raw error when the helper first uses it.
 */
export function checkStub(who: string, mock: unknown, client: string): void {
  if (typeof mock !== 'object' || mock === null || typeof (mock as { readonly on?: unknown }).on !== 'function') {
    throw new TypeError(`${who}: the mock must be an aws-sdk-client-mock stub, mockClient(${client}) (got ${describe(mock)})`);
  }
}
