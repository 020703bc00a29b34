/**
 * The fake over the read operations' request fixtures: a valid input is answered (or refused for
 * the fake's state alone), an invalid one is refused with the exception of its first error
 * violation and exactly the violations `validateImportRequest` reports.
 */
import { describe, expect, it } from 'vitest';
import { createFakeCloudTrailImports } from '../../src/fake/index.js';
import { validateImportRequest } from '../../src/index.js';
import { loadOperationFixtures, type OperationFixture } from '../support/fixtures.js';
import { errorOf } from './helpers.js';

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

  it.each(cases(requests.filter((fixture) => !fixture.valid)))('%s is refused as %s input, with the validator’s violations', (_name, operation, input) => {
    const { violations } = validateImportRequest(operation, input, { shape: 'sdk' });
    const error = errorOf(createFakeCloudTrailImports().handle(operation, input));
    expect(error.violations).toEqual(violations);
    expect(error.name).toBe(violations.find((v) => v.severity === 'error')?.exception ?? 'InvalidParameterException');
  });
});
