/**
 * Deeper property runs on demand (vitest's setup file): `FC_NUM_RUNS=N` makes fast-check run N
 * values for every property that sets no `numRuns` of its own (100 by default), and `FC_SEED=S`
 * draws them from seed S, to replay a run a failure names. Unset, fast-check's defaults stand.
 * A value that is not a whole number is an error naming the variable, not a silent default.
 */
import fc from 'fast-check';

/** The whole number an environment variable holds, within `[min, max]`; `undefined` when it is unset or empty. */
function wholeNumber(name: string, min: number, max: number): number | undefined {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${String(min)} to ${String(max)} (got '${text}')`);
  return value;
}

const numRuns = wholeNumber('FC_NUM_RUNS', 1, 1_000_000);
const seed = wholeNumber('FC_SEED', -(2 ** 31), 2 ** 31 - 1);
if (numRuns !== undefined || seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), ...(numRuns === undefined ? {} : { numRuns }), ...(seed === undefined ? {} : { seed }) });
