import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGenerated } from '../scripts/render-generated.js';
import { renderOperationSchemas } from '../scripts/render-operation-schemas.js';

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

describe('schemas/', () => {
  it.each(readdirSync(`${root}/schemas`).filter((f) => f.endsWith('.json')))("%s has a $id versioned with the package's version", (file) => {
    const schema = JSON.parse(readFileSync(`${root}/schemas/${file}`, 'utf8')) as { $id: string; $schema: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://unpkg.com/cloudtrail-import-contract@${version}/schemas/${file}`);
  });
});
