/**
 * StopImport: its model's structural checks (src/generated/cloudtrail-model.ts, `StopImportRequest` and
 * `StopImportResponse`), and the documented checks of the destination of the import it describes.
 */
import { defineOperation } from '../define.js';
import { destinationChecks } from '../semantic.js';

export const stopImport = defineOperation('StopImport', {
  request: [],
  response: destinationChecks('StopImport', '/Destinations/*'),
});
