// What a consumer sees of the installed package, as one JSON-ready object; shared by the ES module
// and CommonJS entry scripts, which each load the package their own way and pass it in.
'use strict';

const samples = require('./samples.json');

/** Runs every sample through the loaded package, in the cli shape, then (the first) as SDK input and as wire. */
function validateSamples(contract) {
  const results = {};
  for (const { name, request } of samples) {
    results[name] = summarise(contract, contract.validateStartImportRequest(request, { shape: 'cli' }));
  }
  const { request } = samples[0];
  const sdkInput = { ...request, StartEventTime: new Date(request.StartEventTime), EndEventTime: new Date(request.EndEventTime) };
  results[`${samples[0].name} (sdk)`] = summarise(contract, contract.validateStartImportRequest(sdkInput, { shape: 'sdk' }));
  const wire = contract.toWireStartImportRequest(sdkInput);
  results[`${samples[0].name} (wire)`] = summarise(contract, contract.validateStartImportRequest(wire, { shape: 'wire' }));
  return results;
}

function summarise(contract, result) {
  return {
    valid: result.valid,
    kind: result.kind,
    codes: result.violations.map((violation) => violation.code),
    formatted: contract.formatViolations(result.violations),
  };
}

function report({ moduleSystem, resolved, contract, packageJson, schemas, privateSubpathError }) {
  return {
    moduleSystem,
    resolved,
    exports: Object.keys(contract).sort(),
    packageJson: { name: packageJson.name, version: packageJson.version },
    schemas,
    ruleCodes: contract.ruleCatalogue.map((entry) => entry.code),
    results: validateSamples(contract),
    privateSubpathError,
  };
}

module.exports = { report };
