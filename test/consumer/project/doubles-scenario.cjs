// One scenario through each double, given the modules as the ESM or CommonJS script loaded them; returns what it saw.
const input = {
  Destinations: ['arn:aws:cloudtrail:eu-west-1:123456789012:eventdatastore/8e2b6f1c-52e4-4a5f-9b3e-0c6f1d2a3b4c'],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://log-archive/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'eu-west-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailImport',
    },
  },
  StartEventTime: new Date('2024-01-01T00:00:00Z'),
  EndEventTime: new Date('2024-02-01T00:00:00Z'),
};
const unknownId = '00000000-0000-4000-8000-000000000000';

async function scenario(m) {
  const hadExpect = 'expect' in globalThis;
  const report = { matchers: {}, msw: {}, clientPlugin: {}, clientMock: {} };
  report.matchers.valid = m.startImportMatchers.toBeValidStartImportRequest(input).pass;
  report.matchers.invalid = m.startImportMatchers.toBeValidStartImportRequest({ ImportId: 'x' }).pass;
  report.matchers.touchedGlobalExpect = 'expect' in globalThis !== hadExpect;

  const recorder = m.createImportRecorder();
  const server = m.setupServer(...m.cloudTrailImportHandlers({ fake: m.createFakeCloudTrailImports({ now: '2025-01-01T00:00:00Z' }), recorder }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = new m.CloudTrailClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 });
    const started = await client.send(new m.StartImportCommand(input));
    report.msw.status = started.ImportStatus;
    report.msw.startIsDate = started.StartEventTime instanceof Date;
    const error = await client.send(new m.GetImportCommand({ ImportId: unknownId })).catch((e) => e);
    report.msw.notFound = error instanceof m.ImportNotFoundException && error.$metadata.httpStatusCode === 404;
    report.msw.recorded = recorder.exchanges.map((exchange) => `${exchange.operation} ${exchange.status}`);
    report.msw.sentOnlyValid = m.startImportMatchers.toHaveSentOnlyValidStartImportRequests.call(undefined, recorder).pass;

    const checked = new m.CloudTrailClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, maxAttempts: 1 });
    checked.middlewareStack.use(m.importContractPlugin());
    const refused = await checked.send(new m.StartImportCommand({ ImportId: 'x' })).catch((e) => e);
    report.clientPlugin = {
      refused: refused instanceof m.ImportContractViolationError,
      codes: refused.violations.map((violation) => violation.code),
      sent: recorder.exchanges.length - report.msw.recorded.length,
    };
  } finally {
    server.close();
  }

  const cloudTrailMock = m.mockClient(m.CloudTrailClient);
  const fake = m.useFakeCloudTrailImports(cloudTrailMock);
  const client = new m.CloudTrailClient({ region: 'eu-west-1' });
  const { ImportId } = await client.send(new m.StartImportCommand(input));
  report.clientMock.imports = fake.imports().map((record) => record.ImportId === ImportId);
  const error = await client.send(new m.GetImportCommand({ ImportId: unknownId })).catch((e) => e);
  report.clientMock.notFound = error instanceof m.ImportNotFoundException;
  cloudTrailMock.restore();
  return report;
}

module.exports = { scenario };
