/**
 * The documents of `bench/unseen-operations.bench.ts`: wire-shape inputs of the four read
 * operations (GetImport, ListImports, StopImport, ListImportFailures), generated up front, every
 * one distinct, never a fixture. As for StartImport (bench/unseen-pool.ts), two pools per
 * operation: one from the package's own arbitraries (`importRequest`, `invalidImportRequest`), one
 * built by plain code from a seeded random source with some of the mistakes users make.
 */
import fc from 'fast-check';
import { importRequest, invalidImportRequest } from '../src/arbitraries/index.js';
import type { ReadOperation } from '../src/index.js';
import { interleave, random, REGIONS, type Pool } from './unseen-pool.js';

/** The read operations, in the model's order. */
export const READ_OPERATIONS: readonly ReadOperation[] = ['GetImport', 'ListImports', 'StopImport', 'ListImportFailures'];

const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;

/** The arbitraries' pool of `operation`: `size` inputs, two thirds valid, a third labelled invalid; interleaved. */
export function readArbitrariesPool(operation: ReadOperation, size: number, seed: number): Pool {
  const invalidCount = Math.floor(size / 3);
  const validCount = size - invalidCount;
  const valid = fc.sample(importRequest(operation, { shape: 'wire' }), { numRuns: validCount, seed });
  const invalid = fc.sample(invalidImportRequest(operation, { shape: 'wire' }), { numRuns: invalidCount, seed: seed + 1 }).map(({ value }) => value);
  return {
    name: `${operation} arbitraries`,
    documents: interleave([valid, invalid]),
    makeUp: `${validCount} importRequest, ${invalidCount} invalidImportRequest (wire, seed ${seed})`,
  };
}

/** The plain pool of `operation`: `size` inputs built by simple code, about 75% valid, 25% with one mistake. */
export function readPlainPool(operation: ReadOperation, size: number, seed: number): Pool {
  const next = random(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');
  const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)] ?? '8'}${hex(3)}-${hex(12)}`;
  const token = (): string => Array.from({ length: 4 + int(120) }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='[int(65)]).join('');
  const valid = (): Record<string, unknown> => {
    const input: Record<string, unknown> = {};
    if (operation !== 'ListImports') input['ImportId'] = uuid();
    if (operation === 'ListImports' || operation === 'ListImportFailures') {
      if (next() < 0.6) input['MaxResults'] = 1 + int(1000);
      if (next() < 0.4) input['NextToken'] = token();
    }
    if (operation === 'ListImports') {
      if (next() < 0.5) input['Destination'] = `arn:aws:cloudtrail:${REGIONS[int(REGIONS.length)] ?? 'us-east-1'}:${digits(12)}:eventdatastore/${uuid()}`;
      if (next() < 0.5) input['ImportStatus'] = STATUSES[int(STATUSES.length)];
    }
    return input;
  };
  const mistakes: readonly ((input: Record<string, unknown>) => Record<string, unknown>)[] = [
    (input) => ({ ...input, [`Import${'Idx'.slice(0, 1 + int(3))}Id`]: uuid() }),
    (input) => (operation === 'ListImports' ? { ...input, MaxResults: [0, 1001, 2.5][int(3)] } : { ...input, ImportId: uuid().toUpperCase() }),
    (input) => (operation === 'ListImports' ? { ...input, ImportStatus: 'DONE' } : { ...input, ImportId: `${hex(8)}-${hex(4)}` }),
    (input) => (operation === 'ListImports' || operation === 'ListImportFailures' ? { ...input, NextToken: hex(3) } : { ImportId: 42 }),
  ];
  let validCount = 0;
  const documents = Array.from({ length: size }, () => {
    const input = valid();
    if (next() < 0.75) {
      validCount += 1;
      return input;
    }
    return mistakes[int(mistakes.length)]?.(input) ?? input;
  });
  return { name: `${operation} plain`, documents, makeUp: `${validCount} valid inputs, ${size - validCount} with one mistake (seed ${seed})` };
}
