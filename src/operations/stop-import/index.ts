/**
 * StopImport: its model's structural checks (src/generated/cloudtrail-model.ts, `StopImportRequest` and
 * `StopImportResponse`), and the documented checks of the destination and the S3 source of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks, importSourceChecks } from '../semantic.js';

export const stopImport = defineOperation('StopImport', {
  request: [],
  response: [destinationChecks('StopImport', '/Destinations/*'), ...importSourceChecks('StopImport')],
});
