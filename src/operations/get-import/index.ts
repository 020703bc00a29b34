/**
 * GetImport: its model's structural checks (src/generated/cloudtrail-model.ts, `GetImportRequest` and
 * `GetImportResponse`), and the documented checks of the destination and the S3 source of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks, importSourceChecks } from '../semantic.js';

export const getImport = defineOperation('GetImport', {
  request: [],
  response: [destinationChecks('GetImport', '/Destinations/*'), ...importSourceChecks('GetImport')],
});
