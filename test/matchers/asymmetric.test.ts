import { StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/matchers/vitest.js';
import { failureOf } from './support/failures.js';
import { cloudTrailMock, startImport } from './support/receivers.js';
import { newImport, responseTo, retry } from './support/requests.js';

afterEach(() => {
  cloudTrailMock.reset();
});

describe('expect.validStartImportRequest', () => {
  it('matches a valid request inside toHaveBeenCalledWith, and expect.not its opposite', () => {
    const submit = vi.fn();
    submit(newImport(), 'us-east-1');
    expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest(), 'us-east-1');
    expect(submit).not.toHaveBeenCalledWith(expect.not.validStartImportRequest(), 'us-east-1');
  });

  it('reads SDK input by default: does not match ISO-string timestamps, which the SDK would send as-is', () => {
    const submit = vi.fn();
    submit({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-07-01T00:00:00Z' });
    expect(submit).not.toHaveBeenCalledWith(expect.validStartImportRequest());
    expect(submit).toHaveBeenCalledWith(expect.not.validStartImportRequest());
  });

  it('takes the options of toBeValidStartImportRequest', () => {
    const submit = vi.fn();
    submit({ ...newImport(), StartEventTime: '2024-01-01T00:00:00Z', EndEventTime: '2024-07-01T00:00:00Z' });
    expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest({ shape: 'cli' }));
    expect(submit).toHaveBeenCalledWith(expect.not.validStartImportRequest({ shape: 'sdk' }));
  });

  it('fails toHaveBeenCalledWith showing the asymmetric matcher by its name', () => {
    const submit = vi.fn();
    submit({ ImportId: 'ABC' });
    expect(
      failureOf(() => {
        expect(submit).toHaveBeenCalledWith(expect.validStartImportRequest());
      }),
    ).toMatchInlineSnapshot(`
      "expected "vi.fn()" to be called with arguments: [ validStartImportRequest<> ]

      Received:

        1st vi.fn() call:

        [
      -   validStartImportRequest<>,
      +   {
      +     "ImportId": "ABC",
      +   },
        ]


      Number of calls: 1
      "
    `);
  });
});

describe('expect.newImportRequest and expect.retryImportRequest', () => {
  it('tell the StartImport inputs a stub received apart', async () => {
    await startImport(newImport());
    await startImport(retry);
    const inputs = cloudTrailMock.commandCalls(StartImportCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([expect.newImportRequest(), expect.retryImportRequest()]);
    expect(inputs).not.toEqual([expect.retryImportRequest(), expect.newImportRequest()]);
  });

  it('nest inside other asymmetric matchers', () => {
    expect({ input: retry, region: 'us-east-1' }).toEqual(expect.objectContaining({ input: expect.not.newImportRequest() }));
  });
});

describe('expect.validStartImportResponse', () => {
  it('matches a valid response, and one answering its request when given', () => {
    const request = newImport();
    const respond = vi.fn();
    respond(responseTo(request));
    expect(respond).toHaveBeenCalledWith(expect.validStartImportResponse({ request }));
    expect(respond).toHaveBeenCalledWith(expect.not.validStartImportResponse({ request: { ImportId: '0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a' } }));
  });
});
