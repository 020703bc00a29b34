/** Faults a test queues with `failNext`: each is the answer to one later call of its operation. */
import { EXCEPTION_MESSAGES, IMPORT_OPERATIONS, type ExceptionName, type ImportOperation } from '../contract/operations.js';
import { describe } from '../contract/timestamps.js';
import { refuse } from './errors.js';
import type { FakeOutcome } from './types.js';

const EXCEPTION_NAMES = Object.keys(EXCEPTION_MESSAGES);

/** Whether `value` is an operation the fake answers. */
export function isImportOperation(value: unknown): value is ImportOperation {
  return typeof value === 'string' && (IMPORT_OPERATIONS as readonly string[]).includes(value);
}

/** Per operation, the faults still to answer, first queued first answered. */
export class FaultQueue {
  private readonly queued = new Map<ImportOperation, FakeOutcome[]>();

  /**
   * Queues `exceptionName` for the next call of `operation`. Any modeled or protocol exception is
   * allowed, also one the model does not list for that operation (to test a client's handling of
   * the unexpected); an unknown name or operation is a TypeError.
   */
  push(operation: ImportOperation, exceptionName: ExceptionName, message?: string): void {
    if (!isImportOperation(operation)) throw new TypeError(`failNext: ${describe(operation)} is not an import operation (${IMPORT_OPERATIONS.join(', ')})`);
    if (typeof exceptionName !== 'string' || !EXCEPTION_NAMES.includes(exceptionName)) {
      throw new TypeError(`failNext('${operation}', …): ${describe(exceptionName)} is not an exception of the import operations (${EXCEPTION_NAMES.join(', ')})`);
    }
    if (message !== undefined && typeof message !== 'string') throw new TypeError(`failNext('${operation}', '${exceptionName}', message): message must be a string`);
    const queue = this.queued.get(operation) ?? [];
    queue.push(refuse(exceptionName, message ?? EXCEPTION_MESSAGES[exceptionName]));
    this.queued.set(operation, queue);
  }

  /** The next fault of `operation`, taken off the queue, or undefined when none is queued. */
  take(operation: ImportOperation): FakeOutcome | undefined {
    return this.queued.get(operation)?.shift();
  }
}
