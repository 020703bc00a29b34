// Samples requests with the consumer's own fast-check through the package's arbitraries, and validates them.
import fc from 'fast-check';
import { validateStartImportRequest } from 'cloudtrail-import-contract';
import { startImportRequest } from 'cloudtrail-import-contract/arbitraries';

const values = fc.sample(startImportRequest({ shape: 'sdk' }), { seed: 1, numRuns: 200 });
const invalid = values.filter((value) => !validateStartImportRequest(value, { shape: 'sdk' }).valid).length;
console.log(JSON.stringify({ moduleSystem: 'esm', sampled: values.length, invalid, resolved: import.meta.resolve('cloudtrail-import-contract/arbitraries') }));
