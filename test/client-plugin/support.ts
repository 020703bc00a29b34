/** What the client plugin's tests share: an msw server that notes every request it sees, and clients with the plugin. */
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { SetupServer } from 'msw/node';
import { beforeEach } from 'vitest';
import { importContractPlugin, type ImportContractPluginOptions } from '../../src/client-plugin/index.js';
import { cloudTrailClient, useServer } from '../msw/support.js';

export const ENDPOINT = 'https://cloudtrail.eu-west-1.amazonaws.com';

/** The file's server, and the `X-Amz-Target` of every request that reached it (handled or not) in the current test. */
export function useWatchedServer(): { readonly server: SetupServer; readonly seen: string[] } {
  const server = useServer();
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(request.headers.get('x-amz-target') ?? request.url);
  });
  beforeEach(() => {
    seen.length = 0;
  });
  return { server, seen };
}

/** A logger that keeps what it is told. */
export function recordingLogger(): { readonly warnings: string[]; readonly warn: (message: string) => void } {
  const warnings: string[] = [];
  return {
    warnings,
    warn: (message) => {
      warnings.push(message);
    },
  };
}

/** A real CloudTrailClient (fake credentials, an explicit endpoint, no retries) with the plugin applied. */
export function checkedClient(options?: ImportContractPluginOptions): CloudTrailClient {
  const client = cloudTrailClient({ endpoint: ENDPOINT });
  client.middlewareStack.use(importContractPlugin(options));
  return client;
}
