import {
  EventDataStoreNotFoundException,
  InvalidParameterException,
  ImportNotFoundException,
  CloudTrailServiceException,
} from '@aws-sdk/client-cloudtrail';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeErrorName, validateStartImportError } from '../../src/index.js';
import { DOCUMENTED_COMMON_ERRORS } from '../support/common-errors.js';

const codes = (value: unknown, status?: number): string[] =>
  validateStartImportError(value, status === undefined ? {} : { status }).violations.map((v) => `${v.code} ${v.path}`);

describe('validateStartImportError', () => {
  it("accepts the SDK's own exception classes", () => {
    expect(codes(new InvalidParameterException({ message: 'bad', $metadata: { httpStatusCode: 400 } }))).toEqual([]);
    expect(codes(new EventDataStoreNotFoundException({ message: 'none', $metadata: {} }), 404)).toEqual([]);
  });

  it('rejects a plain Error, which no SDK call ever throws for a modeled error', () => {
    expect(codes(new Error('Destinations are invalid'))).toEqual(['error-not-modeled /name']);
  });

  it('rejects an exception StartImport does not model', () => {
    const unmodeled = new CloudTrailServiceException({ name: 'ValidationException', $fault: 'client', $metadata: {} });
    expect(codes(unmodeled)).toEqual(['error-not-modeled /name']);
  });

  it("reads the status from the SDK exception's $metadata", () => {
    expect(codes(new ImportNotFoundException({ message: 'none', $metadata: { httpStatusCode: 400 } }))).toEqual(['error-status-mismatch ']);
  });

  it('checks an awsJson body and its status', () => {
    expect(codes({ __type: 'ImportNotFoundException', message: 'not found' }, 404)).toEqual([]);
    expect(codes({ __type: 'ImportNotFoundException', message: 'not found' }, 400)).toEqual(['error-status-mismatch ']);
    expect(codes({ __type: 'InvalidParameterException', message: 'bad' })).toEqual(['error-body-invalid /message']);
    expect(codes({ __type: 42 })).toEqual(['error-body-invalid /__type']);
    expect(codes('InvalidParameterException')).toEqual(['error-body-invalid ']);
  });
});

const COMMON = DOCUMENTED_COMMON_ERRORS;

describe("validateStartImportError on AWS's common errors", () => {
  it.each(COMMON)('accepts %s answered with HTTP %i, as a body and as an SDK exception', (name, status) => {
    expect(codes({ __type: name, message: 'the service says so' }, status)).toEqual([]);
    expect(codes({ __type: `com.amazonaws.cloudtrail#${name}`, message: 'the service says so' })).toEqual([]);
    const thrown = new CloudTrailServiceException({ name, $fault: status < 500 ? 'client' : 'server', $metadata: { httpStatusCode: status } });
    expect(codes(thrown)).toEqual([]);
  });

  it('rejects a common error answered with any other status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMON), fc.integer({ min: 400, max: 599 }), ([name, status], other) => {
        fc.pre(other !== status);
        expect(codes({ __type: name, message: 'the service says so' }, other)).toEqual(['error-status-mismatch ']);
      }),
    );
  });

  it.each(['ThrottlingError', 'ServiceUnavailableError', 'InternalFailureException', 'Throttled', 'throttlingexception'])('rejects %s, which no AWS service answers', (name) => {
    expect(codes({ __type: name, message: 'the service says so' }, 400)).toEqual(['error-not-modeled /__type']);
  });
});

describe('sanitizeErrorName', () => {
  it.each([
    ['InvalidParameterException', 'InvalidParameterException'],
    ['com.amazonaws.cloudtrail#InvalidParameterException', 'InvalidParameterException'],
    ['InvalidParameterException:http://internal.amazon.com/coral/', 'InvalidParameterException'],
    ['aws.protocoltests#Foo:bar', 'Foo'],
  ])('reads %s as %s', (type, name) => {
    expect(sanitizeErrorName(type)).toBe(name);
  });

  it.each([undefined, null, 42, Symbol('x'), {}, ['Foo']])('names a type that is no string (%s) in a TypeError', (type) => {
    expect(() => sanitizeErrorName(type as string)).toThrow(/^sanitizeErrorName: type must be a string, an error body's __type \(got /);
  });
});

describe("an error body's message length (com.amazonaws.cloudtrail#ErrorMessage: 4–1000)", () => {
  const lengthOf = (text: string): number => Array.from(text).length;
  // Astral characters (two UTF-16 units, one code point) beside ASCII: the counts differ where they matter.
  const message = fc.string({ unit: fc.constantFrom('a', ' ', '😀', '𝔸', 'é'), maxLength: 1010 });

  it('counts code points, as Smithy does, in `message` and in `Message`', () => {
    fc.assert(
      fc.property(message, fc.constantFrom('message', 'Message'), (text, key) => {
        const inBounds = lengthOf(text) >= 4 && lengthOf(text) <= 1000;
        expect(codes({ __type: 'InvalidParameterException', [key]: text })).toEqual(inBounds ? [] : [`error-body-invalid /${key}`]);
      }),
    );
  });

  it('takes 1,000 astral characters (2,000 UTF-16 units) and refuses 2 of them (4 units)', () => {
    expect(codes({ __type: 'InvalidParameterException', message: '😀'.repeat(1000) })).toEqual([]);
    expect(validateStartImportError({ __type: 'InvalidParameterException', message: '😀😀' }).violations).toEqual([
      expect.objectContaining({ code: 'error-body-invalid', path: '/message', message: 'must have a message of 4–1000 characters' }),
    ]);
    expect(codes({ __type: 'InvalidParameterException', message: '😀'.repeat(1001) })).toEqual(['error-body-invalid /message']);
  });

  it('keeps the bounds of the shipped schema, which the model-conformance test holds to the model', async () => {
    const { MAX_ERROR_MESSAGE, MIN_ERROR_MESSAGE } = await import('../../src/contract/model.js');
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync(new URL('../../schemas/start-import-error.schema.json', import.meta.url), 'utf8')) as {
      properties: Record<'message' | 'Message', { minLength: number; maxLength: number }>;
    };
    for (const key of ['message', 'Message'] as const) expect(schema.properties[key]).toMatchObject({ minLength: MIN_ERROR_MESSAGE, maxLength: MAX_ERROR_MESSAGE });
  });
});
