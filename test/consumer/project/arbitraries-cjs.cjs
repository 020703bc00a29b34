// The CommonJS twin of arbitraries-esm.mjs.
const fc = require('fast-check');
const { validateStartImportRequest } = require('cloudtrail-import-contract');
const { startImportRequest } = require('cloudtrail-import-contract/arbitraries');

const values = fc.sample(startImportRequest({ shape: 'sdk' }), { seed: 1, numRuns: 200 });
const invalid = values.filter((value) => !validateStartImportRequest(value, { shape: 'sdk' }).valid).length;
console.log(JSON.stringify({ moduleSystem: 'cjs', sampled: values.length, invalid, resolved: require.resolve('cloudtrail-import-contract/arbitraries') }));
