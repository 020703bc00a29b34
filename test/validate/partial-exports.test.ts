import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

// The CHANGELOG documents both as API (`defined`, `policy`, the TypeError for a bad pointer, "no
// longer throws for a value"); the ESLint plugin's partial mode is what a user calls them for.
describe('validatePartialStartImportRequest (root export)', () => {
  it('is exported from the root and keeps only what no unknown value could make wrong', () => {
    const result = root.validatePartialStartImportRequest(
      { ImportSource: { S3: { S3LocationUri: 'https://example.com/logs' } } },
      { unknown: new Set(['/ImportSource/S3/S3BucketRegion', '/ImportSource/S3/S3BucketAccessRoleArn']) },
    );
    expect(result.violations.map((v) => v.code)).toEqual(['new-import-missing-destinations', 's3-location-uri-invalid']);
  });

  it('rejects a pointer that is not a JSON Pointer with a TypeError naming it', () => {
    expect(() => root.validatePartialStartImportRequest({}, { unknown: new Set(['ImportId']) })).toThrow(/^validatePartialStartImportRequest: 'ImportId' is not a JSON Pointer/);
  });
});

describe('validatePartialImportRequest (root export)', () => {
  it('is exported from the root and reports the known part of any operation by name', () => {
    const known = { importFilter: { startEventTime: 1_704_067_200 } };
    const unknown = new Set(['/importSourceArn', '/importRoleArn', '/importFilter/endEventTime']);
    expect(root.validatePartialImportRequest('CreateImportTask', known, { unknown }).violations.map((v) => v.code)).toEqual(['logs-time-in-seconds']);
    expect(root.validatePartialImportRequest('GetImport', {}, {}).violations.map((v) => v.code)).toEqual(['required-member-missing']);
  });
});

describe('the pointer options of both partial validators', () => {
  const validators = [
    ['validatePartialStartImportRequest', (options: object) => root.validatePartialStartImportRequest({}, options)],
    ['validatePartialImportRequest', (options: object) => root.validatePartialImportRequest('GetImport', {}, options)],
  ] as const;

  // A value that is no set would be iterated as characters (a string), or fail inside the check with the engine's message.
  it.each(validators)('%s: an unknown, open or defined that is no Set of JSON Pointers is a TypeError naming the option', (who, validate) => {
    for (const name of ['unknown', 'open', 'defined']) {
      for (const [value, got] of [
        [42, 'the number 42'],
        [null, 'null'],
        ['/ImportId', "the string '/ImportId'"],
        [{}, 'an object'],
      ] as const) {
        expect(() => validate({ [name]: value }), `${name}: ${JSON.stringify(value)}`).toThrow(new TypeError(`${who}: options.${name} must be a Set of JSON Pointers (got ${got})`));
      }
      expect(() => validate({ [name]: new Set([5]) })).toThrow(new TypeError(`${who}: options.${name} holds the number 5, not a JSON Pointer`));
      expect(() => validate({ [name]: new Set(['ImportId']) })).toThrow(new TypeError(`${who}: 'ImportId' is not a JSON Pointer (it must be '' or start with '/')`));
    }
  });

  it.each(validators)('%s: a defined pointer that is not one of the unknown ones is a TypeError naming it', (who, validate) => {
    expect(() => validate({ unknown: new Set(['/ImportId']), defined: new Set(['/Nope']) })).toThrow(new TypeError(`${who}: defined pointer '/Nope' is not one of the unknown pointers`));
    expect(() => validate({ defined: new Set(['/ImportId']) })).toThrow(new TypeError(`${who}: defined pointer '/ImportId' is not one of the unknown pointers`));
    // Any set-like object is taken, and a defined pointer among the unknown ones is fine.
    const setLike = { has: (path: string): boolean => path === '/ImportId', *[Symbol.iterator](): Generator<string> { yield '/ImportId'; } };
    expect(validate({ unknown: new Set(['/ImportId']), defined: setLike }).violations).toEqual([]);
  });
});
