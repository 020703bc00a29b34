import { http, type HttpHandler } from 'msw';
import { isOtherCloudTrailOperation } from './cloudtrail-operations.js';
import { regionOfEndpoint } from '../contract/endpoints.js';
import { exchange } from './answer.js';
import { readHandlerArguments, type CloudTrailImportHandlersOptions, type CloudTrailImportHandlersRecorderOption } from './options.js';
import type { FakeCloudTrailImports } from '../fake/index.js';
import { toResponse } from './respond.js';

/**
 * Whether the handlers take a request: one to a CloudTrail endpoint, unless its target names
 * another CloudTrail operation. A predicate rather than a resolver returning nothing: msw would
 * send such a request on to the network instead of to `onUnhandledRequest`.
 */
function isImportRequest({ request }: { readonly request: Request }): boolean {
  if (regionOfEndpoint(request.url) === undefined) return false;
  const target = request.headers.get('x-amz-target');
  return target === null || !isOtherCloudTrailOperation(target);
}

/**
 * msw 2 handlers that answer CloudTrail's five import operations over awsJson1_1, as the real
 * service would, from a stateful fake (`createFakeCloudTrailImports`). They match `POST` to any
 * CloudTrail endpoint (every Region and partition, FIPS and dual-stack: `CLOUDTRAIL_ENDPOINT`);
 * the Region of the host name is the Region of the call.
 *
 * Each request gets the wire checks first (`validateImportHttpRequest`): a target naming no
 * import operation is answered UnknownOperationException, a wrong content type or a body that is
 * no JSON object SerializationException (HTTP 400). The fake answers the rest: the output with
 * HTTP 200, or `{"__type", "message"}` with the exception's status (404 for the two not-found
 * errors; AWS's common errors queued with `failNext` their own 400, 403, 500 or 503; else 400), so
 * a real CloudTrailClient resolves or throws its own exception classes — and its retry strategy
 * really retries ThrottlingException, InternalFailure and ServiceUnavailable.
 * A request for another CloudTrail operation (CreateTrail, LookupEvents, …) is left to your other
 * handlers, or to `onUnhandledRequest`. A failure inside the handlers is answered too, as
 * `TestDoubleFailure` (HTTP 400, which the SDK does not retry), never thrown.
 *
 * It returns handlers and starts no server: call `setupServer` yourself. Needs msw 2.11 or later
 * (custom request predicates).
 *
 * @example
 * const fake = createFakeCloudTrailImports({ now: '2026-01-01T00:00:00Z' });
 * const server = setupServer(...cloudTrailImportHandlers({ fake }));
 * server.listen({ onUnhandledRequest: 'error' });
 * const { ImportId } = await new CloudTrailClient({ region: 'eu-west-1' }).send(new StartImportCommand(request));
 * fake.advance(ImportId!, 'COMPLETED');
 * // Or as the CloudWatch Logs handlers are called: cloudTrailImportHandlers(fake, { recorder })
 */
export function cloudTrailImportHandlers(options?: CloudTrailImportHandlersOptions): HttpHandler[];
export function cloudTrailImportHandlers(fake: FakeCloudTrailImports, options?: CloudTrailImportHandlersRecorderOption): HttpHandler[];
export function cloudTrailImportHandlers(first: CloudTrailImportHandlersOptions | FakeCloudTrailImports = {}, second?: CloudTrailImportHandlersRecorderOption): HttpHandler[] {
  const { fake, recorder } = readHandlerArguments(first, second);
  return [
    http.post(isImportRequest, async ({ request }) => {
      const { answer, recorded } = await exchange(fake, request, request.headers.get('x-amz-target') ?? undefined);
      recorder?.record(recorded);
      return toResponse(answer);
    }),
  ];
}
