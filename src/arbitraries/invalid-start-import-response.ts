import fc from 'fast-check';
import { IMPORT_STATUSES } from '../contract/model.js';
import type { Shape } from '../contract/timestamps.js';
import type { ViolationCode } from '../rules/index.js';
import { eventDataStoreId } from './event-data-store-id.js';
import { importId } from './import-id.js';
import { startImportExchange, type StartImportResponseInShape } from './start-import-response.js';
import { toShape, type RequestInShape } from './_internals/shapes.js';
import { checkConstraints, SHAPE, TEXTS, type ConstraintTakes } from './_internals/constraints.js';

/** The codes `invalidStartImportResponse` produces; the last two are warnings, produced only when asked. */
export const INVALID_START_IMPORT_RESPONSE_CODES = [
  'unknown-member',
  'type-mismatch',
  'timestamp-invalid',
  'destinations-count',
  'import-id-invalid',
  'response-import-status-invalid',
  'response-timestamps-reversed',
  'response-mismatch-request',
  'response-missing-import-id',
  'response-status-unexpected',
] as const satisfies readonly ViolationCode[];

/** A code `invalidStartImportResponse` produces. */
export type InvalidStartImportResponseCode = (typeof INVALID_START_IMPORT_RESPONSE_CODES)[number];

function isProduced(code: ViolationCode): code is InvalidStartImportResponseCode {
  return (INVALID_START_IMPORT_RESPONSE_CODES as readonly ViolationCode[]).includes(code);
}

const WARNINGS: readonly InvalidStartImportResponseCode[] = ['response-missing-import-id', 'response-status-unexpected'];

/** Constraints of `invalidStartImportResponse`. */
export interface InvalidStartImportResponseConstraints<S extends Shape> {
  /** The codes to draw from, each equally often: some of `INVALID_START_IMPORT_RESPONSE_CODES`. Default: its error codes. */
  readonly codes?: readonly ViolationCode[] | undefined;
  /** `sdk` (Dates, the default), `wire` (epoch seconds) or `cli` (ISO-8601 strings). */
  readonly shape?: S | undefined;
}

const INVALID_START_IMPORT_RESPONSE_TAKES = { codes: TEXTS, shape: SHAPE } as const satisfies ConstraintTakes<InvalidStartImportResponseConstraints<Shape>>;

/** A response labelled with the one violation it carries, and the request it answers where the check needs one. */
export interface LabelledInvalidResponse<S extends Shape> {
  /** Typed as a response so that it can be handed to a mock; the mutated member may break the type (an `ImportStatus` of `'DONE'`). */
  readonly response: StartImportResponseInShape<S>;
  /** Present for `response-mismatch-request` and `response-status-unexpected` only: validate with `{ request }`. */
  readonly request?: RequestInShape<S>;
  readonly expected: InvalidStartImportResponseCode;
}

type Wire = Readonly<Record<string, unknown>>;
type Exchange = { readonly request: Wire; readonly response: Wire };
/** A drawn mutation: from a valid exchange in the wire shape to the invalid response in `shape`. */
type Mutate = (exchange: Exchange, shape: Shape) => Wire;

const SECOND_MS = 1000;
const MONTH_MS = 30 * 24 * 3600 * SECOND_MS;

const set = (changes: Wire): Mutate => (x, shape) => toShape({ ...x.response, ...changes }, shape);
const without = (name: string): Mutate => (x, shape) => toShape(Object.fromEntries(Object.entries(x.response).filter(([key]) => key !== name)), shape);
const renamed = (from: string, to: string): Mutate => (x, shape) =>
  toShape(Object.fromEntries(Object.entries(x.response).map(([key, value]) => [key === from ? to : key, value])), shape);

/** `candidate`, or `old` with its last character changed when the two are equal (shrinking draws alike values). */
const differentFrom = (old: string, candidate: string): string => (candidate !== old ? candidate : `${old.slice(0, -1)}${old.endsWith('0') ? '1' : '0'}`);

const first = (x: Exchange): string => String((x.response['Destinations'] as readonly unknown[])[0]);

// Shape by shape, what a mistaken timestamp looks like: a string or a number handed to the SDK, an ISO string on the wire.
const BAD_TIMESTAMPS: Readonly<Record<Shape, readonly unknown[]>> = {
  sdk: ['2024-11-24T10:00:00Z', 1732442400, new Date(Number.NaN)],
  wire: ['2024-11-24T10:00:00Z', Number.NaN, null],
  cli: ['last tuesday', '2024-02-30', true],
};

