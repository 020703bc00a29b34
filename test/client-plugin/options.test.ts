/** `importContractPlugin`'s options and its place in the stack, without the network. */
import { CloudTrailClient, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import {
  IMPORT_CONTRACT_MIDDLEWARE,
  importContractPlugin,
  type InitializeMiddleware,
  type InitializeMiddlewareOptions,
  type NextHandler,
} from '../../src/client-plugin/index.js';
import * as root from '../../src/index.js';
import { PolicyError } from '../../src/policy/index.js';
import { cloudTrailClient } from '../msw/support.js';

/** The middleware the plugin adds, caught by a stack that only records. */
function addedMiddleware(): { middleware: InitializeMiddleware; options: InitializeMiddlewareOptions } {
  const added: { middleware: InitializeMiddleware; options: InitializeMiddlewareOptions }[] = [];
  importContractPlugin().applyToStack({
    add: (middleware, options) => {
      added.push({ middleware, options });
    },
  });
  expect(added).toHaveLength(1);
  return added[0] as (typeof added)[number];
}

describe('importContractPlugin', () => {
  it('is exported from the package root too, as it needs no peer dependency', () => {
    expect(root.importContractPlugin).toBe(importContractPlugin);
  });

  it('adds one middleware at the initialize step, before the SDK serialises the input', () => {
    expect(addedMiddleware().options).toEqual({ step: 'initialize', name: IMPORT_CONTRACT_MIDDLEWARE, override: true });
  });

  it('keeps one middleware when applied twice to a client', () => {
    const client = cloudTrailClient();
    client.middlewareStack.use(importContractPlugin());
    client.middlewareStack.use(importContractPlugin({ onViolation: 'warn' }));
    const names = client.middlewareStack.identify().filter((entry) => entry.startsWith(IMPORT_CONTRACT_MIDDLEWARE));
    expect(names).toHaveLength(1);
  });

  it.each([
    ['another client', { clientName: 'DynamoDBClient', commandName: 'ListImportsCommand' }],
    ['another CloudTrail command', { clientName: 'CloudTrailClient', commandName: 'DescribeTrailsCommand' }],
    ['a context without names', {}],
  ])('hands the next handler back as it is for %s', (_what, context) => {
    const next: NextHandler<{ input: unknown }, string> = () => Promise.resolve('sent');
    expect(addedMiddleware().middleware(next, context)).toBe(next);
  });

  it('checks a CloudTrail import command, by the names the SDK gives it', async () => {
    const { middleware } = addedMiddleware();
    const handler = middleware(() => Promise.resolve('sent'), { clientName: 'CloudTrailClient', commandName: 'StopImportCommand' });
    await expect(handler({ input: {} })).rejects.toThrow('StopImport input breaks the CloudTrail import contract, not sent:\n/ImportId error required-member-missing: must be set: StopImport requires ImportId');
    await expect(handler({ input: { ImportId: '00000000-0000-4000-8000-000000000001' } })).resolves.toBe('sent');
  });

  it.each([
    ['onViolation', { onViolation: 'error' }, "importContractPlugin: options.onViolation must be 'throw' or 'warn' (got the string 'error')"],
    ['logger', { logger: { log: () => undefined } }, 'importContractPlugin: options.logger must have a warn(message) method'],
    ['now', { now: new Date('not a date') }, 'importContractPlugin: options.now must be a valid Date or a function returning one'],
    ['now', { now: '2025-01-01' }, "importContractPlugin: options.now must be a valid Date or a function returning one (got the string '2025-01-01')"],
    // null is a value it cannot use, not "the default": as `now: null` is refused.
    ['onViolation', { onViolation: null }, "importContractPlugin: options.onViolation must be 'throw' or 'warn' (got null)"],
    ['logger', { logger: null }, 'importContractPlugin: options.logger must have a warn(message) method (got null)'],
  ])('throws a TypeError naming options.%s when it cannot be used', (_name, options, message) => {
    expect(() => importContractPlugin(options as never)).toThrow(TypeError);
    expect(() => importContractPlugin(options as never)).toThrow(message);
  });

  it('throws the PolicyError of a bad policy when it is made, not at the first call', () => {
    expect(() => importContractPlugin({ policy: { version: 1, rules: { 'allowed-regions': { regions: 'eu-west-1' } } } as never })).toThrow(PolicyError);
  });

  it('leaves the command input unchanged', async () => {
    const input = { ImportId: '00000000-0000-4000-8000-000000000001' };
    const command = new StartImportCommand(input);
    const { middleware } = addedMiddleware();
    const seen: unknown[] = [];
    const handler = middleware((args: { input: unknown }) => {
      seen.push(args.input);
      return Promise.resolve('sent');
    }, { clientName: 'CloudTrailClient', commandName: 'StartImportCommand' });
    await handler({ input: command.input });
    expect(seen).toEqual([input]);
    expect(seen[0]).toBe(command.input);
  });

  it('never runs under aws-sdk-client-mock, which stubs send and skips the middleware stack', async () => {
    const cloudTrailMock = mockClient(CloudTrailClient);
    try {
      cloudTrailMock.on(StartImportCommand).resolves({ ImportId: 'stubbed' });
      const client = cloudTrailClient();
      client.middlewareStack.use(importContractPlugin());
      await expect(client.send(new StartImportCommand({ ImportId: 'ABC' }))).resolves.toMatchObject({ ImportId: 'stubbed' });
    } finally {
      cloudTrailMock.restore();
    }
  });
});
