/** Requests and expectations shared by the fake's tests. */
import { expect } from 'vitest';
import type { FakeOutcome, FakeServiceError } from '../../src/fake/index.js';
import type { StartImportSdkInput } from '../../src/validate/index.js';

export const NOW = new Date('2026-11-24T00:00:00Z');
export const ACCOUNT = '123456789012';
export const STORE_ID = '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
export const OTHER_STORE_ID = '9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f';

/** The ARN of an event data store in `region` of the test account. */
export function storeArn(id = STORE_ID, region = 'us-east-1', account = ACCOUNT): string {
  return `arn:aws:cloudtrail:${region}:${account}:eventdatastore/${id}`;
}

/** A valid new import request (sdk shape) into `destination`. */
export function newRequest(destination = storeArn()): StartImportSdkInput {
  return {
    Destinations: [destination],
    ImportSource: {
      S3: {
        S3LocationUri: `s3://example-trail-logs/AWSLogs/${ACCOUNT}/CloudTrail/`,
        S3BucketRegion: 'us-east-1',
        S3BucketAccessRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailLakeImportRole`,
      },
    },
    StartEventTime: new Date('2024-01-01T00:00:00Z'),
    EndEventTime: new Date('2024-02-01T00:00:00Z'),
  };
}

/** The output of a successful outcome; fails the test, showing the error, otherwise. */
export function outputOf(outcome: FakeOutcome): Readonly<Record<string, unknown>> {
  if (!outcome.ok) expect.fail(`expected success, got ${outcome.error.name}: ${outcome.error.message}`);
  // The tests read any operation's output member by name.
  return outcome.output as Readonly<Record<string, unknown>>;
}

/** The error of a refused outcome; fails the test otherwise. */
export function errorOf(outcome: FakeOutcome): FakeServiceError {
  if (outcome.ok) expect.fail(`expected an error, got ${JSON.stringify(outcome.output)}`);
  return outcome.error;
}

/** The ImportId of a successful StartImport outcome. */
export function idOf(outcome: FakeOutcome): string {
  const id = outputOf(outcome)['ImportId'];
  expect(typeof id).toBe('string');
  return id as string;
}
