import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { PatternList } from '../../src/role/document.js';
import { resourceCoverage } from '../../src/role/coverage.js';
import { readPolicyDocument } from '../../src/role/document.js';
import { decide, type Decision } from '../../src/role/evaluate.js';
import { checkImportRolePolicies, type ImportRolePolicies } from '../../src/role/index.js';
import { exactly, startingWith, wildcardCovers, wildcardMatches, wildcardOverlaps } from '../../src/role/wildcard.js';
import { summary, userGuideInput } from './support.js';

const resource = (...patterns: string[]): PatternList => ({ negated: false, patterns });
const notResource = (...patterns: string[]): PatternList => ({ negated: true, patterns });

/** Whether `value` is in a list's set, by the definition. */
function inList(list: PatternList, value: string): boolean {
  const named = list.patterns.some((pattern) => wildcardMatches(pattern, value));
  return list.negated ? !named : named;
}

function granted(allows: readonly PatternList[], denies: readonly PatternList[], value: string): boolean {
  return allows.some((list) => inList(list, value)) && !denies.some((list) => inList(list, value));
}

const LOGS = startingWith('arn:aws:s3:::b/logs/');

describe('resourceCoverage', () => {
  it('covers a prefix with a Resource and the NotResource of the same pattern, which only together grant everything', () => {
    expect(resourceCoverage(LOGS, [resource('arn:aws:s3:::b/logs/a*'), notResource('arn:aws:s3:::b/logs/a*')], [])).toEqual({ covered: true });
  });

  it('covers a prefix with its folder object and every longer key', () => {
    expect(resourceCoverage(LOGS, [resource('arn:aws:s3:::b/logs/'), resource('arn:aws:s3:::b/logs/?*')], [])).toEqual({ covered: true });
  });

  it('is not covered by parts that leave a gap, naming the shortest key in it', () => {
    expect(resourceCoverage(LOGS, [resource('arn:aws:s3:::b/logs/?*')], [])).toEqual({ covered: false, witness: 'arn:aws:s3:::b/logs/' });
    expect(resourceCoverage(LOGS, [resource('arn:aws:s3:::b/logs/a*'), resource('arn:aws:s3:::b/logs/b*'), resource('arn:aws:s3:::b/logs/')], [])).toEqual({
      covered: false,
      witness: 'arn:aws:s3:::b/logs/c',
    });
  });

  it('subtracts the Deny patterns from the union of the Allows', () => {
    const coverage = resourceCoverage(LOGS, [resource('arn:aws:s3:::b/*')], [resource('arn:aws:s3:::b/logs/secret/*')]);
    expect(coverage).toEqual({ covered: false, witness: 'arn:aws:s3:::b/logs/secret/' });
    expect(resourceCoverage(LOGS, [resource('arn:aws:s3:::b/*')], [notResource('arn:aws:s3:::b/*')])).toEqual({ covered: true });
  });

  it('decides one exact value by matching it', () => {
    expect(resourceCoverage(exactly('arn:aws:s3:::b'), [resource('arn:aws:s3:::?')], [])).toEqual({ covered: true });
    expect(resourceCoverage(exactly('arn:aws:s3:::b'), [resource('arn:aws:s3:::b*')], [resource('*b')])).toEqual({ covered: false, witness: 'arn:aws:s3:::b' });
  });

  it('leaves the answer undecided, saying how many states it explored, when the automaton outgrows the cap', () => {
    const allows = [notResource('arn:aws:s3:::b/logs/*x*'), ...Array.from({ length: 12 }, (_, i) => resource(`arn:aws:s3:::b/logs/*${'?'.repeat(i)}x*`))];
    expect(resourceCoverage(LOGS, allows, [])).toEqual({ covered: true });
    expect(resourceCoverage(LOGS, allows, [], { states: 16, steps: Infinity })).toEqual({ covered: undefined, states: 16 });
    expect(resourceCoverage(LOGS, allows, [], { states: Infinity, steps: 1000 }).covered).toBeUndefined();
  });

  it('gives up within its step bound on adversarial patterns, undecided rather than slow', () => {
    const allows = [notResource('arn:aws:s3:::b/logs/*x*'), ...Array.from({ length: 60 }, (_, i) => resource(`arn:aws:s3:::b/logs/*${'?'.repeat(i)}x*`, `arn:aws:s3:::b/logs/${'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, (i % 30) + 1)}*`))];
    const started = performance.now();
    expect(resourceCoverage(LOGS, allows, []).covered).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('stays fast on many long patterns', () => {
    const allows = Array.from({ length: 40 }, (_, i) => resource(`arn:aws:s3:::b/logs/${String(i)}/*/part-*-${String(i)}.json.gz`));
    const started = performance.now();
    expect(resourceCoverage(LOGS, [...allows, notResource('arn:aws:s3:::b/logs/*/*/part-*.json.gz')], []).covered).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  const unit = fc.constantFrom('a', 'b', '/', '*', '?');
  const pattern = fc.string({ unit, maxLength: 6 });
  const list = fc.record({ negated: fc.boolean(), patterns: fc.array(pattern, { minLength: 1, maxLength: 2 }) });
  const prefix = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 3 });
  const keys = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '/', 'c'), maxLength: 7 }), { minLength: 1, maxLength: 20 });
  const sets = fc.record({ allows: fc.array(list, { minLength: 1, maxLength: 3 }), denies: fc.array(list, { maxLength: 2 }) });

  test.prop([sets, prefix, keys], { numRuns: 500 })('grants every key under the prefix when it says covered', ({ allows, denies }, literal, suffixes) => {
    fc.pre(resourceCoverage(startingWith(literal), allows, denies).covered === true);
    for (const suffix of suffixes) expect(granted(allows, denies, `${literal}${suffix}`)).toBe(true);
  });

  test.prop([sets, prefix, keys], { numRuns: 500 })('is not covered when some key under the prefix matches no Allow or matches a Deny', ({ allows, denies }, literal, suffixes) => {
    fc.pre(suffixes.some((suffix) => !granted(allows, denies, `${literal}${suffix}`)));
    expect(resourceCoverage(startingWith(literal), allows, denies).covered).toBe(false);
  });

  test.prop([sets, prefix], { numRuns: 500 })('names a witness under the prefix that is really not granted when it says not covered', ({ allows, denies }, literal) => {
    const coverage = resourceCoverage(startingWith(literal), allows, denies);
    fc.pre(coverage.covered === false);
    expect(coverage.witness.startsWith(literal)).toBe(true);
    expect(granted(allows, denies, coverage.witness)).toBe(false);
  });

  test.prop([pattern, prefix], { numRuns: 500 })('says covered wherever wildcardCovers does, for one Allow pattern and no Deny', (one, literal) => {
    fc.pre(wildcardCovers(one, startingWith(literal)));
    expect(resourceCoverage(startingWith(literal), [resource(one)], [])).toEqual({ covered: true });
  });

  it('also decides one pattern wildcardCovers cannot: a * then a ? after the literal covers every longer key', () => {
    const family = startingWith('arn:aws:s3:::b/logs');
    expect(wildcardCovers('arn:aws:s3:::b/log*?', family)).toBe(false);
    expect(resourceCoverage(family, [resource('arn:aws:s3:::b/log*?')], [])).toEqual({ covered: true });
  });
});

