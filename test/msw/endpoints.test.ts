/**
 * Which requests the handlers take: every CloudTrail endpoint the SDK's own endpoint rules build
 * (each partition's Regions, FIPS and dual-stack), the Region read from the host name, and the
 * other CloudTrail operations left alone.
 */
import * as sdk from '@aws-sdk/client-cloudtrail';
import { GetImportCommand, ImportNotFoundException, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { IMPORT_OPERATIONS, QUALIFIED_SERVICE_TARGET_PREFIX, SERVICE_TARGET_PREFIX } from '../../src/contract/operations.js';
import { partitions } from '../../src/contract/partitions.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { isOtherCloudTrailOperation } from '../../src/msw/cloudtrail-operations.js';
import { regionOfEndpoint, regionOfLogsEndpoint } from '../../src/contract/endpoints.js';
import { CLOUDTRAIL_ENDPOINT, cloudTrailImportHandlers, createImportRecorder } from '../../src/msw/index.js';
import { cloudTrailClient, eventDataStoreArn, newImport, NOW, useServer } from './support.js';

const server = useServer();

interface EndpointParameters {
  readonly Region: string;
  readonly UseFIPS: boolean;
  readonly UseDualStack: boolean;
}
type EndpointProvider = (parameters: EndpointParameters) => { readonly url: URL };

/** The URL the SDK's endpoint rules give, or undefined where they refuse the combination. */
function sdkEndpoint(parameters: EndpointParameters): string | undefined {
  const provider = (cloudTrailClient().config as unknown as { endpointProvider: EndpointProvider }).endpointProvider;
  try {
    return provider(parameters).url.href;
  } catch {
    return undefined;
  }
}

const regions = partitions.flatMap((partition) => partition.regions.filter((region) => !region.endsWith('-global')));

describe('CLOUDTRAIL_ENDPOINT', () => {
  it.each(regions)("matches every endpoint the SDK's rules build for %s, reading the Region back", (Region) => {
    const urls = [false, true].flatMap((UseFIPS) => [false, true].map((UseDualStack) => sdkEndpoint({ Region, UseFIPS, UseDualStack })));
    expect(urls.filter((url) => url !== undefined).length).toBeGreaterThan(0);
    for (const url of urls) if (url !== undefined) expect(regionOfEndpoint(url), url).toBe(Region);
  });

  it.each([
    'http://cloudtrail.us-east-1.amazonaws.com/',
    'https://cloudtrail.us-east-1.amazonaws.com/x',
    'https://logs.us-east-1.amazonaws.com/',
    'https://cloudtrail.us-east-1.example.com/',
    'https://cloudtrail.amazonaws.com/',
    'https://cloudtrail.us-east-1.amazonaws.com.evil.example/',
    'https://localhost:4566/',
  ])('does not match %s', (url) => {
    expect(CLOUDTRAIL_ENDPOINT.test(url)).toBe(false);
    expect(regionOfEndpoint(url)).toBeUndefined();
  });

  it('ignores a query string when reading the Region', () => {
    expect(regionOfEndpoint('https://cloudtrail.eu-west-1.amazonaws.com/?x=1')).toBe('eu-west-1');
  });
});

describe('cloudTrailImportHandlers', () => {
  it("leaves every CloudTrail operation of the SDK's but the five import operations to other handlers", () => {
    const operations = Object.keys(sdk)
      .filter((name) => /^[A-Z]\w+Command$/.test(name))
      .map((name) => name.slice(0, -'Command'.length));
    expect(operations.length).toBeGreaterThan(50);
    for (const operation of operations) {
      const isImport = (IMPORT_OPERATIONS as readonly string[]).includes(operation);
      for (const prefix of [SERVICE_TARGET_PREFIX, QUALIFIED_SERVICE_TARGET_PREFIX]) {
        expect(isOtherCloudTrailOperation(`${prefix}.${operation}`), operation).toBe(!isImport);
      }
    }
    expect(isOtherCloudTrailOperation('CloudTrail_20131101.StartImports')).toBe(false);
    expect(isOtherCloudTrailOperation('Logs_20140328.CreateTrail')).toBe(false);
  });

  it('reads the Region of a FIPS endpoint (useFipsEndpoint) from its host name', async () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ fake, recorder }));
    const client = cloudTrailClient({ region: 'us-east-1', useFipsEndpoint: true });
    await client.send(new StartImportCommand(newImport(eventDataStoreArn('us-east-1'), 'us-east-1')));
    expect(recorder.exchanges[0]?.url).toBe('https://cloudtrail-fips.us-east-1.amazonaws.com/');
    expect(fake.imports()[0]?.region).toBe('us-east-1');
  });

  it('reads the Region of a China endpoint from its host name', async () => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const recorder = createImportRecorder();
    server.use(...cloudTrailImportHandlers({ fake, recorder }));
    const client = cloudTrailClient({ region: 'cn-north-1' });
    const started = await client.send(new StartImportCommand(newImport(eventDataStoreArn('cn-north-1', 0, 'aws-cn'), 'cn-north-1', 'aws-cn')));
    expect(recorder.exchanges[0]?.url).toBe('https://cloudtrail.cn-north-1.amazonaws.com.cn/');
    expect(fake.imports()[0]).toMatchObject({ ImportId: started.ImportId, region: 'cn-north-1' });
  });

  it('answers from the Region called: an import of eu-west-1 is not found at us-east-1', async () => {
    server.use(...cloudTrailImportHandlers({ now: NOW }));
    const { ImportId } = await cloudTrailClient({ region: 'eu-west-1' }).send(new StartImportCommand(newImport()));
    await expect(cloudTrailClient({ region: 'us-east-1' }).send(new GetImportCommand({ ImportId }))).rejects.toBeInstanceOf(ImportNotFoundException);
    await expect(cloudTrailClient({ region: 'eu-west-1', useDualstackEndpoint: true }).send(new GetImportCommand({ ImportId }))).resolves.toMatchObject({ ImportId });
  });
});

describe('the Region of an endpoint URL written as a user or a recording may write it', () => {
  it.each([
    ['https://logs.us-east-1.amazonaws.com', 'us-east-1'],
    ['https://LOGS.US-EAST-1.AMAZONAWS.COM/', 'us-east-1'],
    ['https://logs.eu-west-1.amazonaws.com:443/', 'eu-west-1'],
    ['https://logs.cn-north-1.amazonaws.com.cn?x=1', 'cn-north-1'],
  ])('reads %s as a CloudWatch Logs endpoint of %s (no final /, upper case, the default port)', (url, region) => {
    expect(regionOfLogsEndpoint(url)).toBe(region);
  });

  it('reads a CloudTrail endpoint so too, and still refuses other hosts, ports, paths and schemes', () => {
    expect(regionOfEndpoint('https://CloudTrail.us-west-2.amazonaws.com')).toBe('us-west-2');
    for (const url of ['https://logs.us-east-1.amazonaws.com:8443/', 'http://logs.us-east-1.amazonaws.com/', 'https://logs.us-east-1.amazonaws.com/x', 'https://logs.us-east-1.example.com/', 'not a url']) {
      expect(regionOfLogsEndpoint(url)).toBeUndefined();
    }
  });
});
