import { readFileSync } from 'node:fs';
import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { START_IMPORT_ERROR_NAMES } from '../../src/contract/model.js';
import { loadSchemas, ROOT } from '../support/json-schemas.js';
import { compareMemberNames, memberStructure, readStructure, schemaPropertyNames, type Problem, type SdkStructure } from '../support/sdk-members.js';

const schemas = loadSchemas();
const sdkExports = new Map<string, unknown>(Object.entries(cloudtrail));
const sdkVersion = (JSON.parse(readFileSync(`${ROOT}/node_modules/@aws-sdk/client-cloudtrail/package.json`, 'utf8')) as { version: string }).version;

/** The structure, or a failure that says why it could not be read (never an empty member list). */
function understood(found: SdkStructure | Problem): SdkStructure {
  if ('problem' in found) throw new Error(found.problem);
  return found;
}

function exported(name: string): SdkStructure {
  return understood(readStructure(sdkExports.get(name), `@aws-sdk/client-cloudtrail's export ${name}`));
}

/** The structure a path of members leads to from an exported structure. */
function reached(root: string, path: readonly string[]): SdkStructure {
  return path.reduce((structure, member) => understood(memberStructure(structure, member)), exported(root));
}

/** Each SDK structure whose members must equal the properties of a schema object (reached through the same members). */
const structures = [
  { root: 'StartImportRequest$', file: 'start-import-request.schema.json', path: [] },
  { root: 'StartImportResponse$', file: 'start-import-response.schema.json', path: [] },
  { root: 'StartImportRequest$', file: 'start-import-request.schema.json', path: ['ImportSource'] },
  { root: 'StartImportRequest$', file: 'start-import-request.schema.json', path: ['ImportSource', 'S3'] },
  { root: 'StartImportResponse$', file: 'start-import-response.schema.json', path: ['ImportSource'] },
  { root: 'StartImportResponse$', file: 'start-import-response.schema.json', path: ['ImportSource', 'S3'] },
].map((s) => ({ ...s, where: [s.root, ...s.path].join('.') }));

describe(`@aws-sdk/client-cloudtrail ${sdkVersion}`, () => {
  it.each(structures)('has exactly the members of $file at $where', ({ root, file, path, where }) => {
    const structure = reached(root, path);
    expect(compareMemberNames(structure.memberNames, schemaPropertyNames(schemas, file, path), `${where} (${structure.name}) ↔ ${file}`)).toEqual([]);
  });

  it('names the StartImport structures in the CloudTrail namespace', () => {
    expect([exported('StartImportRequest$'), exported('StartImportResponse$')].map((s) => `${s.namespace}#${s.name}`)).toEqual([
      'com.amazonaws.cloudtrail#StartImportRequest',
      'com.amazonaws.cloudtrail#StartImportResponse',
    ]);
  });

  it.each(START_IMPORT_ERROR_NAMES)('exports an exception class %s whose instances are named %s', (name) => {
    const found = sdkExports.get(name);
    expect(typeof found, `@aws-sdk/client-cloudtrail exports no ${name}`).toBe('function');
    const Exception = found as new (options: { message: string; $metadata: object }) => unknown;
    const instance = new Exception({ message: 'x', $metadata: {} });
    expect(instance).toBeInstanceOf(Error);
    expect(instance).toMatchObject({ name, message: 'x' });
  });
});

describe('compareMemberNames', () => {
  const members = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime', 'ImportId'];

  it('reports nothing when the SDK and the schema have the same members in another order', () => {
    expect(compareMemberNames([...members].reverse(), members, 'StartImportRequest')).toEqual([]);
  });

  it('reports a member an SDK upgrade added', () => {
    expect(compareMemberNames([...members, 'Tags'], members, 'StartImportRequest')).toEqual([
      "StartImportRequest: the SDK has member 'Tags', which the schema's properties lack",
    ]);
  });

  it('reports a member an SDK upgrade removed', () => {
    expect(compareMemberNames(members.filter((m) => m !== 'ImportId'), members, 'StartImportRequest')).toEqual([
      "StartImportRequest: the schema has property 'ImportId', which the SDK's structure lacks",
    ]);
  });
});

describe('readStructure', () => {
  it('reads a static structure schema behind a thunk', () => {
    expect(readStructure(() => [3, 'ns', 'Thing', 0, ['A', 'B'], [0, 0]], 'Thing$')).toEqual({
      namespace: 'ns',
      name: 'Thing',
      memberNames: ['A', 'B'],
      memberSchemas: [0, 0],
    });
  });

  it.each([
    { description: 'an absent export (an SDK without schema-based serde)', value: undefined },
    { description: 'an operation schema', value: [9, 'ns', 'StartImport', 0, 0, 0] },
    { description: 'member names and schemas of different lengths', value: [3, 'ns', 'Thing', 0, ['A', 'B'], [0]] },
    { description: 'a schema object instead of an array', value: { name: 'Thing', members: {} } },
  ])('fails with a message naming the export when given $description', ({ value }) => {
    const found = readStructure(value, 'Thing$');
    expect(found).toEqual({ problem: expect.stringContaining('Thing$ is not a static structure schema') as unknown });
    expect(found).toEqual({ problem: expect.stringContaining('update test/support/sdk-members.ts') as unknown });
  });
});
