import { Buffer } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cloudTrailBucketListing, cloudTrailLogKey } from '../../src/arbitraries/index.js';
import { planImport, planImportStream, readListObjectsV2, type ListedObject } from '../../src/plan/index.js';
import { LogKeyReader, readLogKey } from '../../src/plan/log-key.js';
import { EXAMPLE_LISTING, EXAMPLE_REQUEST, newImport } from './support.js';

const A = '111122223333';
const NOW = new Date('2026-01-01T00:00:00Z');

async function* cut(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  await Promise.resolve();
  let from = 0;
  for (const at of [...cuts].map((n) => n % (bytes.length + 1)).sort((a, b) => a - b)) {
    yield bytes.subarray(from, at);
    from = at;
  }
  yield bytes.subarray(from);
}

/** Objects of a CloudTrail bucket, and some with keys of any text (escaped, beyond the BMP, a prefix's look-alikes). */
const objects = fc
  .tuple(
    cloudTrailBucketListing({ maxLength: 30 }),
    fc.array(fc.record({ Key: fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constant(`AWSLogs/${A}/CloudTrail/é"\\/2024/01/03/x.json.gz`)), Size: fc.nat() }), { maxLength: 5 }),
  )
  .chain(([listing, odd]) => fc.shuffledSubarray([...listing, ...odd], { minLength: listing.length + odd.length }));

describe('planImportStream over readListObjectsV2 (the direct path)', () => {
  test.prop([objects, fc.constantFrom('', 'AWSLogs/', `AWSLogs/${A}/CloudTrail/`, 'é'), fc.nat(5), fc.boolean(), fc.constantFrom(0, 4), fc.array(fc.nat(), { maxLength: 6 })])(
    'plans exactly as planImport plans the parsed listing',
    async (listed: ListedObject[], prefix, sampleSize, keepKeys, indent, cuts) => {
      const request = newImport(`s3://example-trail-logs/${prefix}`, '2024-01-02T00:00:00Z', '2024-01-05T12:00:00Z');
      const options = { sampleSize, keepKeys, now: NOW };
      const bytes = Buffer.from(JSON.stringify({ Contents: listed, KeyCount: listed.length }, null, indent), 'utf8');
      const streamed = await planImportStream(request, readListObjectsV2(cut(bytes, cuts)), options);
      expect(streamed).toEqual(planImport(request, listed, options));
    },
  );

  it('reads a listing whose pages were already asked for as pages, from where it is', async () => {
    const bytes = Buffer.from(`${JSON.stringify(EXAMPLE_LISTING)}\n${JSON.stringify(EXAMPLE_LISTING)}`, 'utf8');
    const pages = readListObjectsV2(cut(bytes, [bytes.length / 2]));
    const first = await pages.next();
    const rest = await planImportStream(EXAMPLE_REQUEST, pages, { now: NOW });
    expect(first.done).toBe(false);
    expect(rest.listed.files + (first.value?.Contents?.length ?? 0)).toBe(32);
  });
});

describe('LogKeyReader', () => {
  test.prop([fc.oneof(cloudTrailLogKey(), fc.string({ unit: 'binary' }), fc.constantFrom(`AWSLogs/${A}/CloudTrail/us-east-1/2024/01/09/`, `x/AWSLogs/o-a1b2c3d4e5/${A}/CloudTrail-Digest/r/2024/01/09/Z_20240109T1105Z.json`)), fc.string(), fc.string()])(
    'reads a key amid other bytes as readLogKey reads it alone',
    (key, before, after) => {
      const head = Buffer.from(before, 'utf8');
      const bytes = Buffer.concat([head, Buffer.from(key, 'utf8'), Buffer.from(after, 'utf8')]);
      const facts = new LogKeyReader().read(bytes, head.length, bytes.length - Buffer.byteLength(after));
      expect({ ...facts }).toEqual(readLogKey(key));
    },
  );

  it('reads the tree and both dates of a trail log', () => {
    const key = `AWSLogs/${A}/CloudTrail/us-east-1/2024/01/09/${A}_CloudTrail_us-east-1_20240109T1105Z_a.json.gz`;
    expect(readLogKey(key)).toEqual({ tree: 'CloudTrail', jsonGz: true, fileMinute: Date.parse('2024-01-09T11:05:00Z') / 1000, folderDay: Date.parse('2024-01-09T00:00:00Z') / 1000 });
  });
});
