/** Shared by the Jest tests: small requests, and failure messages without colours. */
const { stripVTControlCharacters } = require('node:util');

const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const retry = { ImportId: IMPORT_ID };

function newImport() {
  return {
    Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987'],
    ImportSource: {
      S3: {
        S3LocationUri: 's3://org-log-archive/AWSLogs/123456789012/CloudTrail/',
        S3BucketRegion: 'us-east-1',
        S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImport',
      },
    },
    StartEventTime: new Date('2024-01-01T00:00:00Z'),
    EndEventTime: new Date('2024-07-01T00:00:00Z'),
  };
}

/** The response the service gives a new import: its parameters echoed, INITIALIZING. */
function responseTo(request) {
  const created = new Date('2025-01-01T00:00:00Z');
  return { ...request, ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING', CreatedTimestamp: created, UpdatedTimestamp: created };
}

function textOf(error) {
  return stripVTControlCharacters(error instanceof Error ? error.message : String(error));
}

/** The message `assertion` fails with; throws when it passes. */
function failureOf(assertion) {
  try {
    assertion();
  } catch (error) {
    return textOf(error);
  }
  throw new Error('expected the assertion to fail, but it passed');
}

/** The message an asynchronous `assertion` fails with; rejects when it passes. */
async function asyncFailureOf(assertion) {
  try {
    await assertion();
  } catch (error) {
    return textOf(error);
  }
  throw new Error('expected the assertion to fail, but it passed');
}

module.exports = { IMPORT_ID, retry, newImport, responseTo, failureOf, asyncFailureOf };
