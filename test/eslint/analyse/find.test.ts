import { describe, expect, it } from 'vitest';
import { codes, lint, type LintOptions } from './support.js';

const SDK = "'@aws-sdk/client-cloudtrail'";
/** A request with one mistake whatever finds it: an import id in upper case. */
const REQUEST = "{ ImportId: '4B9E2F7A-1C3D-4E5F-8A9B-0C1D2E3F4A5B' }";
const MISTAKE = ['import-id-invalid /ImportId'];

/** `kind: code path, …` of each request found. */
function found(code: string, options: LintOptions = {}): string[] {
  const { requests, messages } = lint(code, options);
  expect(messages).toEqual([]);
  return requests.map((request) => `${request.kind}: ${codes(request).join(', ')}`);
}

const TS: LintOptions = { mode: 'typescript' };
const CJS: LintOptions = { filename: 'file.cjs', sourceType: 'commonjs' };

describe('analyseFile', () => {
  describe('finds new StartImportCommand(…) with the class from the SDK', () => {
    it.each([
      ['a named import (.mjs)', `import { StartImportCommand } from ${SDK};\nnew StartImportCommand(${REQUEST});`, {}],
      ['a named import (.js)', `import { StartImportCommand } from ${SDK};\nnew StartImportCommand(${REQUEST});`, { filename: 'file.js' }],
      ['a named import (TypeScript)', `import { StartImportCommand } from ${SDK};\nnew StartImportCommand(${REQUEST});`, TS],
      ['a renamed import', `import { StartImportCommand as Start } from ${SDK};\nnew Start(${REQUEST});`, {}],
      ['a string-named import', `import { 'StartImportCommand' as Start } from ${SDK};\nnew Start(${REQUEST});`, {}],
      ['a namespace import', `import * as ct from ${SDK};\nnew ct.StartImportCommand(${REQUEST});`, {}],
      ['a namespace import read with brackets', `import * as ct from ${SDK};\nnew ct['StartImportCommand'](${REQUEST});`, TS],
      ['a default import', `import ct from ${SDK};\nnew ct.StartImportCommand(${REQUEST});`, {}],
      ['a destructured require', `const { StartImportCommand } = require(${SDK});\nnew StartImportCommand(${REQUEST});`, CJS],
      ['a renamed destructured require', `const { StartImportCommand: Start } = require(${SDK});\nnew Start(${REQUEST});`, { ...CJS, filename: 'file.js' }],
      ['a require of the module', `const ct = require(${SDK});\nnew ct.StartImportCommand(${REQUEST});`, CJS],
      ['a var bound once to require', `var Start = require(${SDK}).StartImportCommand;\nnew Start(${REQUEST});`, CJS],
      ['a require in a function', `function f() { const { StartImportCommand } = require(${SDK}); return new StartImportCommand(${REQUEST}); }\nf();`, CJS],
      ['a dynamic import', `const { StartImportCommand } = await import(${SDK});\nnew StartImportCommand(${REQUEST});`, {}],
      ['a command sent at once', `import { CloudTrailClient, StartImportCommand } from ${SDK};\nawait new CloudTrailClient({}).send(new StartImportCommand(${REQUEST}));`, TS],
    ] satisfies [string, string, LintOptions][])('through %s', (_name, code, options) => {
      expect(found(code, options)).toEqual([`command: ${MISTAKE.join(', ')}`]);
    });
  });

  it.each([
    ['a local class', `class StartImportCommand { constructor(input) { this.input = input; } }\nnew StartImportCommand(${REQUEST});`],
    ['a class of another module', `import { StartImportCommand } from './my-commands.js';\nnew StartImportCommand(${REQUEST});`],
    ['a parameter shadowing the import', `import { StartImportCommand } from ${SDK};\nexport function f(StartImportCommand) { return new StartImportCommand(${REQUEST}); }`],
    ['a local shadowing a namespace', `import * as ct from ${SDK};\nexport function f(ct) { return new ct.StartImportCommand(${REQUEST}); }`],
    ['another export of the SDK', `import { ListEventDataStoresCommand } from ${SDK};\nnew ListEventDataStoresCommand(${REQUEST});`],
    ['a require of another module', `const { StartImportCommand } = require('./look-alike');\nnew StartImportCommand(${REQUEST});`],
    ['a reassigned require binding', `let { StartImportCommand } = require(${SDK});\nStartImportCommand = class {};\nnew StartImportCommand(${REQUEST});`],
    ['a local require function', `const require = (name) => ({ StartImportCommand: class {} });\nconst { StartImportCommand } = require(${SDK});\nnew StartImportCommand(${REQUEST});`],
  ])('never matches a look-alike: %s', (_name, code) => {
    expect(found(code, { ...CJS, sourceType: 'module', filename: 'file.mjs' })).toEqual([]);
  });

  describe('finds x.startImport(…) on the aggregated CloudTrail client', () => {
    it.each([
      ['bound to new CloudTrail(…)', `import { CloudTrail } from ${SDK};\nconst client = new CloudTrail({});\nawait client.startImport(${REQUEST});`, {}],
      ['created in place', `import { CloudTrail } from ${SDK};\nawait new CloudTrail({}).startImport(${REQUEST});`, {}],
      ['from a namespace import', `import * as ct from ${SDK};\nconst client = new ct.CloudTrail({});\nawait client.startImport(${REQUEST});`, {}],
      ['from require', `const { CloudTrail } = require(${SDK});\nconst client = new CloudTrail({});\nclient.startImport(${REQUEST});`, CJS],
      ['with optional chaining', `import { CloudTrail } from ${SDK};\nconst client = new CloudTrail({});\nawait client?.startImport(${REQUEST});`, {}],
      ['a parameter typed CloudTrail', `import type { CloudTrail } from ${SDK};\nexport const go = (client: CloudTrail) => client.startImport(${REQUEST});`, TS],
      ['a variable typed CloudTrail', `import { CloudTrail } from ${SDK};\ndeclare const make: () => CloudTrail;\nconst client: CloudTrail = make();\nvoid client.startImport(${REQUEST});`, TS],
    ] satisfies [string, string, LintOptions][])('%s', (_name, code, options) => {
      expect(found(code, options)).toEqual([`client-method: ${MISTAKE.join(', ')}`]);
    });

    it.each([
      ['an unknown object', `import { CloudTrail } from ${SDK};\nexport const go = (client) => client.startImport(${REQUEST});`],
      ['a local CloudTrail class', `class CloudTrail { startImport() {} }\nnew CloudTrail().startImport(${REQUEST});`],
      ['a reassigned client', `import { CloudTrail } from ${SDK};\nlet client = new CloudTrail({});\nclient = { startImport() {} };\nclient.startImport(${REQUEST});`],
    ])('but not on %s', (_name, code) => {
      expect(found(code)).toEqual([]);
    });
  });

  describe('finds object literals given a request type of the SDK', () => {
    it.each([
      ['an annotation', `import type { StartImportCommandInput } from ${SDK};\nexport const input: StartImportCommandInput = ${REQUEST};`],
      ['an annotation with a type specifier', `import { type StartImportRequest } from ${SDK};\nexport const input: StartImportRequest = ${REQUEST};`],
      ['a renamed type', `import type { StartImportCommandInput as Input } from ${SDK};\nexport const input: Input = ${REQUEST};`],
      ['a namespace type', `import type * as ct from ${SDK};\nexport const input: ct.StartImportCommandInput = ${REQUEST};`],
      ['an as cast', `import type { StartImportCommandInput } from ${SDK};\nexport const input = ${REQUEST} as StartImportCommandInput;`],
      ['an angle-bracket cast', `import type { StartImportRequest } from ${SDK};\nexport const input = <StartImportRequest>${REQUEST};`],
      ['satisfies', `import type { StartImportCommandInput } from ${SDK};\nexport const input = ${REQUEST} satisfies StartImportCommandInput;`],
      ['satisfies around as const', `import type { StartImportRequest } from ${SDK};\nexport const input = (${REQUEST} as const) satisfies StartImportRequest;`],
      ['a cast in parentheses with a comment', `import type { StartImportCommandInput } from ${SDK};\nexport const input = (/* retry */ ${REQUEST}) as StartImportCommandInput;`],
    ])('through %s', (_name, code) => {
      expect(found(code, TS)).toEqual([`type-annotation: ${MISTAKE.join(', ')}`]);
    });

    it.each([
      ['a local interface of the same name', `interface StartImportCommandInput { ImportId?: string }\nexport const input: StartImportCommandInput = ${REQUEST};`],
      ['a type of another module', `import type { StartImportCommandInput } from './types.js';\nexport const input: StartImportCommandInput = ${REQUEST};`],
      ['another type of the SDK', `import type { ListEventDataStoresRequest } from ${SDK};\nexport const input: ListEventDataStoresRequest = { MaxResults: 0 };`],
    ])('but not through %s', (_name, code) => {
      expect(found(code, TS)).toEqual([]);
    });
  });

  describe('finds the object literals returned by functions declared to return a request', () => {
    const head = `import type { StartImportCommandInput } from ${SDK};\n`;
    it.each([
      ['a function declaration', `export function build(): StartImportCommandInput { return ${REQUEST}; }`],
      ['a function expression', `export const build = function (): StartImportCommandInput { return ${REQUEST}; };`],
      ['an arrow with an expression body', `export const build = (): StartImportCommandInput => (${REQUEST});`],
      ['an arrow with a block body', `export const build = (): StartImportCommandInput => { return ${REQUEST}; };`],
      ['an async function returning a Promise', `export async function build(): Promise<StartImportCommandInput> { return ${REQUEST}; }`],
      ['a method', `export class Builder { build(): StartImportCommandInput { return ${REQUEST}; } }`],
      ['a const returned', `const input = ${REQUEST};\nexport function build(): StartImportCommandInput { return input; }`],
    ])('through %s', (_name, code) => {
      expect(found(head + code, TS)).toEqual([`return-type: ${MISTAKE.join(', ')}`]);
    });

    it('but not the returns of a function nested in one', () => {
      expect(found(`${head}export function build(): StartImportCommandInput { const other = () => ({ ImportId: 'x' }); void other; return { ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }; }`, TS)).toEqual(['return-type: ']);
    });

    it('but not a Promise of a request from a function that is not async', () => {
      expect(found(`${head}export function build(): Promise<StartImportCommandInput> { return ${REQUEST} as never; }`, TS)).toEqual([]);
    });
  });

  it('follows a const passed to a builder to its object literal', () => {
    const { requests } = lint(`import { StartImportCommand } from ${SDK};\nconst input = ${REQUEST};\nconst same = input;\nnew StartImportCommand(same);`);
    expect(requests.map((r) => [r.kind, r.node.type, r.node.loc?.start.line])).toEqual([['command', 'ObjectExpression', 2]]);
  });

  it('analyses a request object once, naming the first form that reaches it', () => {
    const code = `import { StartImportCommand, type StartImportCommandInput } from ${SDK};\nconst input: StartImportCommandInput = ${REQUEST};\nnew StartImportCommand(input);\nnew StartImportCommand(input);`;
    expect(found(code, TS)).toEqual([`command: ${MISTAKE.join(', ')}`]);
  });

  it('finds both branches of a conditional request', () => {
    const code = `import { StartImportCommand } from ${SDK};\nexport const f = (retry) => new StartImportCommand(retry ? ${REQUEST} : { Destinations: [] });`;
    expect(found(code)).toEqual([`command: ${MISTAKE.join(', ')}`, 'command: new-import-missing-import-source /ImportSource, destinations-count /Destinations']);
  });

  it('reports a known value that is not an object where a request belongs', () => {
    expect(found(`import { StartImportCommand } from ${SDK};\nnew StartImportCommand('arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/x');`)).toEqual(['command: type-mismatch ']);
  });

  it.each([
    ['a parameter', `export const f = (input) => new StartImportCommand(input);`],
    ['a call', `new StartImportCommand(makeInput());`],
    ['a let', `let input = ${REQUEST};\nnew StartImportCommand(input);`],
    ['no argument at all', `new StartImportCommand();`],
  ])('skips a request whose value is unknown: %s', (_name, code) => {
    expect(found(`import { StartImportCommand } from ${SDK};\n${code}`)).toEqual([]);
  });

  it('does not walk a file that does not name the SDK (without type information)', () => {
    expect(found(`class StartImportCommand {}\nnew StartImportCommand(${REQUEST});\nconst input = ${REQUEST} as StartImportCommandInput;`, TS)).toEqual([]);
  });

  it('finds every request of a file, in source order', () => {
    const code = [
      `import { CloudTrail, StartImportCommand } from ${SDK};`,
      `const client = new CloudTrail({});`,
      `await client.startImport({ ImportId: 'a' });`,
      `new StartImportCommand({ ImportId: 'b' });`,
    ].join('\n');
    const { requests } = lint(code);
    expect(requests.map((r) => [r.kind, r.node.loc?.start.line])).toEqual([['client-method', 3], ['command', 4]]);
  });
});