const MUTATIONS: Readonly<Record<InvalidStartImportResponseCode, (shape: Shape) => fc.Arbitrary<Mutate>>> = {
  'unknown-member': () =>
    fc.constantFrom(
      set({ ImportStatistics: { PrefixesFound: 1, PrefixesCompleted: 1, FilesCompleted: 2, EventsCompleted: 30, FailedEntries: 0 } }),
      renamed('Destinations', 'Destination'),
      renamed('ImportStatus', 'Status'),
    ),
  'type-mismatch': () =>
    fc.constantFrom<Mutate>((x, shape) => set({ Destinations: first(x) })(x, shape), set({ ImportSource: { S3: 's3://example-trail-logs' } })),
  'timestamp-invalid': (shape) =>
    fc.tuple(fc.constantFrom('CreatedTimestamp', 'UpdatedTimestamp'), fc.constantFrom(...BAD_TIMESTAMPS[shape])).map(
      ([member, bad]): Mutate =>
        (x, to) => ({ ...toShape(x.response, to), [member]: bad }),
    ),
  'destinations-count': () => fc.constantFrom<Mutate>(set({ Destinations: [] }), (x, shape) => set({ Destinations: [first(x), first(x)] })(x, shape)),
  'import-id-invalid': () =>
    fc.constantFrom<(id: string) => string>((id) => id.slice(0, -1), (id) => `${id}0`, (id) => `X${id.slice(1)}`, (id) => `{${id.slice(2)}}`).map(
      (change): Mutate =>
        (x, shape) => set({ ImportId: change(String(x.response['ImportId'])) })(x, shape),
    ),
  'response-import-status-invalid': () =>
    fc.constantFrom('SUCCEEDED', 'RUNNING', 'PENDING', 'initializing', 'Completed', 'CANCELLED', '').map((status) => set({ ImportStatus: status })),
  'response-timestamps-reversed': () =>
    fc.integer({ min: 1, max: MONTH_MS }).map(
      (earlierMs): Mutate =>
        (x, shape) => set({ UpdatedTimestamp: (Number(x.response['CreatedTimestamp']) * SECOND_MS - earlierMs) / SECOND_MS })(x, shape),
    ),
  'response-mismatch-request': () =>
    fc.tuple(importId(), eventDataStoreId(), fc.integer({ min: 1, max: MONTH_MS }), fc.boolean()).map(
      ([otherImport, otherStore, earlierMs, moveStart]): Mutate =>
        (x, shape) => {
          const retried = x.request['ImportId'];
          if (typeof retried === 'string') return set({ ImportId: differentFrom(retried, otherImport) })(x, shape);
          const start = x.request['StartEventTime'];
          if (moveStart && typeof start === 'number') return set({ StartEventTime: (start * SECOND_MS - earlierMs) / SECOND_MS })(x, shape);
          const destination = first(x);
          const id = destination.slice(destination.lastIndexOf('/') + 1);
          return set({ Destinations: [`${destination.slice(0, destination.length - id.length)}${differentFrom(id, otherStore)}`] })(x, shape);
        },
    ),
  'response-missing-import-id': () => fc.constant(without('ImportId')),
  'response-status-unexpected': () => fc.constantFrom(...IMPORT_STATUSES.filter((s) => s !== 'INITIALIZING')).map((status) => set({ ImportStatus: status })),
};

const NEEDS_REQUEST: readonly InvalidStartImportResponseCode[] = ['response-mismatch-request', 'response-status-unexpected'];

function labelled<S extends Shape>(code: InvalidStartImportResponseCode, shape: S): fc.Arbitrary<LabelledInvalidResponse<S>> {
  // response-status-unexpected concerns new imports only; the others take either kind.
  const exchanges = startImportExchange({ shape: 'wire', kind: code === 'response-status-unexpected' ? 'new' : 'any' }) as fc.Arbitrary<Exchange>;
  return fc.tuple(exchanges, MUTATIONS[code](shape)).map(([exchange, mutate]) => {
    // The mutated member is deliberately not of its type: the value only poses as a response.
    const response = mutate(exchange, shape) as unknown as StartImportResponseInShape<S>;
    if (!NEEDS_REQUEST.includes(code)) return { response, expected: code };
    return { response, request: toShape(exchange.request, shape) as unknown as RequestInShape<S>, expected: code };
  });
}

/**
 * A StartImport response carrying exactly one targeted violation, labelled with its code: every
 * other error check passes (warnings are produced only when `codes` asks for them). Made by
 * mutating a valid exchange (see `startImportExchange`), so shrinking keeps it minimal. Where the
 * check needs the request (`response-mismatch-request`, `response-status-unexpected`), the
 * value carries it: validate with `validateStartImportResponse(response, { request, shape })`.
 *
 * @example
 * test.prop([invalidStartImportResponse({ shape: 'wire' })])('the client refuses it', async ({ response }) => {
 *   server.use(http.post(ENDPOINT, () => HttpResponse.json(response)));
 *   await expect(startImport(input)).rejects.toThrow();
 * });
 *
 * @remarks Since 0.1.0
 */
export function invalidStartImportResponse<S extends Shape = 'sdk'>(
  constraints: InvalidStartImportResponseConstraints<S> = {},
): fc.Arbitrary<LabelledInvalidResponse<S>> {
  checkConstraints('invalidStartImportResponse', constraints, INVALID_START_IMPORT_RESPONSE_TAKES);
  const shape = constraints.shape ?? ('sdk' as S);
  const asked = constraints.codes ?? INVALID_START_IMPORT_RESPONSE_CODES.filter((code) => !WARNINGS.includes(code));
  const unknown = asked.find((code) => !isProduced(code));
  if (unknown !== undefined) throw new TypeError(`invalidStartImportResponse: cannot produce '${unknown}' (it produces ${INVALID_START_IMPORT_RESPONSE_CODES.join(', ')})`);
  const codes = [...new Set(asked.filter(isProduced))];
  if (codes.length === 0) throw new TypeError('invalidStartImportResponse: codes must name at least one code');
  return fc.oneof(...codes.map((code) => labelled(code, shape)));
}
