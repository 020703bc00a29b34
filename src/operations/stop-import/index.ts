/**
 * StopImport: its model's structural checks (src/generated/cloudtrail-model.ts, `StopImportRequest` and
 * `StopImportResponse`), and the semantic checks of the ImportId it names and of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks, importIdPlaceholder } from '../semantic.js';

export const stopImport = defineOperation('StopImport', {
  request: [importIdPlaceholder('StopImport', '/ImportId')],
  response: [importIdPlaceholder('StopImport', '/ImportId'), ...destinationChecks('StopImport', '/Destinations/*')],
});
