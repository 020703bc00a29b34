import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cloudTrailBucketListing } from '../../src/arbitraries/index.js';
import { planImport, SKIP_REASONS, type ListedObject } from '../../src/plan/index.js';
import { readLogKey } from '../../src/plan/log-key.js';
import { newImport } from './support.js';

const A = '111122223333';
const PREFIXES = ['', 'AWSLogs/', `AWSLogs/${A}/`, `AWSLogs/${A}/CloudTrail/`, `AWSLogs/${A}/CloudTrail/us-east-1/`, `AWSLogs/${A}/CloudTrail/eu-west-1/2024/01/0`];
const WEEK = { min: new Date('2023-12-31T00:00:00Z').getTime(), max: new Date('2024-01-10T00:00:00Z').getTime() };

/** A range inside the listing's week (and a little around it), start before end, whole seconds. */
const range = fc
  .tuple(fc.integer(WEEK), fc.integer(WEEK))
  .filter(([a, b]) => Math.floor(a / 1000) !== Math.floor(b / 1000))
  .map(([a, b]) => [Math.floor(Math.min(a, b) / 1000), Math.floor(Math.max(a, b) / 1000)] as const);

const requestOf = (prefix: string, [start, end]: readonly [number, number]): Record<string, unknown> =>
  newImport(`s3://example-trail-logs/${prefix}`, new Date(start * 1000).toISOString(), new Date(end * 1000).toISOString());
const NOW = new Date('2026-01-01T00:00:00Z');

describe('planImport over cloudTrailBucketListing', () => {
  test.prop([cloudTrailBucketListing(), fc.constantFrom(...PREFIXES), range])('never selects a key outside the prefix, the CloudTrail tree or the range', (objects, prefix, bounds) => {
    const plan = planImport(requestOf(prefix, bounds), objects, { keepKeys: true, now: NOW });
    for (const key of plan.selected.keys ?? []) {
      expect(key.startsWith(prefix)).toBe(true);
      const facts = readLogKey(key);
      expect(facts.tree).toBe('CloudTrail');
      expect(key.endsWith('.json.gz')).toBe(true);
      const minute = facts.fileMinute ?? Number.NaN;
      expect(minute <= bounds[1] && minute + 60 > bounds[0]).toBe(true);
    }
  });

  test.prop([cloudTrailBucketListing(), fc.constantFrom(...PREFIXES), range, fc.nat(86_400), fc.nat(86_400)])(
    'never selects fewer files from a wider range',
    (objects, prefix, [start, end], before, after) => {
      const narrow = planImport(requestOf(prefix, [start, end]), objects, { keepKeys: true, now: NOW });
      const wide = planImport(requestOf(prefix, [start - before, end + after]), objects, { keepKeys: true, now: NOW });
      expect(wide.selected.files).toBeGreaterThanOrEqual(narrow.selected.files);
      expect(new Set(wide.selected.keys)).toEqual(new Set([...(wide.selected.keys ?? []), ...(narrow.selected.keys ?? [])]));
    },
  );

  test.prop([cloudTrailBucketListing(), fc.constantFrom(...PREFIXES), range])('accounts for every object: selected plus skipped is all, in files and bytes', (objects, prefix, bounds) => {
    const plan = planImport(requestOf(prefix, bounds), objects, { keepKeys: true, now: NOW });
    const skipped = SKIP_REASONS.map((reason) => plan.skipped[reason]);
    expect(plan.selected.files + skipped.reduce((n, group) => n + group.files, 0)).toBe(objects.length);
    expect(plan.selected.bytes + skipped.reduce((n, group) => n + group.bytes, 0)).toBe(objects.reduce((n, o: ListedObject) => n + (o.Size ?? 0), 0));
    const all = [...(plan.selected.keys ?? []), ...skipped.flatMap((group) => group.keys ?? [])];
    expect(all.sort()).toEqual(objects.map((o) => o.Key).sort());
  });

  test.prop([cloudTrailBucketListing(), range])('flags exactly the selected GLACIER and DEEP_ARCHIVE objects for a restore', (objects, bounds) => {
    const plan = planImport(requestOf('', bounds), objects, { keepKeys: true, now: NOW });
    const selected = new Set(plan.selected.keys);
    const archived = objects.filter((o) => selected.has(o.Key) && (o.StorageClass === 'GLACIER' || o.StorageClass === 'DEEP_ARCHIVE'));
    expect(plan.needsRestore.files).toBe(archived.length);
  });
});

describe('cloudTrailBucketListing', () => {
  test('mixes objects the planner selects, archived ones, and ones skipped for every reason', () => {
    const seen = new Map<string, number>();
    for (const objects of fc.sample(cloudTrailBucketListing(), { numRuns: 100, seed: 42 })) {
      const plan = planImport(requestOf(`AWSLogs/${A}/`, [Date.parse('2024-01-03T00:00:00Z') / 1000, Date.parse('2024-01-05T00:00:00Z') / 1000]), objects, { now: NOW });
      seen.set('selected', (seen.get('selected') ?? 0) + plan.selected.files);
      seen.set('restore', (seen.get('restore') ?? 0) + plan.needsRestore.files);
      for (const reason of SKIP_REASONS) seen.set(reason, (seen.get(reason) ?? 0) + plan.skipped[reason].files);
    }
    expect([...seen].filter(([, n]) => n === 0)).toEqual([]);
  });
});
