/**
 * Property tests of the example builder, as a user of the toolkit writes them: vitest with
 * `@fast-check/vitest`, inputs drawn from the toolkit's arbitraries, and the contract as the oracle.
 * In your project, import from 'cloudtrail-import-contract' and 'cloudtrail-import-contract/arbitraries'.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assertValidStartImportBuilder, awsPartition, awsRegion, eventDataStoreArn, iamRoleArn, s3LocationUri, timeRange } from '../src/arbitraries/index.js';
import { validateStartImportRequest } from '../src/index.js';
import { buildStartImport, type ImportPlan } from './start-import-builder.js';

/** Splits `s3://bucket/prefix` as a user would fill a form: the bucket, and the prefix with or without slashes. */
const bucketAndPrefix = fc.tuple(s3LocationUri(), fc.constantFrom('', '/'), fc.constantFrom('', '/')).map(([uri, before, after]) => {
  const [bucket = '', ...folders] = uri.slice('s3://'.length).split('/');
  const prefix = folders.filter((folder) => folder !== '').join('/');
  return { bucket, prefix: prefix === '' ? '' : `${before}${prefix}${after}` };
});

/** Import plans whose ARNs and Region share one partition, as one AWS account's would; half have a time range. */
const importPlans: fc.Arbitrary<ImportPlan> = awsPartition().chain((partition) =>
  fc
    .record({
      eventDataStoreArn: eventDataStoreArn({ partition }),
      location: bucketAndPrefix,
      region: awsRegion({ partition }),
      roleArn: iamRoleArn({ partition }),
      range: fc.option(timeRange(), { nil: undefined }),
    })
    .map(({ location, range, ...plan }) => ({ ...plan, ...location, ...(range === undefined ? {} : { from: range.start, to: range.end }) })),
);

describe('buildStartImport', () => {
  test.prop([importPlans])('builds a request with no violation at all', (plan) => {
    expect(validateStartImportRequest(buildStartImport(plan)).violations).toEqual([]);
  });

  it('builds a valid request for every plan (assertValidStartImportBuilder)', () => {
    assertValidStartImportBuilder(buildStartImport, importPlans, { numRuns: 300 });
  });

  test.prop([importPlans, timeRange()])('refuses a reversed time range rather than build an invalid request', (plan, { start, end }) => {
    expect(() => buildStartImport({ ...plan, from: end, to: start })).toThrow(RangeError);
  });

  test.prop([importPlans])('puts exactly one slash between the bucket and the prefix', (plan) => {
    const uri = buildStartImport(plan).ImportSource?.S3?.S3LocationUri ?? '';
    expect(uri.slice('s3://'.length)).not.toMatch(/\/\//);
  });

  it('catches the classic bug: ISO strings where the SDK needs Dates', () => {
    const withStrings = (plan: ImportPlan): unknown => ({ ...buildStartImport(plan), StartEventTime: plan.from?.toISOString(), EndEventTime: plan.to?.toISOString() });
    const timed = importPlans.filter((plan) => plan.from !== undefined);
    expect(() => {
      assertValidStartImportBuilder(withStrings, timed, { seed: 42 });
    }).toThrow(/\/StartEventTime error timestamp-invalid: must be a Date/);
  });
});
