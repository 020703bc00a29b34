import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { builtArnPatterns, modelPatterns, partitionRegexes, schemaPatterns, sourceRegexes } from './support/regex-sources.js';

// recheck's pure-JS backend: in-process, the same verdicts on every platform (no native binary or JVM needed).
process.env['RECHECK_SYNC_BACKEND'] ??= 'pure';

/** Generous: the automaton checker answers in milliseconds; a `timeout` verdict fails the test rather than passing it. */
const CHECK = { timeout: 20_000 } as const;

const fromSource = sourceRegexes();
const patterns = [...schemaPatterns(), ...fromSource.regexes, ...partitionRegexes(), ...modelPatterns(), ...builtArnPatterns()];

/**
 * Patterns known to backtrack polynomially, by file and source (not line: lines move). Each must be
 * fixed; its test is expected to fail until then, and fails the day the pattern is made safe, so
 * the entry is removed.
 */
const KNOWN_VULNERABLE: ReadonlySet<string> = new Set<string>([]);

function knownVulnerable({ source, origin }: { readonly source: string; readonly origin: string }): boolean {
  return KNOWN_VULNERABLE.has(`${origin.replace(/:\d+$/, '')} /${source}/`);
}

/** RegExps in src/ built from non-literals, and where their patterns are collected instead. */
const DYNAMIC_SOURCES: Readonly<Record<string, string>> = {
  'new RegExp(p.regionRegex)': 'data/aws-partitions.json regionRegex (src/contract/partitions.ts)',
  // src/core/structural.ts and src/core/pattern.ts (compilePattern, also for src/contract/model.ts): each string
  // shape's pattern of the generated model, checked from it; the schemas' own are checked from schemas/.
  "new RegExp(pattern, 'u')": 'src/generated/cloudtrail-model.ts string shapes (modelPatterns)',
  // src/core/pattern.ts: one character of a model pattern's class (`^[CLASS]$`, no quantifier), to build its table.
  "new RegExp(`^[${body}]$`, 'u')": "a model pattern's class, matched against one character",
  // src/arbitraries/_internals/model-values.ts: the same string shapes' patterns, to build valid values.
  "new RegExp(shape.pattern, 'u')": 'src/generated/cloudtrail-model.ts string shapes (modelPatterns)',
  // src/fake/logs/fake.ts: the Logs model's ImportId pattern, checked from the Logs schemas' ImportId.
  'new RegExp(IMPORT_ID.pattern)': 'schemas/*-import-task*.schema.json#/$defs/ImportId/pattern',
  // src/contract/arn.ts: the common ARN forms' sticky tests, written from the partitions file (builtArnPatterns).
  "new RegExp(LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE, 'y')": 'src/contract/arn.ts LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE',
  "new RegExp(COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE, 'y')": 'src/contract/arn.ts COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE',
};

describe('the regular expressions of the toolkit', () => {
  it('are collected from the schemas, the sources and the partitions file', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(15);
    expect(patterns).toContainEqual({ source: '^[a-zA-Z0-9._/\\-:]+$', flags: 'u', origin: 'schemas/common.schema.json#/$defs/EventDataStoreArn/pattern' });
    expect(patterns).toContainEqual({ source: '^[a-f0-9\\-]+$', flags: 'u', origin: 'schemas/common.schema.json#/$defs/UUID/pattern' });
    expect(patterns.some((p) => p.origin.startsWith('src/contract/timestamps.ts:') && p.source.startsWith('^(\\d{4})-'))).toBe(true);
    expect(patterns.some((p) => p.origin.startsWith('data/aws-partitions.json') && p.origin.endsWith('(aws-us-gov)'))).toBe(true);
    expect(patterns.map((p) => p.origin).filter((origin) => origin.startsWith('src/generated/validators.ts'))).toEqual([]);
    expect(patterns).toContainEqual({ source: '.*', flags: 'u', origin: 'models/cloudtrail-import.smithy.json PaginationToken (src/core/structural.ts)' });
    expect(patterns.filter((p) => p.origin.startsWith('src/contract/arn.ts ') && p.flags === 'y')).toHaveLength(2);
  });

  it('are all literals, except those whose patterns are collected from their data', () => {
    expect(fromSource.dynamic.filter(({ text }) => !(text in DYNAMIC_SOURCES))).toEqual([]);
  });

  it('tell a vulnerable pattern from a safe one (the checker works)', () => {
    expect(checkSync('^(a+)+$', '', CHECK).status).toBe('vulnerable');
    expect(checkSync('^a+$', '', CHECK).status).toBe('safe');
  });

  const named = (list: readonly (typeof patterns)[number][]) => list.map((p) => [`/${p.source}/${p.flags} in ${p.origin}`, p] as const);
  const expectSafe = (_name: string, { source, flags }: (typeof patterns)[number]): void => {
    const diagnostics = checkSync(source, flags, CHECK);
    const detail = diagnostics.status === 'vulnerable' ? `attack: ${diagnostics.attack.pattern}` : diagnostics.status === 'unknown' ? `error: ${JSON.stringify(diagnostics.error)}` : '';
    expect(diagnostics.status, detail).toBe('safe');
  };

  it.each(named(patterns.filter((p) => !knownVulnerable(p))))('are safe from catastrophic backtracking: %s', expectSafe);

  // Known vulnerable (see KNOWN_VULNERABLE): fails until fixed.
  it.fails.each(named(patterns.filter(knownVulnerable)))('are safe from catastrophic backtracking: %s', expectSafe);

  it('list as known vulnerable only patterns that are still in the sources', () => {
    const present = new Set(patterns.filter(knownVulnerable).map((p) => `${p.origin.replace(/:\d+$/, '')} /${p.source}/`));
    expect([...KNOWN_VULNERABLE].filter((entry) => !present.has(entry))).toEqual([]);
  });
});
