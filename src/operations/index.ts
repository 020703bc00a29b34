export { SHAPE_CODES } from './codes.js';
export type { OperationContracts } from './define.js';
export { operationContracts, validateImportRequest, validateImportResponse } from './validate-import.js';
export { validateImportError } from './validate-import-error.js';
export type { CompiledOperation, ImportValidationOptions, ReadOperation } from './validate-import.js';
export { validatePartialImportRequest, type PartialImportRequestOptions } from './validate-partial-import.js';
