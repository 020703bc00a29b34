/** Captures the body the real @aws-sdk/client-cloudtrail sends for a StartImport input, without any network. */
import { CloudTrailClient, StartImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';

class Captured extends Error {
  constructor(readonly body: string) {
    super('captured');
  }
}

const client = new CloudTrailClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  maxAttempts: 1,
  requestHandler: {
    handle: (request: { body?: unknown }): Promise<never> => {
      const body = request.body;
      const text = typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array);
      return Promise.reject(new Captured(text));
    },
  },
});

/** The JSON text the SDK puts on the wire for `input`. */
export async function sdkWireBody(input: unknown): Promise<string> {
  try {
    await client.send(new StartImportCommand(input as StartImportCommandInput));
  } catch (error) {
    if (error instanceof Captured) return error.body;
    throw error;
  }
  throw new Error('the request handler was not called');
}
