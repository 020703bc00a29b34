import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { isAsyncIterable, isIterable } from '../contract/record.js';
import { describe } from '../contract/timestamps.js';
import { parseS3LocationUri } from '../contract/s3.js';
import { formatViolations, validateStartImportRequest } from '../validate/index.js';
import { normalise } from '../validate/normalise.js';
import { violation, type Violation } from '../rules/index.js';
import { readListingInto } from './listing-read.js';
import { Planner, type PlanTarget } from './planner.js';
import type { ImportPlan, ListingEntry, PlanOptions } from './types.js';

const PLAN_OPTIONS = { shape: true, now: true, includeTrees: true, sampleSize: true, keepKeys: true } as const satisfies OptionNames<PlanOptions>;

/** Thrown by `planImport` for a request that is not a valid new import; `violations` says why. */
export class PlanRequestError extends TypeError {
  override readonly name = 'PlanRequestError';

  constructor(
    message: string,
    readonly violations: readonly Violation[],
  ) {
    super(message);
  }
}

/** What the plan assumes of the service, which AWS does not document. */
export const PLAN_ASSUMPTIONS: readonly string[] = [
  'A log file is dated by the UTC minute in its name (…_YYYYMMDDTHHmmZ_…), or by its YYYY/MM/DD folder (day resolution) when the name has none.',
  'A file counts when its minute (or day) overlaps the range with both bounds inclusive; CloudTrail filters events, not files, so files just outside the range may still hold events inside it and are not counted.',
  'The URI prefix is matched as a plain string prefix of the key, as S3 lists objects.',
  "The listing is assumed to be of the URI's bucket.",
  'The uncompressed size is estimated as ten times the compressed size.',
  'GLACIER and DEEP_ARCHIVE objects need a restore; GLACIER_IR is instant retrieval and does not; archive tiers of INTELLIGENT_TIERING cannot be seen in a listing.',
];

interface ReadRequest {
  readonly target: PlanTarget;
  readonly warnings: readonly Violation[];
}

function readRequest(request: unknown, options: PlanOptions): ReadRequest {
  const validation = validateStartImportRequest(request, { shape: options.shape ?? 'auto', ...(options.now === undefined ? {} : { now: options.now }) });
  const errors = validation.violations.filter((v) => v.severity === 'error');
  if (errors.length > 0) throw new PlanRequestError(`the request is not a valid StartImport request:\n${formatViolations(errors)}`, errors);
  if (validation.kind !== 'new') {
    // A retry is valid, but names no bucket: what makes it no new import is what it lacks.
    const missing = [
      violation('new-import-missing-destinations', '/Destinations', 'is missing: plan takes a new import, not a retry (a retry has no listing to plan)'),
      violation('new-import-missing-import-source', '/ImportSource', 'is missing: plan takes a new import, not a retry (a retry has no listing to plan)'),
    ];
    throw new PlanRequestError(`the request must be a new import (Destinations and ImportSource), not a ${validation.kind} one:\n${formatViolations(missing)}`, missing);
  }
  const normalised = normalise(request, options.shape ?? 'auto', 'request');
  // A valid new import has an s3:// URI and its timestamps as seconds.
  if (!('view' in normalised)) throw new PlanRequestError(`the request cannot be read:\n${formatViolations([normalised])}`, [normalised]);
  const location = parseS3LocationUri(normalised.view.s3LocationUri ?? '');
  if (location === undefined) {
    const unread = violation('s3-location-uri-invalid', '/ImportSource/S3/S3LocationUri', 'must be an s3:// URI naming a bucket');
    throw new PlanRequestError(`the request has no S3 location to plan:\n${formatViolations([unread])}`, [unread]);
  }
  // A bound not given does not limit the import: AWS then imports every log under the prefix.
  const start = normalised.view.wire['StartEventTime'];
  const end = normalised.view.wire['EndEventTime'];
  return {
    target: { bucket: location.bucket, prefix: location.prefix, start: typeof start === 'number' ? start : -Infinity, end: typeof end === 'number' ? end : Infinity },
    warnings: validation.violations,
  };
}

