/**
 * ListImportFailures: its model's structural checks (src/generated/cloudtrail-model.ts,
 * `ListImportFailuresRequest` and `ListImportFailuresResponse`) alone: it has no documented
 * check beyond the model's.
 */
import { defineOperation } from '../define.js';

export const listImportFailures = defineOperation('ListImportFailures', {
  request: [],
  response: [],
});
