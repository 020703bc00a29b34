// One value of an arbitrary, for a seed: the examples of a test, generated rather than hand-written.
import fc from 'fast-check';

export function one<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  const [value] = fc.sample(arbitrary, { numRuns: 1, seed });
  if (value === undefined) throw new Error('fast-check sampled no value');
  return value;
}
