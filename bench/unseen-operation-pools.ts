/**
 * The documents of `bench/unseen-operations.bench.ts`: wire-shape inputs of the eight operations
 * other than StartImport, generated up front, every one distinct, never a fixture. As for
 * StartImport (bench/unseen-pool.ts), two pools per operation: one sampled from the package's own
 * arbitraries (`importRequest`, `invalidImportRequest`, fixed seeds), one built by plain code from
 * a seeded random source (fresh ids, ARNs, tokens and times in every input, and some of the
 * mistakes users make), so that neither the arbitraries' habits nor a cache keyed by strings
 * decides the figures.
 */
import fc from 'fast-check';
import { importRequest, invalidImportRequest } from '../src/arbitraries/index.js';
import type { CompiledOperation } from '../src/index.js';
import { interleave, random, REGIONS, type Pool } from './unseen-pool.js';

/** The operations measured here, CloudTrail's then CloudWatch Logs'. */
export const MEASURED_OPERATIONS: readonly CompiledOperation[] = [
  'GetImport',
  'ListImports',
  'StopImport',
  'ListImportFailures',
  'CreateImportTask',
  'DescribeImportTasks',
  'DescribeImportTaskBatches',
  'CancelImportTask',
];

/** Up to `count` distinct documents (by their JSON) of `arbitrary`, sampled from `seed` on. */
function distinctSample(arbitrary: fc.Arbitrary<unknown>, count: number, seed: number): unknown[] {
  const seen = new Set<string>();
  const out: unknown[] = [];
  // A few rounds of oversampling: an operation with one small member repeats some values.
  for (let round = 0; round < 4 && out.length < count; round += 1) {
    for (const document of fc.sample(arbitrary, { numRuns: 2 * (count - out.length), seed: seed + 1000 * round })) {
      const key = JSON.stringify(document);
      if (out.length === count || seen.has(key)) continue;
      seen.add(key);
      out.push(document);
    }
  }
  return out;
}

/** The arbitraries' pool of `operation`: `size` distinct inputs, two thirds valid, a third labelled invalid; interleaved. */
export function operationArbitrariesPool(operation: CompiledOperation, size: number, seed: number): Pool {
  const valid = distinctSample(importRequest(operation, { shape: 'wire' }), size - Math.floor(size / 3), seed);
  const invalid = distinctSample(
    invalidImportRequest(operation, { shape: 'wire' }).map(({ value }) => value),
    Math.floor(size / 3),
    seed + 1,
  );
  return {
    name: 'arbitraries',
    documents: interleave([valid, invalid]),
    makeUp: `${valid.length} importRequest, ${invalid.length} invalidImportRequest (wire, seed ${seed})`,
  };
}

type Input = Record<string, unknown>;

