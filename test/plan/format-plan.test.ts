import { describe, expect, it } from 'vitest';
import { formatImportPlan, planImport } from '../../src/plan/index.js';
import { EXAMPLE_LISTING, EXAMPLE_REQUEST } from './support.js';

describe('formatImportPlan', () => {
  it('formats a plan planImport made', () => {
    const text = formatImportPlan(planImport(EXAMPLE_REQUEST, [EXAMPLE_LISTING]));
    expect(text).toMatch(/^plan for s3:\/\//);
    expect(text).toContain('assumptions:');
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
