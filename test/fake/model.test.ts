import fc from 'fast-check';
import { describe, it } from 'vitest';
import { IMPORT_STATUSES } from '../../src/contract/model.js';
import { importId, newImportRequest } from '../../src/arbitraries/index.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { Advance, Get, List, Retry, StartNew, Stop } from './model/commands.js';
import { emptyModel } from './model/reference.js';
import { NOW } from './helpers.js';

const pick = fc.nat({ max: 50 });

const commands = [
  fc.tuple(newImportRequest({ partition: 'aws', max: NOW }), fc.nat()).map(([request, to]) => new StartNew(request, to)),
  pick.map((n) => new Retry(n, undefined)),
  importId().map((id) => new Retry(0, id)),
  pick.map((n) => new Stop(n)),
  fc.tuple(pick, fc.constantFrom('IN_PROGRESS', 'COMPLETED', 'FAILED' as const), fc.boolean()).map(([n, to, failures]) => new Advance(n, to, failures)),
  pick.map((n) => new Get(n)),
  fc
    .tuple(fc.option(fc.constantFrom(...IMPORT_STATUSES), { nil: undefined }), fc.option(fc.nat(), { nil: undefined }), fc.integer({ min: 1, max: 4 }))
    .map(([status, destination, maxResults]) => new List(status, destination, maxResults)),
];

describe('createFakeCloudTrailImports against a reference model', () => {
  it('answers every sequence of StartImport, retries, StopImport, advance, GetImport and ListImports as the model predicts', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40, size: 'max' }), (sequence) => {
        fc.modelRun(() => ({ model: emptyModel(), real: createFakeCloudTrailImports({ now: NOW }) }), sequence);
      }),
      { numRuns: 300 },
    );
  });
});
