import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codes, lint } from './support.js';

const HEAD = "import { StartImportCommand, CloudTrailClient } from '@aws-sdk/client-cloudtrail';\n";
const EDS = 'arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a';
const ID = '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
const S3 = "{ S3LocationUri: 'https://not-s3/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' }";
const NOW = new Date('2026-11-24T00:00:00Z');

/** The codes reported over every request of `body` (after the import of the SDK), request by request. */
function reported(body: string): string[][] {
  const { requests, messages } = lint(HEAD + body, { now: NOW });
  expect(messages).toEqual([]);
  return requests.map((request) => codes(request));
}

describe('a const bound to an object, an array or a Date', () => {
  it('is followed when nothing changes it (reading a member, passing it on, spreading it)', () => {
    const body = `const o = { ImportId: 'BAD' };\nconsole.log(o.ImportId, o);\nnew StartImportCommand({ ...o });\nnew StartImportCommand(o);\n`;
    expect(reported(body)).toEqual([['import-id-invalid /ImportId'], ['import-id-invalid /ImportId']]);
  });

  it.each([
    ['a member assigned', `o.ImportId = '${ID}';`],
    ['a member assigned by a computed key', `o['ImportId'] = '${ID}';`],
    ['a member assigned with an operator', `o.ImportId += '';`],
    ['a member updated', 'o.n++;'],
    ['a member deleted', 'delete o.ImportId;'],
    ['a member written by destructuring', `[o.ImportId] = ['${ID}'];`],
    ['a member written by object destructuring', `({ id: o.ImportId } = { id: '${ID}' });`],
    ['a member as a for…of target', `for (o.ImportId of ['${ID}']) break;`],
    ['Object.assign', `Object.assign(o, { ImportId: '${ID}' });`],
    ['Reflect.set', `Reflect.set(o, 'ImportId', '${ID}');`],
    ['Object.defineProperty', `Object.defineProperty(o, 'ImportId', { value: '${ID}' });`],
    ['an alias const', `const p = o; p.ImportId = '${ID}';`],
    ['an alias through a conditional', `const p = Math.random() > 0.5 ? o : {}; p.ImportId = '${ID}';`],
    ['an alias assigned to a let', `let keep; keep = o; keep.ImportId = '${ID}';`],
    ['a change inside a function', `export function fix() { o.ImportId = '${ID}'; }`],
    ['a change written after the call', ''],
    ['a member written through a for…of variable', `for (const item of [o]) item.ImportId = '${ID}';`],
    ['a member written through a callback parameter', `[o].forEach((item) => { item.ImportId = '${ID}'; });`],
    ['a member of an object holding it written', `const holder = { r: o };\nholder.r.ImportId = '${ID}';`],
    ['a member written through a name destructured from an object holding it', `const holder = { a: o };\nconst { a } = holder;\na.ImportId = '${ID}';`],
    ['a member written through a name destructured from a literal holding it', `const { a } = { a: o };\na.ImportId = '${ID}';`],
    ['a member written through an array element destructured', `const [a] = [o];\na.ImportId = '${ID}';`],
    ['a member written through nested destructuring', `const { x: [{ y }] } = { x: [{ y: o }] };\ny.ImportId = '${ID}';`],
    ['a member written through a destructuring assignment', `let a;\n({ a } = { a: o });\na.ImportId = '${ID}';`],
    ['a member written through the value of an assignment', `let a;\n(a = o).ImportId = '${ID}';`],
    ['a member written through a destructured callback parameter', `[{ r: o }].forEach(({ r }) => { r.ImportId = '${ID}'; });`],
  ])('is unknown when %s', (_what, change) => {
    const after = change === '' ? `o.ImportId = '${ID}';\n` : '';
    const body = `const o = { ImportId: 'BAD' };\n${change}\nnew StartImportCommand(o);\n${after}`;
    // Its value unknown, the request is not read at all.
    expect(reported(body)).toEqual([]);
  });

  it('is unknown when a nested object it holds is changed, through the const or an alias of the nested object', () => {
    const request = `{ Destinations: ['${EDS}'], ImportSource: { S3: ${S3} } }`;
    expect(reported(`const o = ${request};\nnew StartImportCommand(o);\n`)).toEqual([['s3-location-uri-invalid /ImportSource/S3/S3LocationUri']]);
    expect(reported(`const o = ${request};\no.ImportSource.S3.S3LocationUri = 's3://b/';\nnew StartImportCommand(o);\n`)).toEqual([]);
    expect(reported(`const o = ${request};\nconst s3 = o.ImportSource.S3;\ns3.S3LocationUri = 's3://b/';\nnew StartImportCommand(o);\n`)).toEqual([]);
    expect(reported(`const s3 = ${S3};\nconst o = { Destinations: ['${EDS}'], ImportSource: { S3: s3 } };\no.ImportSource.S3.S3LocationUri = 's3://b/';\nnew StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: s3 } });\n`)).toEqual([[]]);
  });

  it('is unknown when an array method changes it, not when one only reads it', () => {
    const request = (list: string): string => `const list = ${list};\n%\nnew StartImportCommand({ Destinations: list, ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } } });\n`;
    expect(reported(request("['bad!']").replace('%', `list.push('${EDS}'); list.shift();`))).toEqual([[]]);
    expect(reported(request("['bad!']").replace('%', `list[0] = '${EDS}';`))).toEqual([[]]);
    expect(reported(request("['bad!']").replace('%', 'console.log(list.map((x) => x), list.length);'))).toEqual([['destination-pattern /Destinations/0', 'destination-not-event-data-store /Destinations/0']]);
  });

  it("is unknown when a Date's setter changes it", () => {
    const body = (change: string): string =>
      `const from = new Date('2024-03-01T00:00:00Z');\n${change}\nnew StartImportCommand({ Destinations: ['${EDS}'], ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } }, StartEventTime: from, EndEventTime: new Date('2024-02-01T00:00:00Z') });\n`;
    expect(reported(body(''))).toEqual([['time-range-reversed /StartEventTime']]);
    expect(reported(body("from.setUTCMonth(0);"))).toEqual([[]]);
    expect(reported(body("from.setTime(0);"))).toEqual([[]]);
  });

  it("is unknown when a changing method is called on it through call, apply or Reflect.apply", () => {
    const body = (change: string): string =>
      `const from = new Date('2024-03-01T00:00:00Z');\nconst list = ['bad!'];\n${change}\nnew StartImportCommand({ Destinations: list, ImportSource: { S3: { S3LocationUri: 's3://example-trail-logs/', S3BucketRegion: 'us-east-1', S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/R' } }, StartEventTime: from, EndEventTime: new Date('2024-02-01T00:00:00Z') });\n`;
    expect(reported(body(''))).toEqual([['destination-pattern /Destinations/0', 'destination-not-event-data-store /Destinations/0', 'time-range-reversed /StartEventTime']]);
    expect(reported(body(`Date.prototype.setTime.call(from, 0);\nArray.prototype.splice.apply(list, [0, 1, '${EDS}']);`))).toEqual([[]]);
    expect(reported(body(`Reflect.apply(Date.prototype.setTime, from, [0]);\nReflect.apply(Array.prototype.splice, list, [0, 1, '${EDS}']);`))).toEqual([[]]);
  });

  it('is still followed when a copy destructured from an object holding it is changed at its own level', () => {
    // (Depths, not member names, are followed, as for member reads: a sibling destructured at the same depth is taken as maybe it, so unknown.)
    expect(reported(`const o = { ImportId: 'BAD' };\nconst { ...copy } = { a: o };\ncopy.a = {};\nnew StartImportCommand(o);\n`)).toEqual([['import-id-invalid /ImportId']]);
  });

  it('is still followed when only a copy of it, or an object holding it, is changed', () => {
    const copies = [
      'const copy = { ...o };\ncopy.ImportId = `${"x"}`;',
      'const items = [...[o]];\nitems.sort();',
      'const holder = { r: o };\nholder.other = 1;\nholder.r = {};',
      '[o].push(1);',
      'const picked = { id: o.ImportId };\npicked.id = "";',
    ];
    for (const copy of copies) expect(reported(`const o = { ImportId: 'BAD' };\n${copy}\nnew StartImportCommand(o);\n`), copy).toEqual([['import-id-invalid /ImportId']]);
    expect(reported(`const o = { ImportSource: { S3: ${S3} } };\nconst copy = { ...o };\ncopy.ImportSource.S3.S3LocationUri = 's3://example-trail-logs/';\nnew StartImportCommand({ Destinations: ['${EDS}'], ...o });\n`)).toEqual([[]]);
  });

  it('leaves a command unread when its input is changed through the command', () => {
    const body = `const client = new CloudTrailClient({});\nconst command = new StartImportCommand({ ImportId: 'BAD' });\ncommand.input.ImportId = '${ID}';\nawait client.send(command);\n`;
    expect(reported(body)).toEqual([]);
  });

  it('reads each alias once however the aliases meet, and takes a chain past 16 aliases as changed', () => {
    // 14 levels of two aliases each bound to both of the level before: 2^14 paths, 28 aliases.
    const levels = Array.from({ length: 14 }, (_, n) => {
      const [b, c] = [`b${String(n)}`, `c${String(n)}`];
      return `const b${String(n + 1)} = Math.random() > 0.5 ? ${b} : ${c};\nconst c${String(n + 1)} = Math.random() > 0.5 ? ${c} : ${b};`;
    });
    const diamond = (change: string): string => `const o = { ImportId: 'BAD' };\nconst b0 = o;\nconst c0 = o;\n${levels.join('\n')}\n${change}\nnew StartImportCommand(o);\n`;
    expect(reported(diamond(''))).toEqual([['import-id-invalid /ImportId']]);
    expect(reported(diamond(`c14.ImportId = '${ID}';`))).toEqual([]);
    const chain = `const a0 = { ImportId: 'BAD' };\n${Array.from({ length: 5000 }, (_, n) => `const a${String(n + 1)} = a${String(n)};`).join('\n')}\nnew StartImportCommand(a0);\n`;
    expect(reported(chain)).toEqual([]);
  });

  it('is followed when no reference changes it, whatever else the code does with it (property)', () => {
    const harmless = fc.constantFrom(
      () => 'console.log(o, o.ImportId);',
      (n: number) => `const n${String(n)} = o.ImportId.length;`,
      (n: number) => `const copy${String(n)} = { ...o };`,
      () => 'sink.ImportId = o.ImportId;',
      (n: number) => `const list${String(n)} = [o]; list${String(n)}.map(String);`,
      () => 'JSON.stringify(o) ?? validate(o);',
      (n: number) => `export const read${String(n)} = () => o.ImportId;`,
    );
    fc.assert(
      fc.property(fc.array(harmless, { maxLength: 5 }), (lines) => {
        const body = `const sink = {};\nconst validate = (x) => x;\nconst o = { ImportId: 'BAD' };\n${lines.map((line, n) => line(n)).join('\n')}\nnew StartImportCommand(o);\n`;
        expect(reported(body)).toEqual([['import-id-invalid /ImportId']]);
      }),
      { numRuns: 40 },
    );
  });
});
