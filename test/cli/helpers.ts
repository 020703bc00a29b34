/**
 * Runs the CLI in-process over temp files, capturing what it prints.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { runCli } from '../../src/cli/index.js';

/** The clock of every in-process run, so `time-range-in-future` does not depend on the day. */
export const NOW = new Date('2026-11-24T00:00:00Z');
export const VERSION = '9.8.7';

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A new temp directory holding `files` (path → text or bytes), removed when the test ends. */
export async function tempDir(files: Readonly<Record<string, string | Uint8Array>> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cloudtrail-import-contract-cli-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/**
 * Runs `runCli` with `cwd` as working directory and `stdin` as standard input; "now" is NOW, or
 * with `clock: 'system'` the system clock, as the installed CLI has it.
 */
export async function cli(argv: readonly string[], cwd: string, stdin: string | Uint8Array = '', clock: 'fixed' | 'system' = 'fixed'): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([stdin]),
    cwd,
    version: () => VERSION,
    ...(clock === 'fixed' ? { now: () => NOW } : {}),
  });
  return { code, stdout, stderr };
}

/** Non-empty lines of a text. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** JSON as the fixtures write it: two-space indented, with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export const DESTINATION = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';

/** A new import with no violation at all. */
export const NEW_IMPORT = {
  Destinations: [DESTINATION],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
    },
  },
  StartEventTime: '2024-01-01T00:00:00Z',
  EndEventTime: '2024-02-01T00:00:00Z',
} as const;

/** A retry with no violation at all. */
export const RETRY = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' } as const;

/** A new import whose bucket Region is written in capitals: one `s3-bucket-region-invalid` error. */
export const BAD_REGION = { ...NEW_IMPORT, ImportSource: { S3: { ...NEW_IMPORT.ImportSource.S3, S3BucketRegion: 'US-EAST-1' } } };

/** A new import without EndEventTime: one `time-range-half-open` warning. */
export const HALF_OPEN = { Destinations: NEW_IMPORT.Destinations, ImportSource: NEW_IMPORT.ImportSource, StartEventTime: NEW_IMPORT.StartEventTime };

/** The response that answers NEW_IMPORT. */
export const NEW_IMPORT_RESPONSE = {
  ...NEW_IMPORT,
  ImportId: RETRY.ImportId,
  ImportStatus: 'INITIALIZING',
  CreatedTimestamp: '2024-03-01T00:00:00Z',
  UpdatedTimestamp: '2024-03-01T00:00:00Z',
} as const;
