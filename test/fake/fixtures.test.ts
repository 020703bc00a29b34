import { describe, expect, it } from 'vitest';
import { isImportId } from '../../src/fake/ids.js';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { classifyStartImportRequest, validateStartImportRequest, validateStartImportResponse } from '../../src/validate/index.js';
import { loadFixtures, type Fixture } from '../support/fixtures.js';
import { toSdkShape, toWireShape } from '../support/shapes.js';
import { errorOf, NOW, newRequest, outputOf } from './helpers.js';

const SHAPES = { sdk: toSdkShape, wire: toWireShape } as const;
const requests = loadFixtures().filter((fixture) => fixture.kind === 'requests');

/** The requests of a fixture (an array holds several), each in the sdk and wire shapes, named for the report. */
function cases(fixtures: readonly Fixture[]): [string, 'sdk' | 'wire', unknown][] {
  return fixtures.flatMap((fixture) => {
    const documents: unknown[] = Array.isArray(fixture.document) ? fixture.document : [fixture.document];
    return documents.flatMap((document, index) =>
      (['sdk', 'wire'] as const).map((shape): [string, 'sdk' | 'wire', unknown] => [`${fixture.name}${documents.length > 1 ? `#${index}` : ''}`, shape, SHAPES[shape](document)]),
    );
  });
}

// The fixtures are judged at NOW; the fake's clock is set to it, for time-range-in-future.
const fresh = (): ReturnType<typeof createFakeCloudTrailImports> => createFakeCloudTrailImports({ now: NOW });

describe('createFakeCloudTrailImports over the fixture corpus', () => {
  const valid = cases(requests.filter((fixture) => fixture.valid));
  const invalid = cases(requests.filter((fixture) => !fixture.valid));

  it.each(valid.filter(([, , request]) => classifyStartImportRequest(request) === 'new'))('%s (%s) starts a new import in a fresh fake', (_name, shape, request) => {
    const output = outputOf(fresh().handle('StartImport', request, { shape }));
    expect(output['ImportStatus']).toBe('INITIALIZING');
    expect(validateStartImportResponse(output, { request, shape }).violations.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it.each(valid.filter(([, , request]) => classifyStartImportRequest(request) === 'retry'))(
    '%s (%s) is ImportNotFoundException in a fresh fake, and restarts a failed import of that id',
    (_name, shape, request) => {
      expect(errorOf(fresh().handle('StartImport', request, { shape })).name).toBe('ImportNotFoundException');
      const id = (request as { ImportId: string }).ImportId;
      // A documentation placeholder (a warning, not an error) is no id the fake could have made.
      if (!isImportId(id)) return;
      const fake = createFakeCloudTrailImports({ now: NOW, importIds: () => id });
      outputOf(fake.handle('StartImport', newRequest()));
      fake.advance(id, 'FAILED');
      expect(outputOf(fake.handle('StartImport', request, { shape }))).toMatchObject({ ImportId: id, ImportStatus: 'INITIALIZING' });
    },
  );

  it.each(invalid)('%s (%s) is refused with the exception of its first error', (_name, shape, request) => {
    const fake = fresh();
    const { violations } = validateStartImportRequest(request, { shape, now: NOW });
    const firstError = violations.find((v) => v.severity === 'error');
    const error = errorOf(fake.handle('StartImport', request, { shape }));
    expect(error.name).toBe(firstError?.exception ?? 'InvalidParameterException');
    expect(error.violations).toEqual(violations);
    expect(fake.imports()).toEqual([]);
  });
});
