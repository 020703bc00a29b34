import fc from 'fast-check';
import { IMPORT_STATUSES, type ImportStatus } from '../contract/model.js';
import { isDate, parseIso8601, type Shape } from '../contract/timestamps.js';
import { classifyStartImportRequest, validateStartImportRequest } from '../validate/validate-request.js';
import type { StartImportWireRequest } from '../validate/wire-types.js';
import { importId } from './import-id.js';
import { newImportRequest } from './new-import-request.js';
import { startImportRequest } from './start-import-request.js';
import { toShape, type RequestInShape } from './_internals/shapes.js';
import { checkConstraints, ANYTHING, ARBITRARY, SHAPE, oneOf, type ConstraintTakes } from './_internals/constraints.js';

/** A StartImport response in a shape: the request's members plus status and timestamps, timestamps as the shape writes them. */
export type StartImportResponseInShape<S extends Shape> = RequestInShape<S> & {
  ImportStatus?: ImportStatus;
  CreatedTimestamp?: RequestInShape<S>['StartEventTime'];
  UpdatedTimestamp?: RequestInShape<S>['StartEventTime'];
};

/** Constraints of `startImportResponse`. */
export interface StartImportResponseConstraints<S extends Shape> {
  /**
   * The request answered, a value in any shape: a new import (echoed) or a retry (its ImportId
   * carried), one AWS accepts (a request with an error is a TypeError naming it: AWS answers such a
   * request with an error, which `startImportError` draws). Default: a request drawn from `startImportRequest({ shape })`; use
   * `startImportExchange` to get that request too.
   */
  readonly request?: unknown;
  /** The ImportStatus. Default INITIALIZING for a new import (any other status draws `response-status-unexpected`), any for a retry. */
  readonly status?: ImportStatus | undefined;
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
}

/** Constraints of `startImportExchange`. */
export interface StartImportExchangeConstraints<S extends Shape> extends Omit<StartImportResponseConstraints<S>, 'request'> {
  /** The requests answered. Default `startImportRequest({ kind, shape })`. */
  readonly request?: fc.Arbitrary<RequestInShape<S>> | undefined;
  /** `new`, `retry` or `any` (the default); ignored when `request` is given. */
  readonly kind?: 'new' | 'retry' | 'any' | undefined;
}

/** A request and the response that answers it, in one shape. */
const STATUS = oneOf(IMPORT_STATUSES);
const START_IMPORT_RESPONSE_TAKES = { request: ANYTHING, status: STATUS, shape: SHAPE } as const satisfies ConstraintTakes<StartImportResponseConstraints<Shape>>;
const START_IMPORT_EXCHANGE_TAKES = {
  request: ARBITRARY,
  kind: oneOf(['new', 'retry', 'any']),
  status: STATUS,
  shape: SHAPE,
} as const satisfies ConstraintTakes<StartImportExchangeConstraints<Shape>>;

export interface StartImportExchange<S extends Shape> {
  readonly request: RequestInShape<S>;
  readonly response: StartImportResponseInShape<S>;
}

type WireResponse = StartImportWireRequest & { ImportStatus?: ImportStatus; CreatedTimestamp?: number; UpdatedTimestamp?: number };

/** What a response adds to its request, drawn independently of it so that each part shrinks on its own. */
interface Parts {
  readonly importId: string;
  readonly status: ImportStatus;
  readonly createdMs: number;
  readonly updatedAfterMs: number;
  /** The parameters of the import a retry restarts, which its response reports. */
  readonly original: StartImportWireRequest;
}

// Imports are created after the default time ranges end (2025-01-01) and before 2030.
const CREATED_MIN_MS = Date.UTC(2025, 0, 1);
const CREATED_MAX_MS = Date.UTC(2030, 0, 1);
const MONTH_MS = 30 * 24 * 3600 * 1000;

const parts: fc.Arbitrary<Parts> = fc.record({
  importId: importId(),
  status: fc.constantFrom(...IMPORT_STATUSES),
  createdMs: fc.integer({ min: CREATED_MIN_MS, max: CREATED_MAX_MS }),
  updatedAfterMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MONTH_MS })),
  original: newImportRequest({ shape: 'wire' }),
});

function seconds(value: unknown): number | undefined {
  if (isDate(value)) return value.getTime() / 1000;
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? parseIso8601(value) : undefined;
}

/** The new-import members of a request in any shape, in the wire shape. */
function echoed(request: Readonly<Record<string, unknown>>): StartImportWireRequest {
  const wire = JSON.parse(JSON.stringify({ Destinations: request['Destinations'], ImportSource: request['ImportSource'] })) as StartImportWireRequest;
  const start = seconds(request['StartEventTime']);
  const end = seconds(request['EndEventTime']);
  if (start !== undefined) wire.StartEventTime = start;
  if (end !== undefined) wire.EndEventTime = end;
  return wire;
}

