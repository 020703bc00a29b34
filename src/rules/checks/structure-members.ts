/**
 * The structural checks of a StartImport request's list size, string lengths and patterns and
 * required members (`schemas/common.schema.json`), one code each, reporting violations directly.
 */
import { EVENT_DATA_STORE_ARN, EVENT_DATA_STORE_ARN_SHAPE, IMPORT_DESTINATIONS, IMPORT_ID_SHAPE, isImportIdPlaceholder, meetsStringShape, S3_IMPORT_SOURCE_MEMBERS } from '../../contract/model.js';
import { clip } from '../../contract/timestamps.js';
import { START_IMPORT, violationOf, type StartImportCheck } from '../report.js';
import type { CatalogueEntry } from '../types.js';
import { isRecord } from '../../contract/record.js';
import { DESCRIBED_IMPORTS, DESTINATIONS, IMPORT_IDS, IMPORT_SOURCES } from '../operation-subjects.js';

const REQ_RES = ['request', 'response'] as const;

const destinationsCountRow: CatalogueEntry = {
  code: 'destinations-count',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: DESCRIBED_IMPORTS,
  description: 'Destinations must hold exactly one event data store',
};

/** destinations-count: a Destinations list of other than one item. */
export const destinationsCountCheck: StartImportCheck = {
  row: destinationsCountRow,
  operations: START_IMPORT,
  reads: ['/Destinations'],
  lintRule: 'valid-destination',
  run(view, _context, out) {
    const { destinations } = view;
    if (!Array.isArray(destinations)) return;
    const count = (destinations as readonly unknown[]).length;
    if (count > IMPORT_DESTINATIONS.maxItems || count < IMPORT_DESTINATIONS.minItems) {
      out.push(violationOf(destinationsCountRow, '/Destinations', `must hold exactly ${IMPORT_DESTINATIONS.maxItems} event data store (got ${count})`));
    }
  },
};

const destinationLengthRow: CatalogueEntry = {
  code: 'destination-length',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: DESTINATIONS,
  description: 'a destination must be 3 to 256 characters long',
};

/** destination-length: a destination shorter or longer than the model's EventDataStoreArn. */
export const destinationLengthCheck: StartImportCheck = {
  row: destinationLengthRow,
  operations: START_IMPORT,
  reads: ['/Destinations/*'],
  lintRule: 'valid-destination',
  run(view, _context, out) {
    // The items the view counted as checked (none when Destinations is no list).
    const destinations = view.destinations as readonly unknown[];
    for (let index = 0; index < view.checkedDestinations; index += 1) {
      const item: unknown = destinations[index];
      if (typeof item !== 'string' || (item.length >= EVENT_DATA_STORE_ARN.minLength && item.length <= EVENT_DATA_STORE_ARN.maxLength)) continue;
      const message = `must be ${EVENT_DATA_STORE_ARN.minLength}–${EVENT_DATA_STORE_ARN.maxLength} characters long (got ${item.length})`;
      out.push(violationOf(destinationLengthRow, `/Destinations/${String(index)}`, message));
    }
  },
};

const destinationPatternRow: CatalogueEntry = {
  code: 'destination-pattern',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: DESTINATIONS,
  description: 'a destination must match ^[a-zA-Z0-9._/\\-:]+$',
};

/** destination-pattern: a destination with a character the model's pattern refuses. */
export const destinationPatternCheck: StartImportCheck = {
  row: destinationPatternRow,
  operations: START_IMPORT,
  reads: ['/Destinations/*'],
  lintRule: 'valid-destination',
  run(view, _context, out) {
    // The items the view counted as checked (none when Destinations is no list).
    const destinations = view.destinations as readonly unknown[];
    for (let index = 0; index < view.checkedDestinations; index += 1) {
      const item: unknown = destinations[index];
      // An event data store ARN or ID is made of the pattern's characters alone: the destination's
      // one reading, which the destination checks make anyway, answers for nearly every destination.
      if (typeof item === 'string' && !view.isCommonDestination(index) && view.destinationAt(index)?.ref === undefined && !EVENT_DATA_STORE_ARN_SHAPE.pattern.test(item)) {
        out.push(violationOf(destinationPatternRow, `/Destinations/${String(index)}`, 'must contain only letters, digits and . _ / - :'));
      }
    }
  },
};

const importSourceMissingS3Row: CatalogueEntry = {
  code: 'import-source-missing-s3',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'ImportSource must hold S3',
};

/** import-source-missing-s3: an ImportSource structure without S3. */
export const importSourceMissingS3Check: StartImportCheck = {
  row: importSourceMissingS3Row,
  operations: START_IMPORT,
  reads: ['/ImportSource', '/ImportSource/S3'],
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    if (isRecord(view.importSource) && view.s3 === undefined) out.push(violationOf(importSourceMissingS3Row, '/ImportSource/S3', 'must hold S3: the only import source'));
  },
};

const s3MemberMissingRow: CatalogueEntry = {
  code: 's3-member-missing',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: IMPORT_SOURCES,
  description: 'S3 must hold S3LocationUri, S3BucketRegion and S3BucketAccessRoleArn',
};

const S3_MEMBERS_LISTED = S3_IMPORT_SOURCE_MEMBERS.join(', ');

/** s3-member-missing: an S3 structure without one of its three required members. */
export const s3MemberMissingCheck: StartImportCheck = {
  row: s3MemberMissingRow,
  operations: START_IMPORT,
  reads: ['/ImportSource/S3', '/ImportSource/S3/*'],
  lintRule: 'valid-import-source',
  run(view, _context, out) {
    const { s3 } = view;
    if (!isRecord(view.importSource) || !isRecord(s3)) return;
    // The view holds each member it read as a string: with all three, none is missing.
    if (view.s3LocationUri !== undefined && view.s3BucketRegion !== undefined && view.s3BucketAccessRoleArn !== undefined) return;
    for (const name of S3_IMPORT_SOURCE_MEMBERS) {
      if (s3[name] === undefined) out.push(violationOf(s3MemberMissingRow, `/ImportSource/S3/${name}`, `must hold ${name}: S3 requires all of ${S3_MEMBERS_LISTED}`));
    }
  },
};

const importIdInvalidRow: CatalogueEntry = {
  code: 'import-id-invalid',
  severity: 'error',
  basis: 'model',
  exception: 'InvalidParameterException',
  subjects: REQ_RES,
  operations: IMPORT_IDS,
  description: 'ImportId must be 36 characters of a-f, 0-9 and -',
};

/** import-id-invalid: an ImportId of the wrong length or characters (a documentation placeholder is import-id-placeholder's). */
export const importIdInvalidCheck: StartImportCheck = {
  row: importIdInvalidRow,
  operations: START_IMPORT,
  reads: ['/ImportId'],
  lintRule: 'valid-import-id',
  run(view, _context, out) {
    const id = view.importId;
    if (id === undefined || meetsStringShape(id, IMPORT_ID_SHAPE) || isImportIdPlaceholder(id)) return;
    out.push(violationOf(importIdInvalidRow, '/ImportId', `must be 36 characters of a-f, 0-9 and - (got '${clip(id)}')`));
  },
};
