import { validateStartImportResponse, type ResponseValidationOptions } from '../validate/index.js';
import { printerOf } from './context.js';
import { message, violationList } from './describe.js';
import { responseOptions } from './options.js';
import type { MatcherResult, MatcherThis } from './types.js';

/**
 * Passes when `received` is a StartImport response with no `error` violation (warnings allowed),
 * as `validateStartImportResponse(received, options)` finds; with `options.request`, it must also
 * answer that request (echo a new import's parameters, carry a retry's ImportId).
 *
 * @example
 * expect(output).toBeValidStartImportResponse({ request: input });
 * expect(respond).toHaveBeenCalledWith(expect.validStartImportResponse());
 */
export function toBeValidStartImportResponse(this: MatcherThis, received: unknown, options?: ResponseValidationOptions): MatcherResult {
  const name = 'toBeValidStartImportResponse';
  const print = printerOf(this, name);
  const checked = responseOptions(name, options);
  const result = validateStartImportResponse(received, checked);
  const what = `a valid StartImport response${checked.request === undefined ? '' : ' to the request'}`;
  return {
    pass: result.valid,
    message: () =>
      message(
        print.hint(options === undefined ? '' : 'options'),
        `Expected ${print.isNot ? 'not ' : ''}${what}, but it has ${violationList(result.violations)}`,
        `Received: ${print.received(received)}`,
        ...(checked.request === undefined ? [] : [`Request: ${print.expected(checked.request)}`]),
      ),
  };
}
