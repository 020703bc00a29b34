// Loads every public subpath of the installed package from CommonJS and prints what it got.
// Usage: node run-cjs.cjs <schema file>...
'use strict';

const contract = require('cloudtrail-import-contract');
const packageJson = require('cloudtrail-import-contract/package.json');
const { report } = require('./report.cjs');

const schemas = {};
for (const file of process.argv.slice(2)) {
  schemas[file] = require(`cloudtrail-import-contract/schemas/${file}`).$id;
}

let privateSubpathError = null;
try {
  require('cloudtrail-import-contract/dist/cjs/index.js');
} catch (error) {
  privateSubpathError = error.code ?? String(error);
}

const resolved = require.resolve('cloudtrail-import-contract');
console.log(JSON.stringify(report({ moduleSystem: 'cjs', resolved, contract, packageJson, schemas, privateSubpathError })));
