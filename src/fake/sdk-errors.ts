import { clientException, type SdkClientPackage, type SdkException } from '../contract/sdk.js';

/** What a fake's error needs to become an exception: the exception's name, its message and its HTTP status. */
interface ServiceError<Name extends string> {
  readonly name: Name;
  readonly message: string;
  readonly status: number;
}

/**
 * The exception the JS SDK would throw for a fake's error, as `client` (CloudTrail's or CloudWatch
 * Logs'): an instance of the SDK's own class (`instanceof InvalidParameterException` holds), or its
 * service exception of that name. Without the SDK (an optional peer dependency) it is a plain Error
 * with the same name, `$fault` (`server` for a 5xx) and `$metadata`, so code reading those still works.
 */
export function toSdkError<Name extends string>(client: SdkClientPackage, who: string, error: ServiceError<Name>): SdkException<Name> {
  try {
    return clientException(client, who, error.name, error.status, error.message) as SdkException<Name>;
  } catch {
    const plain = new Error(error.message) as Error & { -readonly [K in keyof SdkException<Name>]: SdkException<Name>[K] };
    plain.name = error.name;
    plain.$fault = error.status < 500 ? 'client' : 'server';
    plain.$metadata = { httpStatusCode: error.status, attempts: 1, totalRetryDelay: 0 };
    return plain;
  }
}
