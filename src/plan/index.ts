/** The import planner: which objects of a bucket listing a StartImport request would import. */
export { planImport, planImportStream, PlanRequestError, PLAN_ASSUMPTIONS } from './plan-import.js';
export {
  RESTORE_STORAGE_CLASSES,
  SKIP_REASONS,
  type ImportPlan,
  type ListedObject,
  type ListingEntry,
  type ListObjectsV2Page,
  type ObjectTotals,
  type PlanOptions,
  type RestoreGroup,
  type SkippedGroup,
  type SkipReason,
} from './types.js';
export { ListingError, readListObjectsV2, type ListingReadOptions } from './listing.js';
export { MAX_LISTING_VALUE_BYTES } from './limits.js';
export { formatImportPlan } from './format-plan.js';