/** Seeded makers of plain values. */
function makers(seed: number) {
  const next = random(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  const word = (n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[int(26)]).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const token = (): string => Array.from({ length: 4 + int(120) }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='[int(65)]).join('');
  const store = (): string => `arn:aws:cloudtrail:${pick(REGIONS)}:${digits(12)}:eventdatastore/${uuid()}`;
  const role = (): string => `arn:aws:iam::${digits(12)}:role/${word(3 + int(10))}-import`;
  const millis = (): number => 1_600_000_000_000 + int(100_000_000_000);
  return { next, int, pick, hex, word, uuid, token, store, role, millis };
}

type Makers = ReturnType<typeof makers>;

const CLOUDTRAIL_STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'];
const LOGS_STATUSES = ['IN_PROGRESS', 'CANCELLED', 'COMPLETED', 'FAILED'];

/** Each operation's plain valid input, and the mistakes made to one (each returns a new input). */
const PLAIN: Readonly<Record<CompiledOperation, { readonly valid: (m: Makers) => Input; readonly mistakes: readonly ((input: Input, m: Makers) => Input)[] }>> = {
  GetImport: {
    valid: (m) => ({ ImportId: m.uuid() }),
    mistakes: [(input, m) => ({ ...input, ImportID: m.uuid() }), (_, m) => ({ ImportId: m.uuid().toUpperCase() }), (_, m) => ({ ImportId: m.hex(12) }), () => ({})],
  },
  StopImport: {
    valid: (m) => ({ ImportId: m.uuid() }),
    mistakes: [(_, m) => ({ Importid: m.uuid() }), (_, m) => ({ ImportId: `${m.hex(8)}-${m.hex(4)}` }), (_, m) => ({ ImportId: m.int(1e9) })],
  },
  ListImports: {
    valid: (m) => ({
      ...(m.next() < 0.6 ? { MaxResults: 1 + m.int(1000) } : {}),
      ...(m.next() < 0.5 ? { Destination: m.store() } : {}),
      ...(m.next() < 0.5 ? { ImportStatus: m.pick(CLOUDTRAIL_STATUSES) } : {}),
      ...(m.next() < 0.4 ? { NextToken: m.token() } : {}),
    }),
    mistakes: [
      (input, m) => ({ ...input, MaxResults: m.pick([0, 1001, 2.5, '50']) }),
      (input, m) => ({ ...input, ImportStatus: m.pick(['DONE', 'completed', 'RUNNING']) }),
      (input, m) => ({ ...input, NextToken: m.hex(3) }),
      (input, m) => ({ ...input, Destination: `${m.word(4)} ${m.word(6)}` }),
      (input, m) => ({ ...input, Destinations: [m.store()] }),
    ],
  },
  ListImportFailures: {
    valid: (m) => ({ ImportId: m.uuid(), ...(m.next() < 0.6 ? { MaxResults: 1 + m.int(1000) } : {}), ...(m.next() < 0.4 ? { NextToken: m.token() } : {}) }),
    mistakes: [
      (input) => ({ ...input, ImportId: undefined }),
      (input, m) => ({ ...input, MaxResults: m.pick([0, 5000, -1]) }),
      (input, m) => ({ ...input, NextToken: m.hex(2) }),
      (input, m) => ({ ...input, ImportId: m.uuid().toUpperCase() }),
    ],
  },
  CreateImportTask: {
    valid: (m) => {
      const start = m.millis();
      const filter = m.next() < 0.6 ? { importFilter: { startEventTime: start, endEventTime: start + 1 + m.int(1_000_000_000) } } : {};
      return { importSourceArn: m.store(), importRoleArn: m.role(), ...filter };
    },
    mistakes: [
      (input) => ({ ...input, importRoleArn: undefined }),
      (input, m) => ({ ...input, importFilter: { startEventTime: Math.floor(m.millis() / 1000) } }),
      (input, m) => ({ ...input, importFilter: { startEventTime: m.millis(), endEventTime: 1_500_000_000_000 } }),
      (input, m) => ({ ...input, importSourceArn: `arn:aws:logs:${m.pick(REGIONS)}:123456789012:log-group:${m.word(8)}` }),
      (input, m) => ({ ...input, importRoleArn: `arn:aws:iam::${m.hex(12)}:user/${m.word(5)}` }),
      (input, m) => ({ ...input, importfilter: { startEventTime: m.millis() } }),
    ],
  },
  DescribeImportTasks: {
    valid: (m) => ({
      ...(m.next() < 0.5 ? { importId: m.uuid() } : {}),
      ...(m.next() < 0.4 ? { importStatus: m.pick(LOGS_STATUSES) } : {}),
      ...(m.next() < 0.4 ? { importSourceArn: m.store() } : {}),
      ...(m.next() < 0.5 ? { limit: 1 + m.int(50) } : {}),
      ...(m.next() < 0.4 ? { nextToken: m.token() } : {}),
    }),
    mistakes: [
      (input, m) => ({ ...input, limit: m.pick([0, 51, 100, 2.5]) }),
      (input, m) => ({ ...input, importStatus: m.pick(['STOPPED', 'in_progress']) }),
      (input, m) => ({ ...input, importId: `${m.word(4)}_${m.hex(6)}` }),
      (input) => ({ ...input, nextToken: '' }),
      (input, m) => ({ ...input, ImportId: m.uuid() }),
    ],
  },
  DescribeImportTaskBatches: {
    valid: (m) => ({
      importId: m.uuid(),
      ...(m.next() < 0.5 ? { batchImportStatus: LOGS_STATUSES.filter(() => m.next() < 0.5) } : {}),
      ...(m.next() < 0.5 ? { limit: 1 + m.int(50) } : {}),
      ...(m.next() < 0.4 ? { nextToken: m.token() } : {}),
    }),
    mistakes: [
      (input) => ({ ...input, importId: undefined }),
      (input, m) => ({ ...input, batchImportStatus: [m.pick(['DONE', 'RUNNING'])] }),
      (input, m) => ({ ...input, batchImportStatus: m.pick(LOGS_STATUSES) }),
      (input, m) => ({ ...input, limit: m.pick([0, 51, -3]) }),
    ],
  },
  CancelImportTask: {
    valid: (m) => ({ importId: m.uuid() }),
    mistakes: [(_, m) => ({ importID: m.uuid() }), (_, m) => ({ importId: `${m.hex(8)} ${m.hex(4)}` }), () => ({ importId: '' }), (_, m) => ({ importId: m.int(1e6) })],
  },
};

/** The plain pool of `operation`: `size` distinct inputs built by simple code, about 75% valid, 25% with one mistake. */
export function operationPlainPool(operation: CompiledOperation, size: number, seed: number): Pool {
  const m = makers(seed);
  const { valid, mistakes } = PLAIN[operation];
  const seen = new Set<string>();
  const documents: unknown[] = [];
  let validCount = 0;
  // Distinct by their JSON; an input drawn twice (an empty ListImports) is drawn again.
  for (let draws = 0; documents.length < size && draws < 4 * size; draws += 1) {
    const input = valid(m);
    const broken = m.next() < 0.25;
    // A member set to undefined is absent, as in JSON.
    const document = broken ? (JSON.parse(JSON.stringify(m.pick(mistakes)(input, m))) as unknown) : input;
    const key = JSON.stringify(document);
    if (seen.has(key)) continue;
    seen.add(key);
    documents.push(document);
    if (!broken) validCount += 1;
  }
  return { name: 'plain', documents, makeUp: `${validCount} valid inputs, ${documents.length - validCount} with one mistake (seed ${seed})` };
}
