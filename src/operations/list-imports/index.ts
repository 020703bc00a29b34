/**
 * ListImports: its model's structural checks (src/generated/cloudtrail-model.ts,
 * `ListImportsRequest` and `ListImportsResponse`), and the semantic checks of the `Destination`
 * filter (an event data store ARN or ID, as StartImport's destinations) and of each listed import.
 */
import { defineOperation } from '../define.js';
import { destinationChecks } from '../semantic.js';

export const listImports = defineOperation('ListImports', {
  request: [destinationChecks('ListImports', '/Destination')],
  response: [destinationChecks('ListImports', '/Imports/*/Destinations/*')],
});