describe('decide', () => {
  const unit = fc.constantFrom('a', 'b', '/', '*', '?');
  const patterns = fc.array(fc.string({ unit, maxLength: 6 }), { minLength: 1, maxLength: 2 });
  const prefix = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 3 });
  const context = { known: new Map(), unvalued: new Set<string>() };

  function decideOne(resources: PatternList, literal: string): Decision {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', [resources.negated ? 'NotResource' : 'Resource']: resources.patterns };
    const document = readPolicyDocument({ Statement: [statement] }, 'permissionsPolicy');
    return decide(document, { action: 's3:GetObject', resource: startingWith(literal), principal: undefined, context });
  }

  test.prop([patterns, fc.boolean(), prefix], { numRuns: 500 })('keeps the answer of one statement that covers on its own, and decides the others exactly', (list, negated, literal) => {
    const resources = { negated, patterns: list };
    const decision = decideOne(resources, literal);
    const alone = negated ? !list.some((p) => wildcardOverlaps(p, startingWith(literal))) : list.some((p) => wildcardCovers(p, startingWith(literal)));
    if (alone) expect(decision.allowedBy).toBeDefined();
    expect(decision.allowedBy !== undefined).toBe(resourceCoverage(startingWith(literal), [resources], []).covered === true);
    expect(decision.coverageUndecided).toBe(false);
  });
});

