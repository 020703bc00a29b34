/**
 * This package beside AWS's `@smithy/typecheck`: the measured tables of docs/smithy-typecheck.md
 * are current, and both plugins sit on one real CloudTrailClient, each doing its own checks.
 */
import { readFileSync } from 'node:fs';
import { StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { getRuntimeTypecheckPlugin } from '@smithy/typecheck';
import { describe, expect, it } from 'vitest';
import { measureRequests, withSmithyTypecheckTables } from '../../scripts/smithy-typecheck-table.js';
import { ImportContractViolationError, importContractPlugin } from '../../src/client-plugin/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { cloudTrailClient, newImport, NOW } from '../msw/support.js';
import { ENDPOINT, recordingLogger, useWatchedServer } from './support.js';

const { server, seen } = useWatchedServer();
const doc = readFileSync(new URL('../../docs/smithy-typecheck.md', import.meta.url), 'utf8');

describe('docs/smithy-typecheck.md', () => {
  it('holds the tables as measured now (run `npm run docs` after changing a check or a fixture)', () => {
    expect(doc).toBe(withSmithyTypecheckTables(doc));
  });

  it("gives the README's figures as measured now (its two sentences on the fixtures)", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const invalid = measureRequests().filter((verdict) => !verdict.valid);
    const smithy = invalid.filter((verdict) => verdict.smithy.length > 0).length;
    const ours = invalid.filter((verdict) => verdict.ours.size > 0).length;
    expect(readme).toContain(`it flags ${String(smithy)} of the ${String(invalid.length)} invalid requests, this package all ${String(ours)}`);
    expect(readme).toContain(`of the ${String(invalid.length)} invalid requests, \`@smithy/typecheck\` 1.3.2 flags ${String(smithy)} and this package ${String(ours)};`);
  });

  it('measures this package reporting each invalid request with its codes, and no valid one', () => {
    for (const verdict of measureRequests()) expect([...verdict.ours].sort(), verdict.name).toEqual([...verdict.expected].sort());
  });
});

/** The SDK's `Logger`, keeping its warnings. */
function smithyLogger(): { readonly warnings: string[]; debug(): void; info(): void; warn(message: string): void; error(): void } {
  const { warnings, warn } = recordingLogger();
  const ignore = (): void => undefined;
  return { warnings, debug: ignore, info: ignore, warn, error: ignore };
}

/** A client with @smithy/typecheck warning and this package's plugin throwing. */
function bothPlugins(): { client: ReturnType<typeof cloudTrailClient>; smithyWarnings: string[] } {
  const client = cloudTrailClient({ endpoint: ENDPOINT });
  const logger = smithyLogger();
  client.middlewareStack.use(getRuntimeTypecheckPlugin({ input: 'warn', logger }));
  client.middlewareStack.use(importContractPlugin());
  return { client, smithyWarnings: logger.warnings };
}

describe('importContractPlugin beside getRuntimeTypecheckPlugin', () => {
  it('sends a valid request through both', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const { client, smithyWarnings } = bothPlugins();
    await expect(client.send(new StartImportCommand(newImport()))).resolves.toMatchObject({ ImportStatus: 'INITIALIZING' });
    expect(smithyWarnings).toEqual([]);
    expect(seen).toEqual(['CloudTrail_20131101.StartImport']);
  });

  it('refuses a request only this package catches: a role ARN that names a user', async () => {
    const { client, smithyWarnings } = bothPlugins();
    const S3 = { S3LocationUri: 's3://org-log-archive/AWSLogs/111122223333/CloudTrail/', S3BucketRegion: 'eu-west-1', S3BucketAccessRoleArn: 'arn:aws:iam::111122223333:user/importer' };
    const refused = client.send(new StartImportCommand({ ...newImport(), ImportSource: { S3 } }));
    await expect(refused).rejects.toBeInstanceOf(ImportContractViolationError);
    await expect(refused).rejects.toMatchObject({ violations: [{ code: 'role-arn-invalid' }] });
    expect(smithyWarnings).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('lets each report a string timestamp in its own words', async () => {
    const { client, smithyWarnings } = bothPlugins();
    const refused = client.send(new StartImportCommand({ ...newImport(), StartEventTime: '2025-01-01T00:00:00Z' as unknown as Date }));
    await expect(refused).rejects.toMatchObject({ name: 'ImportContractViolationError', violations: [{ code: 'timestamp-invalid', path: '/StartEventTime' }] });
    expect(smithyWarnings).toEqual(['CloudTrailClient->StartImportCommand input validation: \n\t{}.StartEventTime: expected Date, got string.']);
    expect(seen).toEqual([]);
  });
});
