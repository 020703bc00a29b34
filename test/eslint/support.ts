/**
 * RuleTesters for the plugin's rules, running in vitest: typescript-eslint's (TypeScript syntax,
 * typed mode) and ESLint's own (its default parser, espree, for .js / .mjs / .cjs files).
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { RuleTester as EslintRuleTester, type Rule } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import type { PluginRule } from '../../src/eslint/create-rule.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
EslintRuleTester.describe = describe;
EslintRuleTester.it = it;
EslintRuleTester.itOnly = it.only;

/** TypeScript files, parsed by @typescript-eslint/parser without type information. */
export const ruleTester = new RuleTester();

/** JavaScript files (the filename says which), parsed by ESLint's default parser. */
export const jsRuleTester = new EslintRuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });

/**
 * A plugin rule as typescript-eslint's RuleTester types it: the plugin is typed with `eslint`'s
 * own types (its only run-time dependency), the tester with @typescript-eslint/utils'.
 */
export function testable<Options extends readonly unknown[], MessageIds extends string>(
  rule: PluginRule<Options, MessageIds>,
): RuleModule<MessageIds, Options> {
  return rule as unknown as RuleModule<MessageIds, Options>;
}

/** The same rule for ESLint's RuleTester. */
export function eslintRule(rule: PluginRule): Rule.RuleModule {
  return rule;
}

/** A valid event data store ARN, IAM role ARN, S3 location, Region and import id (all lint clean). */
export const DESTINATION = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
export const ROLE = 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole';
export const LOCATION = 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/';
export const REGION = 'us-east-1';
export const IMPORT_ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

/** The import line of the SDK, as most code writes it. */
export const IMPORT_COMMAND = "import { StartImportCommand } from '@aws-sdk/client-cloudtrail';";

/** `new StartImportCommand({...})` source with a valid request whose members `overrides` replace (source text, keyed by member). */
export function command(overrides: Readonly<Record<string, string | null>> = {}): string {
  const members: Record<string, string | null> = {
    Destinations: `['${DESTINATION}']`,
    ImportSource: `{ S3: { S3LocationUri: '${LOCATION}', S3BucketRegion: '${REGION}', S3BucketAccessRoleArn: '${ROLE}' } }`,
    StartEventTime: "new Date('2024-01-01T00:00:00Z')",
    EndEventTime: "new Date('2024-02-01T00:00:00Z')",
    ...overrides,
  };
  const body = Object.entries(members)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, value]) => `  ${name}: ${value},`)
    .join('\n');
  return `${IMPORT_COMMAND}\nnew StartImportCommand({\n${body}\n});\n`;
}

/** The line and column (1-based) where `needle` first occurs in `code`: where a report must start. */
export function at(code: string, needle: string, occurrence = 1): { readonly line: number; readonly column: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence} times in:\n${code}`);
  }
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