const OBJECTS = 'arn:aws:s3:::aws-cloudtrail-logs-123456789012-612ff1f6/AWSLogs/123456789012/CloudTrail/';
const SOURCE = { StringEquals: { 'aws:SourceAccount': '123456789012' } };

/** The User Guide's permissions policy with its s3:GetObject statement replaced by `statements`. */
function objectStatements(...statements: readonly Record<string, unknown>[]): Partial<ImportRolePolicies> {
  const permissions = structuredClone(userGuideInput().permissionsPolicy) as { Statement: Record<string, unknown>[] };
  const [bucket, , key] = permissions.Statement;
  return { permissionsPolicy: { ...permissions, Statement: [bucket, ...statements, key] } };
}

function codes(overrides: Partial<ImportRolePolicies>): string[] {
  return summary(checkImportRolePolicies({ ...userGuideInput(), ...overrides }).violations);
}

describe('checkImportRolePolicies joint coverage of s3:GetObject', () => {
  it('accepts Allow statements that only together cover the objects under the prefix', () => {
    expect(
      codes(
        objectStatements(
          { Sid: 'Logs2023', Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}a*`, Condition: SOURCE },
          { Sid: 'Others', Effect: 'Allow', Action: 's3:GetObject', NotResource: `${OBJECTS}a*` },
        ),
      ),
    ).toEqual([]);
  });

  it('still reports object-access-partial at the first partial statement when the union leaves a gap', () => {
    const overrides = objectStatements(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}a*` },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}b*` },
    );
    expect(codes(overrides)).toEqual(['error role/object-access-partial /permissionsPolicy/Statement/1/Resource']);
  });

  it('does not count a statement whose condition fails towards the union', () => {
    const overrides = objectStatements(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}a*` },
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${OBJECTS}a*`, Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } } },
    );
    expect(codes(overrides)).toEqual(['error role/object-access-partial /permissionsPolicy/Statement/1/Resource']);
  });

  it('counts a statement whose condition cannot be evaluated, as today, and says it assumed it', () => {
    const overrides = objectStatements(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}a*` },
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${OBJECTS}a*`, Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
    );
    expect(codes(overrides)).toEqual(['warning role/condition-assumed /permissionsPolicy/Statement/2/Condition/IpAddress/aws:SourceIp']);
  });

  it('falls back to object-access-partial, saying so, when the statements are too intricate to decide', () => {
    const statements = Array.from({ length: 60 }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: [`${OBJECTS}*${'?'.repeat(i)}x*`, `${OBJECTS}${'abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, (i % 30) + 1)}*`] }));
    const { violations } = checkImportRolePolicies({ ...userGuideInput(), ...objectStatements(...statements, { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${OBJECTS}*x*` }) });
    expect(summary(violations)).toEqual(['error role/object-access-partial /permissionsPolicy/Statement/1/Resource']);
    expect(violations[0]?.message).toMatch(/covers only part of it \(whether the statements together cover it was not decided: .* assumed they do not\)$/);
  });

  it('reports a Deny that reaches part of the objects as role/denied, whatever the Allows cover', () => {
    const overrides = objectStatements(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: `${OBJECTS}a*` },
      { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${OBJECTS}a*` },
      { Effect: 'Deny', Action: 's3:GetObject', Resource: `${OBJECTS}secret/*` },
    );
    expect(codes(overrides)).toEqual(['error role/denied /permissionsPolicy/Statement/3']);
  });
});
