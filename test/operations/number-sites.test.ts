/**
 * Every whole-number site of the eight compiled operations (MaxResults, limit, the ImportStatistics
 * counts, CloudWatch Logs' epoch-millisecond times and bytesImported), given numbers around its
 * model range and its type's bits (32-bit integer, 64-bit long): the validators and ajv on the
 * generated JSON Schema agree on structural validity, and a number the type cannot hold is reported.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelValue } from '../../src/arbitraries/_internals/model-values.js';
import { NUMBER_TYPE_BOUNDS } from '../../src/core/model.js';
import { sitesOf, type Shapes } from '../../src/core/sites.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../../src/generated/logs-model.js';
import { validateImportRequest, validateImportResponse, type CompiledOperation } from '../../src/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });

interface Case {
  readonly operation: CompiledOperation;
  readonly subject: 'request' | 'response';
  readonly shapes: Shapes;
  readonly root: string;
  /** The number site's path, `*` read as the first item. */
  readonly path: readonly string[];
  readonly type: 'integer' | 'long';
  readonly min: number | undefined;
  readonly max: number | undefined;
}

interface Model {
  readonly shapes: Shapes;
  readonly operations: Readonly<Record<string, { readonly input: string; readonly output: string }>>;
}

const MODELS: readonly Model[] = [CLOUDTRAIL_MODEL, LOGS_MODEL];
const CASES: readonly Case[] = MODELS.flatMap((model) =>
  Object.entries(model.operations).flatMap(([operation, { input, output }]) =>
    ([['request', input], ['response', output]] as const).flatMap(([subject, root]) =>
      operation === 'StartImport'
        ? []
        : sitesOf(model.shapes, root).flatMap(({ pattern, shape }) =>
            shape.type === 'integer' || shape.type === 'long'
              ? [{ operation: operation as CompiledOperation, subject, shapes: model.shapes, root, path: pattern.slice(1).split('/'), type: shape.type, min: shape.min, max: shape.max }]
              : [],
          ),
    ),
  ),
);

const compiled = new Map<string, (value: unknown) => boolean>();
function schemaOf({ operation, subject }: Case): (value: unknown) => boolean {
  const file = `${operation.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-${subject}.schema.json`;
  let validate = compiled.get(file);
  if (validate === undefined) {
    const schema = ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as object);
    validate = (value) => schema(value);
    compiled.set(file, validate);
  }
  return validate;
}

/** Numbers at and around the site's range and its type's bits, and a few no type holds. */
function numberNear({ type, min, max }: Case): fc.Arbitrary<number> {
  const bits = NUMBER_TYPE_BOUNDS[type];
  const edges = [bits.min, bits.max, min, max].filter((edge): edge is number => edge !== undefined);
  const near = fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -3, max: 3 }), fc.constantFrom(1, 2048, 2 ** 20)).map(([edge, step, scale]) => edge + step * scale);
  return fc.oneof(near, fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2, 1e19, -1e19, 1e300, -1e300, Number.MAX_VALUE));
}

function withNumberAt(value: unknown, path: readonly string[], n: number): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return n;
  if (key === '*') return [withNumberAt((value as unknown[])[0], rest, n)];
  return { ...(value as object), [key]: withNumberAt((value as Record<string, unknown>)[key], rest, n) };
}

describe('validateImportRequest and validateImportResponse at every whole-number site', () => {
  it('find the number sites of all eight operations', () => {
    expect(new Set(CASES.map((c) => c.operation))).toEqual(new Set(['ListImports', 'ListImportFailures', 'GetImport', 'StopImport', 'CreateImportTask', 'DescribeImportTasks', 'DescribeImportTaskBatches', 'CancelImportTask']));
  });

  it.each(CASES.map((c) => [`${c.operation} ${c.subject} /${c.path.join('/')}`, c] as const))('agree with ajv on the generated schema at %s', (_name, site) => {
    const schemaValid = schemaOf(site);
    fc.assert(
      fc.property(modelValue(site.shapes, site.root, { complete: true }), numberNear(site), (valid, n) => {
        const value = withNumberAt(valid, site.path, n);
        const result = site.subject === 'request' ? validateImportRequest(site.operation, value, { shape: 'wire' }) : validateImportResponse(site.operation, value, { shape: 'wire' });
        const structural = !result.violations.some((v) => v.severity === 'error' && v.basis === 'model');
        expect(structural).toBe(schemaValid(value));
        const bits = NUMBER_TYPE_BOUNDS[site.type];
        if (!Number.isInteger(n) || n < bits.min || n > bits.max) expect(structural).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
