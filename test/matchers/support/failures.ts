/**
 * The failure message of an assertion, without colours, for inline snapshots: the runner's
 * `this.utils` colours what it prints, depending on the terminal.
 */
import { stripVTControlCharacters } from 'node:util';

function textOf(error: unknown): string {
  return stripVTControlCharacters(error instanceof Error ? error.message : String(error));
}

/** The message `assertion` fails with; throws when it passes. */
export function failureOf(assertion: () => unknown): string {
  try {
    assertion();
  } catch (error) {
    return textOf(error);
  }
  throw new Error('expected the assertion to fail, but it passed');
}

/** The message an asynchronous `assertion` fails with; rejects when it passes. */
export async function asyncFailureOf(assertion: () => Promise<unknown>): Promise<string> {
  try {
    await assertion();
  } catch (error) {
    return textOf(error);
  }
  throw new Error('expected the assertion to fail, but it passed');
}
