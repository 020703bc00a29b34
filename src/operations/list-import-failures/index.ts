/**
 * ListImportFailures: its model's structural checks (src/generated/cloudtrail-model.ts,
 * `ListImportFailuresRequest` and `ListImportFailuresResponse`), and the semantic check of the
 * ImportId it names. Its output has no semantic check beyond the model's.
 */
import { defineOperation } from '../define.js';
import { importIdPlaceholder } from '../semantic.js';

export const listImportFailures = defineOperation('ListImportFailures', {
  request: [importIdPlaceholder('ListImportFailures', '/ImportId')],
  response: [],
});
