import type fc from 'fast-check';
import type { Shape } from '../contract/timestamps.js';
import { importId } from './import-id.js';
import { toShape, type RequestInShape } from './_internals/shapes.js';
import { checkConstraints, SHAPE, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `retryImportRequest`. */
export interface RetryImportRequestConstraints<S extends Shape> {
  /** `sdk` (the default), `wire` or `cli`: a retry has no timestamp, so all three are alike. */
  readonly shape?: S | undefined;
}

const RETRY_IMPORT_REQUEST_TAKES = { shape: SHAPE } as const satisfies ConstraintTakes<RetryImportRequestConstraints<Shape>>;

/**
 * A valid retry: `{ ImportId }` alone ("start-import with only the import id").
 *
 * @example
 * fc.sample(retryImportRequest(), 1); // e.g. [{ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }]
 *
 * @remarks Since 0.1.0
 */
export function retryImportRequest<S extends Shape = 'sdk'>(constraints: RetryImportRequestConstraints<S> = {}): fc.Arbitrary<RequestInShape<S>> {
  checkConstraints('retryImportRequest', constraints, RETRY_IMPORT_REQUEST_TAKES);
  // A retry holds no timestamp, so every shape is the same object; toShape keeps that true if one is added.
  const shape = constraints.shape ?? 'sdk';
  return importId().map((id) => toShape({ ImportId: id }, shape) as RequestInShape<S>);
}
