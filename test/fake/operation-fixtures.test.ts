/**
 * The fake over the read operations' request fixtures: a valid input is answered (or refused for
 * the fake's state alone), an invalid one is refused with the exception of its first error
 * violation and exactly the violations `validateImportRequest` reports.
 */
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { validateImportRequest, validateImportResponse } from '../../src/index.js';
import { loadOperationFixtures, type OperationFixture } from '../support/fixtures.js';
import { toWireShape } from '../support/shapes.js';
import { errorOf, newRequest, NOW, outputOf } from './helpers.js';

const requests = loadOperationFixtures().filter((fixture) => fixture.kind === 'requests');

function cases(fixtures: readonly OperationFixture[]): [string, OperationFixture['operation'], unknown][] {
  return fixtures.flatMap((fixture) => {
    const documents: unknown[] = Array.isArray(fixture.document) ? fixture.document : [fixture.document];
    return documents.map((document, index): [string, OperationFixture['operation'], unknown] => [`${fixture.name}${documents.length > 1 ? `#${String(index)}` : ''}`, fixture.operation, document]);
  });
}

// The exceptions the fake answers a well-formed input with for its state (no such import, a token it did not issue).
const STATE_EXCEPTIONS = ['ImportNotFoundException', 'InvalidNextTokenException'];

describe('createFakeCloudTrailImports over the read operations’ request fixtures', () => {
  it.each(cases(requests.filter((fixture) => fixture.valid)))('%s is taken as a well-formed %s input', (_name, operation, input) => {
    const outcome = createFakeCloudTrailImports().handle(operation, input);
    if (!outcome.ok) expect(STATE_EXCEPTIONS).toContain(outcome.error.name);
  });

  it.each(cases(requests.filter((fixture) => !fixture.valid)))('%s is refused as %s input, with the validator’s violations, in either shape', (_name, operation, input) => {
    for (const [shape, value] of [['sdk', input], ['wire', toWireShape(input)]] as const) {
      const { violations } = validateImportRequest(operation, value, { shape });
      const error = errorOf(createFakeCloudTrailImports().handle(operation, value, { shape }));
      expect(error.violations, shape).toEqual(violations);
      expect(error.name, shape).toBe(violations.find((v) => v.severity === 'error')?.exception ?? 'InvalidParameterException');
    }
  });
});

describe('createFakeCloudTrailImports, answering the read operations', () => {
  it.each(['sdk', 'wire'] as const)('answers within each operation’s output contract (%s shape)', (shape) => {
    const fake = createFakeCloudTrailImports({ now: NOW });
    const started = outputOf(fake.handle('StartImport', shape === 'sdk' ? newRequest() : toWireShape(JSON.parse(JSON.stringify(newRequest()))), { shape }));
    const ImportId = started['ImportId'] as string;
    const calls = [
      ['GetImport', { ImportId }],
      ['ListImports', { MaxResults: 10 }],
      ['ListImportFailures', { ImportId }],
      ['StopImport', { ImportId }],
    ] as const;
    for (const [operation, input] of calls) {
      const output = outputOf(fake.handle(operation, input, { shape }));
      expect(validateImportResponse(operation, output, { shape }).violations, operation).toEqual([]);
    }
  });
});
