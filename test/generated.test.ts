import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGenerated } from '../scripts/render-generated.js';
import { logsModelData } from '../scripts/render-logs-model.js';
import { cloudtrailModelData } from '../scripts/render-model.js';
import { renderOperationSchemas } from '../scripts/render-operation-schemas.js';
import { CLOUDTRAIL_MODEL } from '../src/generated/cloudtrail-model.js';
import { LOGS_MODEL } from '../src/generated/logs-model.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };

describe('src/generated', () => {
  it.each(Object.entries(renderGenerated(root)))('%s is what scripts/generate.ts makes of models/, schemas/ and data/ (run `npm run generate`)', (file, text) => {
    expect(readFileSync(`${root}/src/generated/${file}`, 'utf8')).toBe(text);
  });
});

describe('the read operations’ schemas', () => {
  it.each(Object.entries(renderOperationSchemas(version)))('schemas/%s is what scripts/generate.ts makes of the model (run `npm run generate`)', (file, text) => {
    expect(readFileSync(`${root}/schemas/${file}`, 'utf8')).toBe(text);
  });
});

describe('npm run generate', () => {
  it('renders the schemas from the models it reads from models/, which are the generated ones', () => {
    expect(cloudtrailModelData(root)).toEqual(CLOUDTRAIL_MODEL);
    expect(logsModelData(root)).toEqual(LOGS_MODEL);
  });

  it("renders the schemas of every operation of the models it is given (StartImport's are written by hand): a new operation takes one run", () => {
    const { GetImport } = CLOUDTRAIL_MODEL.operations;
    const cloudtrail = { ...CLOUDTRAIL_MODEL, operations: { ...CLOUDTRAIL_MODEL.operations, PauseImport: { ...GetImport, targets: ['CloudTrail_20131101.PauseImport'] as const } } };
    const files = Object.keys(renderOperationSchemas(version, { cloudtrail, logs: LOGS_MODEL }));
    expect(files).toEqual(expect.arrayContaining(['pause-import-request.schema.json', 'pause-import-response.schema.json', 'get-import-request.schema.json', 'create-import-task-request.schema.json']));
    expect(files).not.toContain('start-import-request.schema.json');
    expect(files).toHaveLength(Object.keys(renderOperationSchemas(version)).length + 2);
  });
});

describe('schemas/', () => {
  it.each(readdirSync(`${root}/schemas`).filter((f) => f.endsWith('.json')))("%s has a $id versioned with the package's version", (file) => {
    const schema = JSON.parse(readFileSync(`${root}/schemas/${file}`, 'utf8')) as { $id: string; $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://unpkg.com/cloudtrail-import-contract@${version}/schemas/${file}`);
  });
});
