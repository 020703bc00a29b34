import { describe, expect, it } from 'vitest';
import { formatImportPlan, planImport } from '../../src/plan/index.js';
import { EXAMPLE_LISTING, EXAMPLE_REQUEST } from './support.js';

describe('formatImportPlan', () => {
  it('formats a plan planImport made', () => {
    const text = formatImportPlan(planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING]));
    expect(text).toMatch(/^plan for s3:\/\//);
    expect(text).toContain('assumptions:');
  });

  it('escapes the control and bidi characters of the keys it shows, so a key cannot forge a report line or reach the terminal as a command', () => {
    const forged = `x\nskipped:\n  outside-time-range: 0 files\u202egpj.exe`;
    const escapes = 'y\u001b[2J\u0007';
    const page = { ...EXAMPLE_LISTING, Contents: [...(EXAMPLE_LISTING.Contents ?? []), { Key: forged, Size: 1 }, { Key: escapes, Size: 1, StorageClass: 'GLACIER\u001b[31m' }] };
    const text = formatImportPlan(planImport(EXAMPLE_REQUEST, [page]));
    expect(text).toContain('e.g. x\\nskipped:\\n  outside-time-range: 0 files\\u202egpj.exe');
    // eslint-disable-next-line no-control-regex -- no control character but the line breaks may reach the report
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text.split('\n').filter((line) => line.startsWith('skipped:'))).toHaveLength(1);
  });

  // Each failed inside with "Cannot read properties of … (reading 'bucket')" or '… filesWithoutSize'.
  it.each([
    ['null', null, /^formatImportPlan: plan must be a plan made by planImport or planImportStream \(got null\)$/],
    ['a string', 'x', /\(got the string 'x'\)$/],
    ['an array', [], /\(got an array\)$/],
    ['an object of other members', { bogus: 1 }, /\(bucket, prefix, listed, selected, skipped, needsRestore, warnings, assumptions missing or of the wrong type\)$/],
  ])('refuses %s with a TypeError naming what is wrong', (_, value, message) => {
    expect(() => formatImportPlan(value as never)).toThrow(TypeError);
    expect(() => formatImportPlan(value as never)).toThrow(message);
  });

  it('names the one member a damaged plan lacks', () => {
    const damaged: Record<string, unknown> = { ...planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING]) };
    delete damaged['listed'];
    expect(() => formatImportPlan(damaged as never)).toThrow(/\(listed missing or of the wrong type\)$/);
  });
});
