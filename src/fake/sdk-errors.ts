import { sdkException, type CloudTrailSdkException } from '../contract/sdk.js';
import type { FakeServiceError } from './types.js';

const WHO = 'createFakeCloudTrailImports';

/**
 * The exception the JS SDK would throw for the fake's error: an instance of the SDK's own class
 * (`instanceof InvalidParameterException` holds). Without the SDK (an optional peer dependency) it
 * is a plain Error with the same name, `$fault` and `$metadata`, so code reading those still works.
 */
export function toSdkError(error: FakeServiceError): CloudTrailSdkException {
  try {
    return sdkException(WHO, error.name, error.message);
  } catch {
    const plain = new Error(error.message) as Error & { -readonly [K in keyof CloudTrailSdkException]: CloudTrailSdkException[K] };
    plain.name = error.name;
    plain.$fault = 'client';
    plain.$metadata = { httpStatusCode: error.status, attempts: 1, totalRetryDelay: 0 };
    return plain;
  }
}
