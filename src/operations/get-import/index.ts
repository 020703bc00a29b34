/**
 * GetImport: its model's structural checks (src/generated/cloudtrail-model.ts, `GetImportRequest` and
 * `GetImportResponse`), and the documented checks of the destination of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks } from '../semantic.js';

export const getImport = defineOperation('GetImport', {
  request: [],
  response: destinationChecks('GetImport', '/Destinations/*'),
});
