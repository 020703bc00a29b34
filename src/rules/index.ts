import type { Rule } from './context.js';
import { destinationRule } from './destination.js';
import { importIdRule } from './import-id.js';
import { partitionRule } from './partition.js';
import { requestKindRule } from './request-kind.js';
import { responseEchoRule } from './response-echo.js';
import { responseFieldsRule } from './response-fields.js';
import { roleArnRule } from './role-arn.js';
import { s3BucketRegionRule } from './s3-bucket-region.js';
import { s3LocationRule } from './s3-location.js';
import { timeRangeRule } from './time-range.js';

export { catalogueEntry, catalogueRank, ruleCatalogue } from './catalogue.js';
export { NO_VIOLATIONS, viewOf } from './context.js';
export { checkedLength, MAX_LIST_ITEMS_CHECKED, MAX_VIOLATIONS_PER_DOCUMENT } from './limits.js';
export type { Presence, RequestKind, Rule, RuleContext, ValueView, WireObject } from './context.js';
export { requestKindOf } from './request-kind.js';
export { isExtensionCode, isPolicyCode } from './types.js';
export type { Basis, CatalogueEntry, ExtensionCode, Severity, Subject, Violation, ViolationCode } from './types.js';
export { pointer, pointerKeys, violation } from './violation.js';

/** The rules a request is checked by, in catalogue order; a tuple, so the validator can call each at a call site of its own. */
export const REQUEST_RULES = [
  requestKindRule,
  destinationRule,
  s3LocationRule,
  s3BucketRegionRule,
  roleArnRule,
  partitionRule,
  importIdRule,
  timeRangeRule,
] as const satisfies readonly Rule[];

/**
 * The rules beyond the schemas' structure. The structural codes (unknown-member, type-mismatch,
 * destinations-count, …) come from the schemas themselves, mapped by the validator's schema-error mapping.
 */
export const rules: readonly Rule[] = [...REQUEST_RULES, responseFieldsRule, responseEchoRule];