/** The trees an `includeTrees` option names beside `CloudTrail`: a list of names, never a string (whose characters would be read as names). */
function treesOf(who: string, includeTrees: unknown): Set<string> {
  const trees = new Set(['CloudTrail']);
  if (includeTrees === undefined) return trees;
  if (!Array.isArray(includeTrees)) throw new TypeError(`${who}: options.includeTrees must be an array of folder names beside CloudTrail/ (got ${describe(includeTrees)})`);
  for (const tree of includeTrees as readonly unknown[]) {
    if (typeof tree !== 'string') throw new TypeError(`${who}: options.includeTrees holds ${describe(tree)}, not a folder name`);
    trees.add(tree);
  }
  return trees;
}

function plannerOf(who: string, request: unknown, objects: unknown, options: PlanOptions): { planner: Planner; warnings: readonly Violation[] } {
  // A string iterates as its characters, each read as a key: a listing file's name is the likely mistake.
  if (typeof objects === 'string') throw new TypeError(`${who}: objects must be a listing's entries, not a string (got ${describe(objects)}); a listing file is read with readListObjectsV2(createReadStream(path))`);
  const { target, warnings } = readRequest(request, options);
  // Only undefined is "not given": null is a value they cannot use.
  const sampleSize: unknown = options.sampleSize === undefined ? 5 : options.sampleSize;
  if (typeof sampleSize !== 'number' || !Number.isSafeInteger(sampleSize) || sampleSize < 0) throw new RangeError(`${who}: options.sampleSize must be a whole number ≥ 0 (got ${describe(sampleSize)})`);
  const keepKeys: unknown = options.keepKeys === undefined ? false : options.keepKeys;
  if (typeof keepKeys !== 'boolean') throw new TypeError(`${who}: options.keepKeys must be true or false (got ${describe(keepKeys)})`);
  return { planner: new Planner(target, { trees: treesOf(who, options.includeTrees), sampleSize, keepKeys }), warnings };
}

/**
 * Plans a new import: which objects of a listing CloudTrail would import for `request` (any shape
 * `validateStartImportRequest` reads), why each other one would not (a `SkipReason`), which need a
 * restore first, totals, and the assumptions behind them. `objects` are keys, list-objects-v2
 * `Contents` items or whole pages. Throws a `PlanRequestError` (a TypeError listing the
 * violations) for a request that is not a valid new import, and a TypeError naming a malformed entry.
 *
 * @example
 * const plan = planImport(request, ['AWSLogs/111122223333/CloudTrail/us-east-1/2024/01/09/111122223333_CloudTrail_us-east-1_20240109T1105Z_a1B2c3D4e5F6g7H8.json.gz']);
 * plan.selected.files; // 1 when the range covers 2024-01-09T11:05Z
 */
export function planImport(request: unknown, objects: Iterable<ListingEntry>, options: PlanOptions = {}): ImportPlan {
  checkOptionsObject('planImport', options, PLAN_OPTIONS);
  if (!isIterable(objects)) throw new TypeError(`planImport: objects must be an iterable of keys, list-objects-v2 Contents items or pages (got ${describe(objects)})`);
  const { planner, warnings } = plannerOf('planImport', request, objects, options);
  for (const entry of objects) planner.add(entry);
  return planner.plan(PLAN_ASSUMPTIONS, warnings);
}

/**
 * `planImport` over a stream of entries (see `readListObjectsV2`), in memory bounded by
 * `sampleSize` rather than the listing's length (unless `keepKeys`). Given a `readListObjectsV2`
 * generator whose pages nobody has asked for yet, it reads the listing straight into the plan,
 * with no page or item objects in between, and decodes only the keys the plan keeps.
 *
 * @example
 * const plan = await planImportStream(request, readListObjectsV2(createReadStream('listing.json')));
 */
export async function planImportStream(request: unknown, objects: AsyncIterable<ListingEntry> | Iterable<ListingEntry>, options: PlanOptions = {}): Promise<ImportPlan> {
  checkOptionsObject('planImportStream', options, PLAN_OPTIONS);
  if (!isIterable(objects) && !isAsyncIterable(objects)) {
    throw new TypeError(`planImportStream: objects must be an iterable or async iterable of keys, list-objects-v2 Contents items or pages (got ${describe(objects)})`);
  }
  const { planner, warnings } = plannerOf('planImportStream', request, objects, options);
  // A listing read by readListObjectsV2 goes straight to the planner, with no objects in between.
  const direct = await readListingInto(objects, (item) => {
    planner.addKey(item.keyBytes, item.keyStart, item.keyEnd, item.keyText, item.size, item.storageClass);
  });
  if (!direct) for await (const entry of objects) planner.add(entry);
  return planner.plan(PLAN_ASSUMPTIONS, warnings);
}
