import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../scripts/render-generated.js';
import { loadImportPolicy, MAX_POLICY_GLOBS, POLICY_RULE_NAMES, PolicyError } from '../../src/policy/index.js';

interface RuleSchema {
  readonly examples: readonly object[];
}
interface PolicySchema {
  readonly examples: readonly object[];
  readonly properties: { readonly rules: { readonly properties: Readonly<Record<string, RuleSchema>> } };
}

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/policy.schema.json', import.meta.url)), 'utf8')) as PolicySchema;
const ruleSchemas = Object.entries(schema.properties.rules.properties);
const validate = createAjv(false).compile(schema);

const accepts = (value: unknown): boolean => {
  try {
    loadImportPolicy(value as object);
    return true;
  } catch (error) {
    if (error instanceof PolicyError) return false;
    throw error;
  }
};

describe('schemas/policy.schema.json', () => {
  it('describes exactly the rules the checks know', () => {
    expect(ruleSchemas.map(([name]) => name).sort()).toEqual([...POLICY_RULE_NAMES].sort());
  });

  it.each(schema.examples.map((example, index) => [index, example] as const))('has a whole-file example %i that loadImportPolicy accepts', (_index, example) => {
    expect(validate(example)).toBe(true);
    expect(accepts(example)).toBe(true);
  });

  it.each(ruleSchemas.flatMap(([name, rule]) => rule.examples.map((example) => [name, example] as const)))('has an example of %s that the schema and loadImportPolicy accept: %j', (name, example) => {
    const policy = { version: 1, rules: { [name]: example } };
    expect(validate(policy)).toBe(true);
    expect(accepts(policy)).toBe(true);
  });

  it.each([
    { version: 1, rules: {}, extra: true },
    { version: 1, rules: { 'allowed-regions': {} } },
    { version: 1, rules: { 'allowed-buckets': { buckets: [] } } },
    { version: 1, rules: { 'max-time-range-days': { days: 0 } } },
    { version: 1, rules: { 'retry-forbidden': { severity: 'fatal' } } },
    { version: '1', rules: {} },
  ])('and loadImportPolicy both reject %j', (policy) => {
    expect(validate(policy)).toBe(false);
    expect(accepts(policy)).toBe(false);
  });
});

describe('the policy schema and MAX_POLICY_GLOBS', () => {
  it('bounds every glob list at MAX_POLICY_GLOBS patterns', () => {
    const globs = (schema as unknown as { readonly $defs: { readonly Globs: { readonly maxItems: number } } }).$defs.Globs;
    expect(globs.maxItems).toBe(MAX_POLICY_GLOBS);
  });
});
