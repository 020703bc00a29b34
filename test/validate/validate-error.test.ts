import {
  EventDataStoreNotFoundException,
  InvalidParameterException,
  ImportNotFoundException,
  CloudTrailServiceException,
} from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { sanitizeErrorName, validateStartImportError } from '../../src/index.js';

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

describe('sanitizeErrorName', () => {
  it.each([
    ['InvalidParameterException', 'InvalidParameterException'],
    ['com.amazonaws.cloudtrail#InvalidParameterException', 'InvalidParameterException'],
    ['InvalidParameterException:http://internal.amazon.com/coral/', 'InvalidParameterException'],
    ['aws.protocoltests#Foo:bar', 'Foo'],
  ])('reads %s as %s', (type, name) => {
    expect(sanitizeErrorName(type)).toBe(name);
  });
});
