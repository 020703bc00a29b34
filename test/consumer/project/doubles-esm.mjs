// Drives the test doubles as a user's ES module would, with the consumer's own msw, aws-sdk-client-mock and SDK.
import { CloudTrailClient, GetImportCommand, ImportNotFoundException, StartImportCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { setupServer } from 'msw/node';
import { useFakeCloudTrailImports } from 'cloudtrail-import-contract/client-mock';
import { importContractPlugin, ImportContractViolationError } from 'cloudtrail-import-contract/client-plugin';
import { createFakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import { startImportMatchers } from 'cloudtrail-import-contract/matchers';
import { cloudTrailImportHandlers, createImportRecorder } from 'cloudtrail-import-contract/msw';
import { scenario } from './doubles-scenario.cjs';

console.log(
  JSON.stringify(
    await scenario({ CloudTrailClient, GetImportCommand, ImportNotFoundException, StartImportCommand, mockClient, setupServer, useFakeCloudTrailImports, importContractPlugin, ImportContractViolationError, createFakeCloudTrailImports, startImportMatchers, cloudTrailImportHandlers, createImportRecorder }),
  ),
);
