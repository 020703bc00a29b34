import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import type * as ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codes, lint } from './support.js';

/** @typescript-eslint/parser, with the type checker's contextual-type questions counted. */
function countingParser(asked: string[]): Linter.Parser {
  return {
    meta: { name: 'counting-parser' },
    parseForESLint(code: string, options?: Record<string, unknown>): Linter.ESLintParseResult {
      const result = tsParser.parseForESLint(code, options);
      const { program } = result.services;
      if (program === null) return result as unknown as Linter.ESLintParseResult;
      const checker = program.getTypeChecker();
      const counting = new Proxy(checker, {
        get(target, name, receiver): unknown {
          if (name !== 'getContextualType') return Reflect.get(target, name, receiver) as unknown;
          return (node: ts.Expression) => {
            asked.push(node.getText());
            return target.getContextualType(node);
          };
        },
      });
      const services = { ...result.services, program: new Proxy(program, { get: (target, name, receiver): unknown => (name === 'getTypeChecker' ? () => counting : (Reflect.get(target, name, receiver) as unknown)) }) };
      return { ...result, services } as unknown as Linter.ESLintParseResult;
    },
  };
}

/** A request with one mistake whatever finds it: an import id in upper case. */
const REQUEST = "{ ImportId: '4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B' }";

/** `kind: code path, …` of each request found in typed mode (the file sits in test/eslint/fixtures/analyse, beside clients.ts). */
function found(code: string): string[] {
  const { requests, messages } = lint(code, { mode: 'typed' });
  expect(messages).toEqual([]);
  return requests.map((request) => `${request.kind}: ${codes(request).join(', ')}`);
}

describe('analyseFile with type information', () => {
  it.each([
    ['an argument of a function taking the SDK type', `import { start } from './clients.js';\nvoid start(${REQUEST});`],
    ['an annotation with a local alias of the SDK type', `import type { Input } from './clients.js';\nexport const input: Input = ${REQUEST};`],
    ['an optional parameter (the type or undefined)', `import type { Input } from './clients.js';\nconst go = (input?: Input): Input | undefined => input;\nvoid go(${REQUEST});`],
    ['a member of a typed object', `import type { Input } from './clients.js';\nexport const job: { readonly input: Input } = { input: ${REQUEST} };`],
    ['an element of a typed list', `import type { Input } from './clients.js';\nexport const batch: readonly Input[] = [${REQUEST}];`],
  ])('finds an object literal whose contextual type is the request: %s', (_name, code) => {
    expect(found(code)).toEqual(['contextual-type: import-id-invalid /ImportId']);
  });

  it.each([
    ['imported from another module', `import { client } from './clients.js';\nvoid client.startImport(${REQUEST});`],
    ['held by a class', `import type { client } from './clients.js';\nexport class Importer {\n  constructor(private readonly trail: typeof client) {}\n  run(): Promise<unknown> { return this.trail.startImport(${REQUEST}); }\n}`],
  ])('finds x.startImport(…) when x is typed as the aggregated client: %s', (_name, code) => {
    expect(found(code)).toEqual(['client-method: import-id-invalid /ImportId']);
  });

  it('follows a const passed to a client whose type it knows', () => {
    const { requests } = lint(`import { client } from './clients.js';\nconst input = ${REQUEST};\nvoid client.startImport(input);`, { mode: 'typed' });
    expect(requests.map((r) => [r.kind, r.node.loc?.start.line, codes(r)])).toEqual([['client-method', 2, ['import-id-invalid /ImportId']]]);
  });

  it('still finds the syntactic forms, naming them as such', () => {
    const code = `import { StartImportCommand, type StartImportCommandInput } from '@aws-sdk/client-cloudtrail';\nexport const cmd = new StartImportCommand(${REQUEST});\nexport const input: StartImportCommandInput = ${REQUEST};`;
    expect(found(code)).toEqual(['command: import-id-invalid /ImportId', 'type-annotation: import-id-invalid /ImportId']);
  });

  it('reports a near-miss key the type checker would also reject, found by its contextual type', () => {
    const code = `import { start } from './clients.js';\n// @ts-expect-error -- the typo under test\nvoid start({ Destination: ['x'], ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });`;
    expect(found(code)).toEqual(['contextual-type: unknown-member /Destination']);
  });

  it.each([
    ['a local interface of the same name', `interface StartImportCommandInput { readonly ImportId?: string }\nconst go = (input: StartImportCommandInput): StartImportCommandInput => input;\nvoid go(${REQUEST});`],
    ['a local class named CloudTrail', `class CloudTrail { startImport(input: unknown): unknown { return input; } }\nvoid new CloudTrail().startImport(${REQUEST});`],
    ['an object without request members (not asked about)', `import { start } from './clients.js';\n// @ts-expect-error -- not a request at all\nvoid start({ Region: 'us-east-1' });`],
    ['an object typed otherwise', `export const other: { ImportId: string } = ${REQUEST};`],
  ])('never matches %s', (_name, code) => {
    expect(found(code)).toEqual([]);
  });

  it('finds a request built with spreads, but not the parts spread into it (whose contextual type is the request too)', () => {
    const code = `import type { Input } from './clients.js';\nexport const build = (from?: Date, to?: Date): Input => ({\n  ...(from && to ? { StartEventTime: from, EndEventTime: to } : {}),\n  ...(to && { EndEventTime: to }),\n  Destinations: ['x'],\n});`;
    const { requests } = lint(code, { mode: 'typed' });
    expect(requests.map((r) => [r.kind, r.node.loc?.start.line, codes(r)])).toEqual([['contextual-type', 2, ['destination-length /Destinations/0', 'destination-id-not-uuid /Destinations/0']]]);
  });

  it('asks the type checker only about object literals with a request key that no syntactic form found', () => {
    const asked: string[] = [];
    const code = [
      `import { StartImportCommand } from '@aws-sdk/client-cloudtrail';`,
      `import { start } from './clients.js';`,
      `export const found = new StartImportCommand(${REQUEST});`,
      `export const plain = { name: 'x', nested: { deeper: true } };`,
      `export const near = { importID: 'x' };`,
      `void start(${REQUEST});`,
    ].join('\n');
    const { requests, messages } = lint(code, { mode: 'typed', parser: countingParser(asked) });
    expect(messages).toEqual([]);
    expect(requests.map((r) => r.kind)).toEqual(['command', 'contextual-type']);
    expect(asked.sort()).toEqual(["{ ImportId: '4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B' }", "{ importID: 'x' }"]);
  });
});
