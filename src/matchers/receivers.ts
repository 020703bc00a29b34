import { isImportExchangeRecorder } from '../msw/recorder.js';
import type { Violation } from '../rules/index.js';
import type { Printer } from './context.js';
import { message } from './describe.js';
import type { MatcherResult } from './types.js';
import { isRecord } from '../contract/record.js';
import { reasonOf } from '../validate/run.js';

/** One StartImport call a stub or a recorder saw. */
export interface SentStartImport {
  /** 1 for the first StartImport call, counting StartImport calls only. */
  readonly index: number;
  /** The command's input (stub, `sdk` shape) or the parsed HTTP body (recorder, `wire` shape). */
  readonly request: unknown;
  readonly shape: 'sdk' | 'wire';
  /** What the msw handlers found wrong with the HTTP request itself (content type, …). */
  readonly wireViolations: readonly Violation[];
}

/** A StartImport call of a stub, with its answer. */
export interface StubStartImport extends SentStartImport {
  /** How the call returned (the promise `send` returned) or what it threw. */
  readonly outcome: { readonly threw: false; readonly returned: unknown } | { readonly threw: true; readonly exception: unknown };
}

/** What a matcher received: the StartImport calls of a stub or a recorder, or why it is neither. */
export type Receiver =
  | { readonly kind: 'stub'; readonly calls: readonly StubStartImport[] }
  | { readonly kind: 'recorder'; readonly calls: readonly SentStartImport[] }
  | { readonly kind: 'neither'; /** What is wrong with a would-be stub; absent for anything else. */ readonly detail?: string };

/** What the stub and recorder matchers take, for their messages. */
export const STUB = 'an aws-sdk-client-mock stub (mockClient(CloudTrailClient))';
export const RECORDER = 'an import recorder (createImportRecorder())';

/** A sinon spy call, the part of it a stub's `calls()` gives that is read here. */
interface SpyCallLike {
  readonly args?: readonly unknown[];
  readonly returnValue?: unknown;
  readonly exception?: unknown;
  threw?(): boolean;
}

const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);

/** Whether `value` looks like an aws-sdk-client-mock stub (`mockClient(…)`): it has `calls()` and `commandCalls()`. */
function isStub(value: unknown): value is { calls(): unknown } {
  return isRecord(value) && typeof value['calls'] === 'function' && typeof value['commandCalls'] === 'function';
}

/**
 * A StartImportCommand, told by its class name rather than `instanceof`: the SDK is an optional
 * peer dependency, and the user's copy of it may not be the one this package would load.
 */
function startImportInput(command: unknown): { input: unknown } | undefined {
  if (!isRecord(command) || !('input' in command)) return undefined;
  const constructor = (command as { constructor?: unknown }).constructor;
  return typeof constructor === 'function' && constructor.name === 'StartImportCommand' ? { input: command['input'] } : undefined;
}

function stubCalls(stub: { calls(): unknown }): Receiver {
  const calls = stub.calls();
  if (!Array.isArray(calls)) return { kind: 'neither', detail: 'its calls() returned no array of calls' };
  const sent: StubStartImport[] = [];
  for (const call of calls as readonly SpyCallLike[]) {
    const command = startImportInput(call.args?.[0]);
    if (command === undefined) continue;
    const threw = typeof call.threw === 'function' && call.threw();
    sent.push({
      index: sent.length + 1,
      request: command.input,
      shape: 'sdk',
      wireViolations: NO_VIOLATIONS,
      outcome: threw ? { threw, exception: call.exception } : { threw, returned: call.returnValue },
    });
  }
  return { kind: 'stub', calls: sent };
}

/**
 * Reads what a matcher received: an aws-sdk-client-mock stub (every `StartImportCommand` sent
 * through it) or a recorder of `cloudTrailImportHandlers` (every StartImport exchange).
 */
export function readReceiver(value: unknown): Receiver {
  try {
    return receiverOf(value);
  } catch (error) {
    // A value that throws while read (a Proxy whose traps throw, a revoked Proxy, a stub whose calls() throws): the matcher fails with its own message.
    return { kind: 'neither', detail: `it cannot be read (reading it threw: ${reasonOf(error)})` };
  }
}

function receiverOf(value: unknown): Receiver {
  if (isImportExchangeRecorder(value)) {
    const calls = value.of('StartImport').map(
      (exchange, i): SentStartImport => ({
        index: i + 1,
        request: exchange.requestBody,
        shape: 'wire',
        wireViolations: exchange.violations.filter((v) => v.code.startsWith('wire-')),
      }),
    );
    return { kind: 'recorder', calls };
  }
  if (isStub(value)) return stubCalls(value);
  return { kind: 'neither' };
}

/**
 * The result of a matcher given a receiver it cannot read: a failure under `.not` too, since
 * the matcher could not check anything.
 */
export function wrongReceiver(print: Printer, received: unknown, expectation: string, reason: string): MatcherResult {
  return {
    pass: print.isNot,
    message: () => message(print.hint(), `Expected ${expectation}, but ${reason}.`, `Received: ${print.received(received)}`),
  };
}
