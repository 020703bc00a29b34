import type { CloudTrailClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-cloudtrail';
import type { AwsStub } from 'aws-sdk-client-mock';

/** An aws-sdk-client-mock stub of `CloudTrailClient` (or of the aggregated `CloudTrail` client): `mockClient(CloudTrailClient)`. */
export type CloudTrailMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, CloudTrailClientResolvedConfig>;
