// Drives the test doubles as a user's CommonJS module would, with the consumer's own msw, aws-sdk-client-mock and SDK.
const { CloudTrailClient, GetImportCommand, ImportNotFoundException, StartImportCommand } = require('@aws-sdk/client-cloudtrail');
const { mockClient } = require('aws-sdk-client-mock');
const { setupServer } = require('msw/node');
const { useFakeCloudTrailImports } = require('cloudtrail-import-contract/client-mock');
const { importContractPlugin, ImportContractViolationError } = require('cloudtrail-import-contract/client-plugin');
const { createFakeCloudTrailImports } = require('cloudtrail-import-contract/fake');
const { startImportMatchers } = require('cloudtrail-import-contract/matchers');
const { cloudTrailImportHandlers, createImportRecorder } = require('cloudtrail-import-contract/msw');
const { scenario } = require('./doubles-scenario.cjs');

scenario({ CloudTrailClient, GetImportCommand, ImportNotFoundException, StartImportCommand, mockClient, setupServer, useFakeCloudTrailImports, importContractPlugin, ImportContractViolationError, createFakeCloudTrailImports, startImportMatchers, cloudTrailImportHandlers, createImportRecorder }).then(
  (report) => console.log(JSON.stringify(report)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
