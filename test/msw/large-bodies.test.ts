/**
 * The handlers answer a large body with many violations in time linear in its size (issue 14: an
 * 80 KB body took 7 s): the validators cap each document's report and the error message is
 * formatted only as far as its 1000 characters keep.
 */
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { NOW, useServer } from './support.js';

const server = useServer();

/** A StartImport body of `kilobytes` KB: a Destinations list of numbers, each item a violation (`[1,1,…]`). */
function largeBody(kilobytes: number): string {
  return JSON.stringify({ Destinations: new Array<number>(Math.floor((kilobytes * 1024) / 2)).fill(1) });
}

async function send(body: string): Promise<{ status: number; body: { __type: string; message: string } }> {
  const response = await fetch('https://cloudtrail.eu-west-1.amazonaws.com/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'CloudTrail_20131101.StartImport' },
    body,
  });
  return { status: response.status, body: (await response.json()) as { __type: string; message: string } };
}

describe('cloudTrailImportHandlers and large bodies', () => {
  it('answers an 80 KB body of violations at once, with a message of at most 1000 characters', async () => {
    server.use(...cloudTrailImportHandlers({ fake: createFakeCloudTrailImports({ now: NOW }) }));
    const start = performance.now();
    const answer = await send(largeBody(80));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(answer.status).toBe(400);
    expect(answer.body.message.length).toBeLessThanOrEqual(1000);
    expect(answer.body.message).toContain('type-mismatch');
  });
});
