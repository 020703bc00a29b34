/**
 * Where the codes StartImport shares with the four other import operations are reported: the
 * `operations` of their catalogue rows. A test holds these equal to
 * what the operations' compiled checks report.
 */
import type { OperationSubjects } from './types.js';

const REQ = ['request'] as const;
const REQ_RES = ['request', 'response'] as const;
const RES = ['response'] as const;
const ERROR = ['error'] as const;

/** The CloudWatch Logs import-task operations, each with requests and responses. */
const LOGS_VALUES: OperationSubjects = { CreateImportTask: REQ_RES, DescribeImportTasks: REQ_RES, DescribeImportTaskBatches: REQ_RES, CancelImportTask: REQ_RES };

export const EVERY_VALUE: OperationSubjects = { GetImport: REQ_RES, ListImports: REQ_RES, StopImport: REQ_RES, ListImportFailures: REQ_RES, ...LOGS_VALUES };
/** Errors answered to every operation (`validateImportError`). */
export const EVERY_ERROR: OperationSubjects = { GetImport: ERROR, ListImports: ERROR, StopImport: ERROR, ListImportFailures: ERROR, CreateImportTask: ERROR, DescribeImportTasks: ERROR, DescribeImportTaskBatches: ERROR, CancelImportTask: ERROR };
export const EVERY_OUTPUT: OperationSubjects = { GetImport: RES, ListImports: RES, StopImport: RES, ListImportFailures: RES };
export const IMPORT_IDS: OperationSubjects = { GetImport: REQ_RES, ListImports: RES, StopImport: REQ_RES, ListImportFailures: REQ };
export const DESTINATIONS: OperationSubjects = { GetImport: RES, ListImports: REQ_RES, StopImport: RES };
/** The outputs that describe imports: their destinations are event data stores' (ListImports' Destination filter has a warning of its own). */
export const DESCRIBED_IMPORTS: OperationSubjects = { GetImport: RES, ListImports: RES, StopImport: RES };
export const IMPORT_SOURCES: OperationSubjects = { GetImport: RES, StopImport: RES };
export const READ_REQUESTS: OperationSubjects = { GetImport: REQ, StopImport: REQ, ListImportFailures: REQ };
/** Where a member the model marks required can be missing: the read operations' ImportId; CreateImportTask's ARNs, importId, and ImportBatch's batchId and status. */
export const REQUIRED_MEMBERS: OperationSubjects = { ...READ_REQUESTS, CreateImportTask: REQ, DescribeImportTaskBatches: REQ_RES, CancelImportTask: REQ };
export const PAGED_REQUESTS: OperationSubjects = { ListImports: REQ, ListImportFailures: REQ };
export const PAGED_VALUES: OperationSubjects = { ListImports: REQ_RES, ListImportFailures: REQ_RES };
export const LIST_IMPORTS_REQUEST: OperationSubjects = { ListImports: REQ };
export const LIST_IMPORT_FAILURES_RESPONSE: OperationSubjects = { ListImportFailures: RES };
