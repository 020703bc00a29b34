/**
 * `importContractPlugin` over the package's arbitraries, on a real CloudTrailClient through msw:
 * every valid StartImport is sent, every labelled invalid one with an error code is refused
 * before it is sent, with its label, and one with a warning code is sent and logged.
 */
import { StartImportCommand } from '@aws-sdk/client-cloudtrail';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidStartImportRequest, startImportRequest } from '../../src/arbitraries/index.js';
import { ImportContractViolationError } from '../../src/client-plugin/index.js';
import { cloudTrailImportHandlers } from '../../src/msw/index.js';
import { ruleCatalogue } from '../../src/rules/index.js';
import { NOW } from '../msw/support.js';
import { checkedClient, recordingLogger, useWatchedServer } from './support.js';

const { server, seen } = useWatchedServer();
const SEVERITY = new Map(ruleCatalogue.map((entry) => [entry.code, entry.severity]));
const REQUEST_CODES = ruleCatalogue.filter((entry) => entry.subjects.includes('request')).map((entry) => entry.code);

/** How a send ended: the plugin's refusal, or whatever the handlers (or the SDK) answered. */
async function outcomeOf(sent: Promise<unknown>): Promise<{ refused?: ImportContractViolationError }> {
  try {
    await sent;
    return {};
  } catch (error) {
    return error instanceof ImportContractViolationError ? { refused: error } : {};
  }
}

describe('importContractPlugin, over the arbitraries', () => {
  it('sends every valid StartImport request', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const logger = recordingLogger();
    const client = checkedClient({ logger, now: NOW });
    await fc.assert(
      fc.asyncProperty(startImportRequest({ shape: 'sdk' }), async (request) => {
        const before = seen.length;
        // The fake may still refuse (an import already running): only the plugin's verdict matters here.
        expect(await outcomeOf(client.send(new StartImportCommand(request)))).toEqual({});
        expect(seen.length).toBe(before + 1);
      }),
      { numRuns: 40 },
    );
    expect(logger.warnings).toEqual([]);
  });

  it('refuses every labelled invalid request with an error code, with its label, before sending it; logs and sends the warnings', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const logger = recordingLogger();
    const client = checkedClient({ logger, now: NOW });
    await fc.assert(
      fc.asyncProperty(invalidStartImportRequest({ codes: REQUEST_CODES, shape: 'sdk', now: NOW }), async ({ request, expected, also }) => {
        const before = { sent: seen.length, logged: logger.warnings.length };
        const command = new StartImportCommand(request);
        // The SDK holds `{}` for a null input (`input ?? {}`), so what it would send is an empty request.
        const codes = command.input === request ? [expected, ...also] : ['request-empty'];
        const { refused } = await outcomeOf(client.send(command));
        if (SEVERITY.get(expected) === 'error') {
          expect(new Set(refused?.violations.filter((v) => v.severity === 'error').map((v) => v.code))).toEqual(new Set(codes));
          expect(seen.length).toBe(before.sent);
        } else {
          expect(refused).toBeUndefined();
          expect(seen.length).toBe(before.sent + 1);
          expect(logger.warnings.slice(before.logged).join('\n')).toContain(` warning ${expected}: `);
        }
      }),
      { numRuns: 200 },
    );
  });
});
