/**
 * GetImport: its model's structural checks (src/generated/cloudtrail-model.ts, `GetImportRequest` and
 * `GetImportResponse`), and the semantic checks of the ImportId it names and of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks, importIdPlaceholder } from '../semantic.js';

export const getImport = defineOperation('GetImport', {
  request: [importIdPlaceholder('GetImport', '/ImportId')],
  response: [importIdPlaceholder('GetImport', '/ImportId'), ...destinationChecks('GetImport', '/Destinations/*')],
});
