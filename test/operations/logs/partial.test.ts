/**
 * validatePartialImportRequest over the CloudWatch Logs import tasks: what statically known code
 * (ESLint's view of a `new CreateImportTaskCommand({...})`) is sure to violate.
 */
import { describe, expect, it } from 'vitest';
import { validatePartialImportRequest } from '../../../src/operations/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');

describe('validatePartialImportRequest: CreateImportTask', () => {
  it('reports seconds-sized literal times while the ARNs are unknown, and not the ARNs as missing', () => {
    const known = { importFilter: { startEventTime: 1_735_689_600, endEventTime: 1_738_368_000_000 } };
    const { violations } = validatePartialImportRequest('CreateImportTask', known, { unknown: new Set(['/importSourceArn', '/importRoleArn']), now: NOW });
    expect(violations.map((v) => `${v.code} ${v.path}`)).toEqual(['logs-time-in-seconds /importFilter/startEventTime']);
  });

  it('reports a Date literal as type-mismatch, and a missing role when nothing could add it', () => {
    const known = { importSourceArn: 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/abc', importFilter: { startEventTime: new Date(0) } };
    const { violations } = validatePartialImportRequest('CreateImportTask', known, { now: NOW });
    expect(violations.map((v) => `${v.code} ${v.path}`)).toEqual(['type-mismatch /importFilter/startEventTime', 'required-member-missing /importRoleArn']);
  });
});
