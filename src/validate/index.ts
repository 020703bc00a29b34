export { formatViolation, formatViolations, formatViolationsUpTo } from './format.js';
export { MAX_CONVERTED_LIST_LENGTH, SdkInputConversionError, toWireStartImportRequest } from './to-wire.js';
export type {
  ClassifyOptions,
  Clock,
  ErrorValidationOptions,
  RequestValidationOptions,
  ResponseValidationOptions,
  ShapeOption,
  ValidationResult,
} from './types.js';
export { validateStartImportError, sanitizeErrorName } from './validate-error.js';
export { classifyStartImportRequest, validateStartImportRequest } from './validate-request.js';
export { validateStartImportResponse } from './validate-response.js';
export { validateImportHttpRequest } from './validate-wire.js';
export type { HeaderLookup, ImportHttpRequest, WireValidationOptions, WireValidationResult } from './validate-wire.js';
export type { ImportSource, S3ImportSource, StartImportSdkInput, StartImportWireRequest } from './wire-types.js';
export { validatePartialStartImportRequest, type PartialRequestOptions, type PartialValidationResult } from './validate-partial.js';
