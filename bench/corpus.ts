/**
 * The requests the benchmark validates: every document of `fixtures/requests/**\/*.json` (a file
 * holding an array gives one document per element), in the `cli` shape they are written in, and
 * the same documents in the `wire` shape (ISO-8601 timestamps → epoch seconds, by the tests' converter).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toWireShape } from '../test/support/shapes.js';

/** The corpus in both shapes, index for index. */
export interface Corpus {
  /** Where the documents come from, for the report. */
  readonly source: string;
  readonly cli: readonly unknown[];
  readonly wire: readonly unknown[];
}

const EVENT_DATA_STORE = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const S3 = {
  S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
  S3BucketRegion: 'us-east-1',
  S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
};

/** A small stand-in when the fixture corpus is empty: valid and invalid, new and retry. */
const BUILT_IN: readonly unknown[] = [
  { Destinations: [EVENT_DATA_STORE], ImportSource: { S3 }, StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-02-01T00:00:00Z' },
  { Destinations: [EVENT_DATA_STORE], ImportSource: { S3 } },
  { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' },
  { Destinations: [EVENT_DATA_STORE], ImportSource: { S3 }, StartEventTime: '2024-02-01T00:00:00Z', EndEventTime: '2024-01-01T00:00:00Z' },
  { Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:trail/main'], ImportSource: { S3: { ...S3, S3BucketRegion: 'US-EAST-1' } } },
  { ImportId: 'NOT-A-UUID', Destinations: [EVENT_DATA_STORE] },
  {},
];

function jsonFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesUnder(path);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

/** Loads the fixture corpus under `root`, or the built-in set when it has no documents. */
export function loadCorpus(root: string): Corpus {
  const dir = join(root, 'fixtures/requests');
  const files = jsonFilesUnder(dir);
  const documents = files.flatMap((file) => {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  });
  if (documents.length === 0) {
    return {
      source: `built-in set of ${BUILT_IN.length} requests (fixtures/requests/ has no documents yet)`,
      cli: BUILT_IN,
      wire: BUILT_IN.map(toWireShape),
    };
  }
  return {
    source: `fixtures/requests/: ${documents.length} requests from ${files.length} files`,
    cli: documents,
    wire: documents.map(toWireShape),
  };
}
