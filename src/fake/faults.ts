/** Faults a test queues with `failNext`: each is the answer to one later call of its operation. */
import { EXCEPTION_MESSAGES, IMPORT_OPERATIONS, notAnOperation, type ExceptionName, type ImportOperation } from '../contract/operations.js';
import { MIN_ERROR_MESSAGE } from '../contract/model.js';
import { clip, describe } from '../contract/timestamps.js';
import { codePoints } from '../core/text.js';
import { refuse } from './errors.js';
import type { FakeOutcome } from './types.js';

/** Whether `value` is an operation the CloudTrail fake answers. */
export function isImportOperation(value: unknown): value is ImportOperation {
  return typeof value === 'string' && (IMPORT_OPERATIONS as readonly string[]).includes(value);
}

/** What a fake's queue knows: its operations and exceptions (with their messages), how it refuses, and what its operations are called in messages. */
export interface FaultSpec<Operation extends string, Exception extends string, Outcome> {
  readonly operations: readonly Operation[];
  readonly messages: Readonly<Record<Exception, string>>;
  readonly refuse: (name: Exception, message: string) => Outcome;
  /** e.g. `import operation`. */
  readonly operationWord: string;
}

/** Per operation, the faults still to answer, first queued first answered. */
export class FaultQueue<Operation extends string = ImportOperation, Exception extends string = ExceptionName, Outcome = FakeOutcome> {
  private readonly queued = new Map<Operation, Outcome[]>();

  constructor(private readonly spec: FaultSpec<Operation, Exception, Outcome>) {}

  /**
   * Queues `exceptionName` for the next call of `operation`. Any exception of the fake is allowed,
   * also one the model does not list for that operation (to test a client's handling of the
   * unexpected); an unknown name or operation is a TypeError.
   */
  push(operation: Operation, exceptionName: Exception, message?: string): void {
    const { operations, messages, operationWord } = this.spec;
    if (!operations.includes(operation)) throw notAnOperation('failNext', operation, operations, `an ${operationWord}`);
    if (typeof exceptionName !== 'string' || !Object.prototype.hasOwnProperty.call(messages, exceptionName)) {
      throw new TypeError(`failNext('${operation}', …): ${describe(exceptionName)} is not an exception of the ${operationWord}s (${Object.keys(messages).join(', ')})`);
    }
    if (message !== undefined && typeof message !== 'string') throw new TypeError(`failNext('${operation}', '${exceptionName}', message): message must be a string`);
    // A longer one is cut to MAX_ERROR_MESSAGE, as every answer; a shorter one cannot be made fit, and no answer carries it.
    if (message !== undefined && codePoints(message) < MIN_ERROR_MESSAGE) {
      throw new TypeError(`failNext('${operation}', '${exceptionName}', message): message must have at least ${String(MIN_ERROR_MESSAGE)} characters, as an error answer's message does (CloudTrail's ErrorMessage is 4–1000), so that the answer passes validateImportError (got '${clip(message)}')`);
    }
    const queue = this.queued.get(operation) ?? [];
    queue.push(this.spec.refuse(exceptionName, message ?? messages[exceptionName]));
    this.queued.set(operation, queue);
  }

  /** The next fault of `operation`, taken off the queue, or undefined when none is queued. */
  take(operation: Operation): Outcome | undefined {
    return this.queued.get(operation)?.shift();
  }
}

/** The CloudTrail fake's queue: its five operations, and every modeled, common or protocol exception. */
export function cloudTrailFaults(): FaultQueue {
  return new FaultQueue({ operations: IMPORT_OPERATIONS, messages: EXCEPTION_MESSAGES, refuse: (name, message) => refuse(name, message), operationWord: 'import operation' });
}
