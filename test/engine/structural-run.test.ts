/**
 * The engine runs an operation's structural checks site by site (each site located once, each of
 * its values given to every check there) rather than one walk per check. That is only a faster
 * way to do the same thing: for any decoded value, it reports what running every structural check
 * in turn reports, and in report order (catalogue order, each code's violations in the order found)
 * the same list: within one code the order found is the same; only codes interleave differently
 * before the report's sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/core/decode.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../../src/generated/logs-model.js';
import type { Violation } from '../../src/index.js';
import { operationContracts, type CompiledOperation } from '../../src/operations/index.js';
import { sortViolations } from '../../src/validate/run.js';

const OPERATIONS: readonly CompiledOperation[] = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures', 'CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask'];

/** Every member name of both models, and one no model has. */
const NAMES = [
  ...new Set(
    [...Object.values(CLOUDTRAIL_MODEL.shapes), ...Object.values(LOGS_MODEL.shapes)].flatMap((shape) => (shape.type === 'structure' ? Object.keys(shape.members) : [])),
  ),
  'Unknown',
];

/** Values made of the models' member names at every depth, with lists and leaves of every type: many sites, many violations. */
const { value: messy } = fc.letrec<{ value: unknown; record: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.constantFrom('IN_PROGRESS', 'COMPLETED', 'DONE', 'f1d45bff-d0e3-4868-b5d9-2eb678aa32fb'), fc.boolean(), fc.constant(null)),
    tie('record'),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
  record: fc.dictionary(fc.constantFrom(...NAMES), tie('value'), { maxKeys: 6 }),
}));

describe('OperationContract.runStructural', () => {
  it.each(OPERATIONS.flatMap((operation) => (['request', 'response'] as const).map((subject) => [operation, subject] as const)))(
    'reports for %s %s what running each structural check in turn reports, in the same report order',
    (operation, subject) => {
      const contract = operationContracts(operation)[subject];
      const structural = contract.checks.slice(0, contract.checks.length - contract.semantic.length);
      const context = { now: (): number => 1_700_000_000 };
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...NAMES), messy, { maxKeys: 8 }), (input) => {
          const decoding = decode(input, contract.root, contract.shapes, 'wire');
          if (!('value' in decoding)) return;
          const together: Violation[] = [];
          contract.runStructural(decoding.value, together);
          const oneByOne: Violation[] = [];
          for (const check of structural) check.run(decoding.value, context, oneByOne);
          expect(sortViolations(together)).toEqual(sortViolations(oneByOne));
          for (const code of new Set(oneByOne.map((v) => v.code))) expect(together.filter((v) => v.code === code)).toEqual(oneByOne.filter((v) => v.code === code));
        }),
        { numRuns: 300 },
      );
    },
  );
});
