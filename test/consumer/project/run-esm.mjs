// Loads every public subpath of the installed package from an ES module and prints what it got.
// Usage: node run-esm.mjs <schema file>...
import * as contract from 'cloudtrail-import-contract';
import packageJson from 'cloudtrail-import-contract/package.json' with { type: 'json' };
import requestSchema from 'cloudtrail-import-contract/schemas/start-import-request.schema.json' with { type: 'json' };
import { report } from './report.cjs';

const schemas = { 'start-import-request.schema.json': requestSchema.$id };
for (const file of process.argv.slice(2)) {
  const schema = await import(`cloudtrail-import-contract/schemas/${file}`, { with: { type: 'json' } });
  schemas[file] = schema.default.$id;
}

let privateSubpathError = null;
try {
  await import('cloudtrail-import-contract/dist/esm/index.js');
} catch (error) {
  privateSubpathError = error.code ?? String(error);
}

const resolved = import.meta.resolve('cloudtrail-import-contract');
console.log(JSON.stringify(report({ moduleSystem: 'esm', resolved, contract, packageJson, schemas, privateSubpathError })));