/** The last instant a Date holds: no time range starts after it. */
const LAST_INSTANT = new Date(8.64e15);

function answerer(request: unknown, status: ImportStatus | undefined): (p: Parts) => WireResponse {
  // The request comes in any shape.
  const kind = classifyStartImportRequest(request, { shape: 'auto' });
  if (kind !== 'new' && kind !== 'retry') throw new TypeError(`startImportResponse: request must be a new import or a retry (got a request classified '${kind}')`);
  // AWS answers a request it refuses with an error (startImportError), never with a response, which
  // would echo the mistake; "now" is the last instant, so that no time range is judged in the future.
  const refused = validateStartImportRequest(request, { shape: 'auto', now: LAST_INSTANT }).violations.find((v) => v.severity === 'error');
  if (refused !== undefined) {
    throw new TypeError(
      `startImportResponse: request must be one AWS accepts, which it answers with a response (got ${refused.code} at ${refused.path || '/'}: ${refused.message}; AWS answers it with ${refused.exception ?? 'an error'})`,
    );
  }
  const fields = request as Readonly<Record<string, unknown>>;
  const echo = kind === 'new' ? echoed(fields) : undefined;
  const retriedId = kind === 'retry' ? String(fields['ImportId']) : undefined;
  return (p) => {
    // A copy per value: a test that changes one response must not change the next, nor what fast-check shrinks.
    const body = structuredClone(echo ?? p.original);
    return {
      ImportId: retriedId ?? p.importId,
      ...body,
      ImportStatus: status ?? (kind === 'new' ? 'INITIALIZING' : p.status),
      CreatedTimestamp: p.createdMs / 1000,
      UpdatedTimestamp: (p.createdMs + p.updatedAfterMs) / 1000,
    };
  };
}

/**
 * A StartImport response that answers `request`: a new import's response echoes its
 * Destinations, ImportSource and time range under a fresh ImportId, status INITIALIZING; a
 * retry's carries its ImportId (and the restarted import's parameters), any status. Created and
 * updated timestamps are whole milliseconds, created ≤ updated. Every value passes
 * `validateStartImportResponse(value, { request, shape })` with no violation (unless `status`
 * asks a new import for another status: then `response-status-unexpected`, a warning).
 *
 * @example
 * const request = { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' };
 * fc.assert(fc.asyncProperty(startImportResponse({ request }), async (output) => {
 *   cloudTrailMock.on(StartImportCommand).resolves(output);
 *   expect(await retryImport(request.ImportId)).toBe(output.ImportStatus);
 * }));
 *
 * @remarks Since 0.1.0
 */
export function startImportResponse<S extends Shape = 'sdk'>(
  constraints: StartImportResponseConstraints<S> = {},
): fc.Arbitrary<StartImportResponseInShape<S>> {
  checkConstraints('startImportResponse', constraints, START_IMPORT_RESPONSE_TAKES);
  const { request, ...rest } = constraints;
  if (request === undefined) return startImportExchange<S>(rest).map((exchange) => exchange.response);
  const shape = constraints.shape ?? 'sdk';
  const answer = answerer(request, constraints.status);
  return parts.map((p) => toShape(answer(p), shape) as StartImportResponseInShape<S>);
}

/**
 * Pairs of a valid request (`startImportRequest({ kind, shape })`, or `request`) and a response
 * that answers it (see `startImportResponse`), for tests of code that sends one and reads the other.
 *
 * @example
 * test.prop([startImportExchange()])('reports the import id', async ({ request, response }) => {
 *   cloudTrailMock.on(StartImportCommand, request).resolves(response);
 *   expect(await startImport(request)).toBe(response.ImportId);
 * });
 *
 * @remarks Since 0.1.0
 */
export function startImportExchange<S extends Shape = 'sdk'>(constraints: StartImportExchangeConstraints<S> = {}): fc.Arbitrary<StartImportExchange<S>> {
  checkConstraints('startImportExchange', constraints, START_IMPORT_EXCHANGE_TAKES);
  const shape = constraints.shape ?? ('sdk' as S);
  const requests = constraints.request ?? startImportRequest<S>({ kind: constraints.kind ?? 'any', shape });
  return fc.tuple(requests, parts).map(([request, p]) => ({
    request,
    response: toShape(answerer(request, constraints.status)(p), shape) as StartImportResponseInShape<S>,
  }));
}
