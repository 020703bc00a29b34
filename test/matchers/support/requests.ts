/** Small requests and responses the matcher tests share, in the sdk shape unless named otherwise. */
import type { Fixture } from '../../support/fixtures.js';

export const NOW = new Date('2026-11-24T00:00:00Z');
export const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
export const DESTINATION = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/3f4e2d1c-0b9a-4876-9543-210fedcba987';

export const retry = { ImportId: IMPORT_ID };

export function newImport(): { Destinations: string[]; ImportSource: { S3: Record<string, string> }; StartEventTime: Date; EndEventTime: Date } {
  return {
    Destinations: [DESTINATION],
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
export function responseTo(request: ReturnType<typeof newImport>): Record<string, unknown> {
  const created = new Date('2025-01-01T00:00:00Z');
  return { ...request, ImportId: IMPORT_ID, ImportStatus: 'INITIALIZING', CreatedTimestamp: created, UpdatedTimestamp: created };
}

/** A fixture's documents: an array's elements (with their index), or the document itself. */
export function documentsOf(fixture: Fixture): { index: number | undefined; document: unknown }[] {
  return Array.isArray(fixture.document) ? fixture.document.map((document: unknown, index) => ({ index, document })) : [{ index: undefined, document: fixture.document }];
}

/** The first error a fixture document expects, as `formatViolation` starts its line: `PATH error CODE:`. */
export function firstErrorLine(fixture: Fixture, index: number | undefined): string {
  const first = fixture.expected.find((e) => e.index === index && e.severity === 'error');
  if (first === undefined) throw new Error(`${fixture.name}: no expected error`);
  return `${first.path === '' ? '(root)' : first.path} error ${first.code}:`;
}
