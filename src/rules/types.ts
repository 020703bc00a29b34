import type { ContractOperation, ExceptionName } from '../contract/operations.js';

/** How bad a violation is: a value is valid when it has no `error` violation. */
export type Severity = 'error' | 'warning';

/**
 * Where a check comes from: the Smithy `model`, AWS's `documented` prose, an `inferred`
 * (assumed) reading of that prose, or the user's organisation `policy`.
 */
export type Basis = 'model' | 'documented' | 'inferred' | 'policy';

/**
 * What a rule checks: a StartImport request, its response, an error answered to it, or the HTTP
 * request (`wire`) an import operation arrives in.
 */
export type Subject = 'request' | 'response' | 'error' | 'wire';

/** For each operation other than StartImport (the CloudWatch Logs ones included), the kinds of its values a code is reported for. */
export type OperationSubjects = Readonly<Partial<Record<Exclude<ContractOperation, 'StartImport'>, readonly Subject[]>>>;

/** The stable codes of the contract's checks (docs/contract.md, "The checks"). */
export type ViolationCode =
  | 'unknown-member'
  | 'type-mismatch'
  | 'timestamp-invalid'
  | 'required-member-missing'
  | 'request-empty'
  | 'new-import-missing-destinations'
  | 'new-import-missing-import-source'
  | 'retry-with-new-import-params'
  | 'destinations-count'
  | 'destination-length'
  | 'destination-pattern'
  | 'destination-not-event-data-store'
  | 'destination-region-invalid'
  | 'destination-id-not-uuid'
  | 'import-source-missing-s3'
  | 's3-member-missing'
  | 's3-location-uri-invalid'
  | 's3-bucket-name-invalid'
  | 's3-bucket-name-legacy'
  | 's3-prefix-not-cloudtrail'
  | 's3-bucket-region-invalid'
  | 'role-arn-invalid'
  | 'partition-mismatch'
  | 'import-id-invalid'
  | 'import-id-placeholder'
  | 'max-results-out-of-range'
  | 'next-token-length'
  | 'import-status-filter-invalid'
  | 'destination-filter-not-event-data-store'
  | 'time-range-reversed'
  | 'time-range-empty'
  | 'time-range-half-open'
  | 'time-range-in-future'
  | 'response-import-status-invalid'
  | 'response-failure-status-invalid'
  | 'response-missing-import-id'
  | 'response-timestamps-reversed'
  | 'response-mismatch-request'
  | 'response-status-unexpected'
  | 'error-not-modeled'
  | 'error-status-mismatch'
  | 'error-body-invalid'
  | 'wire-target-unknown'
  | 'wire-content-type-invalid'
  | 'wire-body-not-json'
  | 'violations-truncated'
  | LogsViolationCode;

/** The codes of the CloudWatch Logs import-task operations' own checks (docs/contract.md, "The CloudWatch Logs import tasks"). */
export type LogsViolationCode =
  | 'logs-import-id-invalid'
  | 'logs-limit-out-of-range'
  | 'logs-next-token-empty'
  | 'logs-import-status-invalid'
  | 'logs-timestamp-negative'
  | 'logs-batch-id-invalid'
  | 'logs-import-source-not-event-data-store'
  | 'logs-source-filter-not-event-data-store'
  | 'logs-import-role-arn-invalid'
  | 'logs-partition-mismatch'
  | 'logs-time-range-reversed'
  | 'logs-time-in-seconds'
  | 'logs-time-outside-retention'
  | 'logs-time-in-future'
  | 'logs-destination-not-log-group'
  | 'logs-cancel-status-not-cancelled'
  | 'logs-batch-error-without-failure'
  | 'logs-response-timestamps-reversed';

/**
 * The code of a finding an extension of the core adds: an organisation policy's rule
 * (`policy/<rule>`, the /policy subpath) or an import role check (`role/<check>`, the /role subpath). The core knows
 * their form, not their rules: the core depends on no extension.
 */
export type ExtensionCode = `policy/${string}` | `role/${string}`;

/** Whether `code` is an extension's (`policy/…`, `role/…`), which the catalogue does not list. */
export function isExtensionCode(code: ViolationCode | ExtensionCode): code is ExtensionCode {
  return code.startsWith('policy/') || code.startsWith('role/');
}

/** Whether `code` is an organisation policy's code (`policy/<rule>`), which the catalogue does not list. */
export function isPolicyCode(code: ViolationCode | ExtensionCode): code is `policy/${string}` {
  return code.startsWith('policy/');
}

/**
 * The codes an extension adds to what the contract's validators report, by extension: empty in
 * the core. The policy module adds its `policy/<rule>` codes to it (declaration merging), so a
 * validator's `Violation` names them exactly while the core imports nothing of the extension.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the extensions' declaration merging
export interface ReportedExtensionCodes {}

/** A code an extension adds to the validators' reports (`policy/<rule>` once the policy module is loaded). */
export type ReportedExtensionCode = ReportedExtensionCodes[keyof ReportedExtensionCodes];

/**
 * One finding about a checked value. `Code` is the codes it can have: by default a catalogue code
 * or, with an organisation policy, a policy code; the role check's findings are
 * `Violation<RoleCheckCode>`.
 */
export interface Violation<Code extends ViolationCode | ExtensionCode = ViolationCode | ReportedExtensionCode> {
  /** The stable catalogue code, `policy/<rule>` for an organisation policy's rule (basis `policy`), or `role/<check>` for the role check's. */
  readonly code: Code;
  readonly severity: Severity;
  /** JSON Pointer into the checked value (`''` is the value itself). */
  readonly path: string;
  /** One line, lower case, in the "must …" voice. */
  readonly message: string;
  readonly basis: Basis;
  /** The exception the real service would most likely answer with, where one fits. */
  readonly exception?: ExceptionName;
}

/** One entry of the rule catalogue. */
export interface CatalogueEntry {
  readonly code: ViolationCode;
  readonly severity: Severity;
  readonly basis: Basis;
  readonly exception?: ExceptionName;
  /** The kinds of StartImport value the code is reported for (none: a code of the other operations only). */
  readonly subjects: readonly Subject[];
  /** The other import operations the code is reported for, each with the kinds of its values (absent: none). */
  readonly operations?: OperationSubjects;
  /** What the check requires, one sentence. */
  readonly description: string;
}
