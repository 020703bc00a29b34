import fc from 'fast-check';
import type { Shape } from '../contract/timestamps.js';
import { newImportRequest } from './new-import-request.js';
import { retryImportRequest } from './retry-import-request.js';
import type { RequestInShape } from './_internals/shapes.js';
import { checkConstraints, SHAPE, oneOf, type ConstraintTakes } from './_internals/constraints.js';

/** Constraints of `startImportRequest`. */
export interface StartImportRequestConstraints<S extends Shape> {
  /** `new`, `retry` or `any` (the default: mostly new imports). */
  readonly kind?: 'new' | 'retry' | 'any' | undefined;
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
}

const START_IMPORT_REQUEST_TAKES = { kind: oneOf(['new', 'retry', 'any']), shape: SHAPE } as const satisfies ConstraintTakes<StartImportRequestConstraints<Shape>>;

/**
 * A valid StartImport request: a new import (see `newImportRequest`) or a retry (see
 * `retryImportRequest`).
 *
 * @example
 * fc.assert(fc.property(startImportRequest({ shape: 'wire' }), (body) => handler(body).status === 200));
 *
 * @remarks Since 0.1.0
 */
export function startImportRequest<S extends Shape = 'sdk'>(constraints: StartImportRequestConstraints<S> = {}): fc.Arbitrary<RequestInShape<S>> {
  checkConstraints('startImportRequest', constraints, START_IMPORT_REQUEST_TAKES);
  const shape = (constraints.shape ?? 'sdk') as S;
  const kind = constraints.kind ?? 'any';
  if (kind === 'new') return newImportRequest({ shape });
  if (kind === 'retry') return retryImportRequest({ shape });
  return fc.oneof({ arbitrary: newImportRequest({ shape }), weight: 4 }, { arbitrary: retryImportRequest({ shape }), weight: 1 });
}
