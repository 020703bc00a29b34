/**
 * ListImports: its model's structural checks (src/generated/cloudtrail-model.ts,
 * `ListImportsRequest` and `ListImportsResponse`), the `Destination` filter's warning (an event
 * data store ARN or ID, as StartImport's destinations, or it matches no import) and the semantic
 * checks of each listed import.
 */
import { defineOperation } from '../define.js';
import { destinationChecks, destinationFilterCheck } from '../semantic.js';

export const listImports = defineOperation('ListImports', {
  request: [destinationFilterCheck('ListImports', '/Destination')],
  response: [destinationChecks('ListImports', '/Imports/*/Destinations/*')],
});
