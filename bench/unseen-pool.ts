/**
 * The documents of `bench/unseen.bench.ts`: wire-shape StartImport requests generated up front,
 * every one distinct, never a fixture. Two pools: one sampled from the package's own arbitraries
 * (valid new imports, retries and labelled invalid requests, with fixed seeds), one built by plain
 * code from a seeded random source (fresh account ids, UUIDs, bucket and role names in every
 * request, and some of the mistakes users make), so that neither the arbitraries' habits nor a
 * cache keyed by strings decides the figures.
 */
import fc from 'fast-check';
import { invalidStartImportRequest, newImportRequest, retryImportRequest } from '../src/arbitraries/index.js';

/** A pool of documents and how many of each kind it holds. */
export interface Pool {
  readonly name: string;
  readonly documents: readonly unknown[];
  readonly makeUp: string;
}

/** The arbitraries' pool: `size` requests, half new imports, a sixth retries, a third labelled invalid; interleaved. */
export function arbitrariesPool(size: number, seed: number): Pool {
  const newCount = Math.floor(size / 2);
  const retryCount = Math.floor(size / 6);
  const invalidCount = size - newCount - retryCount;
  const fresh = fc.sample(newImportRequest({ shape: 'wire' }), { numRuns: newCount, seed });
  const retries = fc.sample(retryImportRequest({ shape: 'wire' }), { numRuns: retryCount, seed: seed + 1 });
  const invalid = fc.sample(invalidStartImportRequest({ shape: 'wire' }), { numRuns: invalidCount, seed: seed + 2 }).map(({ request }) => request);
  return {
    name: 'arbitraries',
    documents: interleave([fresh, retries, invalid]),
    makeUp: `${newCount} newImportRequest, ${retryCount} retryImportRequest, ${invalidCount} invalidStartImportRequest (wire, seed ${seed})`,
  };
}

/** Items of the lists taken in turn, each list at its own pace, so every stretch of the result has each kind. */
export function interleave(lists: readonly (readonly unknown[])[]): unknown[] {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const out: unknown[] = [];
  const taken = lists.map(() => 0);
  for (let i = 0; i < total; i += 1) {
    // The list furthest behind its share goes next.
    let pick = 0;
    let lag = Number.NEGATIVE_INFINITY;
    for (const [index, list] of lists.entries()) {
      const behind = ((i + 1) * list.length) / total - (taken[index] ?? 0);
      if ((taken[index] ?? 0) < list.length && behind > lag) {
        lag = behind;
        pick = index;
      }
    }
    out.push(lists[pick]?.[taken[pick] ?? 0]);
    taken[pick] = (taken[pick] ?? 0) + 1;
  }
  return out;
}

/** mulberry32: a small seeded source of numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1', 'ca-central-1'];

/** The plain pool: `size` requests built by simple code, about 60% valid new imports, 15% retries, 25% with one mistake. */
export function plainPool(size: number, seed: number): Pool {
  const next = random(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)] ?? '8'}${hex(3)}-${hex(12)}`;
  const word = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[int(26)]).join('');
  const newImport = (): Record<string, unknown> => {
    const account = digits(12);
    const region = REGIONS[int(REGIONS.length)] ?? 'us-east-1';
    const start = 1_600_000_000 + int(100_000_000);
    const request: Record<string, unknown> = {
      Destinations: [`arn:aws:cloudtrail:${region}:${account}:eventdatastore/${uuid()}`],
      ImportSource: {
        S3: {
          S3LocationUri: `s3://${word(4 + int(12))}-trail-${digits(4)}/AWSLogs/${account}/CloudTrail/`,
          S3BucketRegion: REGIONS[int(REGIONS.length)] ?? 'us-east-1',
          S3BucketAccessRoleArn: `arn:aws:iam::${account}:role/${word(3 + int(10))}-import`,
        },
      },
    };
    if (next() < 0.7) {
      request['StartEventTime'] = start;
      request['EndEventTime'] = start + 1 + int(10_000_000);
    }
    return request;
  };
  const mistakes: readonly ((request: Record<string, unknown>) => Record<string, unknown>)[] = [
    (request) => ({ ...request, [`Destination${word(1)}`]: request['Destinations'], Destinations: undefined }),
    (request) => ({ ...request, Destinations: [`arn:aws:cloudtrail:${word(2)}-${word(4)}-9:${digits(12)}:trail/${word(6)}`] }),
    (request) => ({ ...request, ImportSource: { S3: { S3LocationUri: `https://${word(8)}.s3.amazonaws.com/`, S3BucketRegion: 'us-east-1' } } }),
    (request) => ({ ...request, StartEventTime: `2024-0${1 + int(9)}-1${int(10)}T00:00:00Z` }),
    (request) => ({ ...request, ImportId: uuid() }),
    (request) => ({ ...request, Destinations: [`${word(3)} ${word(5)}`, `arn:aws:cloudtrail:us-east-1:${digits(12)}:eventdatastore/${uuid()}`] }),
  ];
  let newCount = 0;
  let retryCount = 0;
  let invalidCount = 0;
  const documents = Array.from({ length: size }, () => {
    const roll = next();
    if (roll < 0.15) {
      retryCount += 1;
      return { ImportId: uuid() };
    }
    const request = newImport();
    if (roll < 0.75) {
      newCount += 1;
      return request;
    }
    invalidCount += 1;
    const broken = mistakes[int(mistakes.length)]?.(request) ?? request;
    // A member set to undefined is absent, as in JSON.
    return JSON.parse(JSON.stringify(broken)) as unknown;
  });
  return { name: 'plain', documents, makeUp: `${newCount} new imports, ${retryCount} retries, ${invalidCount} with one mistake (seed ${seed})` };
}
