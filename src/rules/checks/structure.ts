/**
 * The structural checks of a StartImport request (the model's `schemas/start-import-request.schema.json`),
 * one code each, reporting violations directly: unknown-member, type-mismatch, timestamp-invalid.
 * They report what ajv's compiled schema reports, mapped to the catalogue, in its order (a property
 * test holds them equal over fixtures, arbitraries and fuzzed values). The length, pattern, list
 * size and required-member checks are in structure-members.ts.
 */
import { S3_IMPORT_SOURCE_MEMBERS, START_IMPORT_REQUEST_MEMBERS } from '../../contract/model.js';
import { describe } from '../../contract/timestamps.js';
import type { ValueView } from '../context.js';
import { checkedLength } from '../limits.js';
import { unknownMemberMessage } from '../near-miss.js';
import { START_IMPORT, violationOf, type StartImportCheck } from '../report.js';
import type { CatalogueEntry, Violation } from '../types.js';
import { isRecord } from '../../contract/record.js';
import { pointer } from '../pointer.js';
import { EVERY_OUTPUT, EVERY_VALUE } from '../operation-subjects.js';

const REQ_RES = ['request', 'response'] as const;


const IMPORT_SOURCE_MEMBERS = ['S3'] as const;

function unknownKeys(row: CatalogueEntry, structure: Record<string, unknown>, path: string, members: readonly string[], out: Violation[]): void {
  // Own enumerable keys, as JSON.stringify and the SDK send them: a key an object inherits (a polluted Object.prototype's) is none of its members.
  for (const key in structure) {
    if (!members.includes(key) && Object.prototype.hasOwnProperty.call(structure, key)) out.push(violationOf(row, `${path}${pointer(key)}`, unknownMemberMessage(key, members)));
  }
}

const unknownMemberRow: CatalogueEntry = {
  code: 'unknown-member',
  severity: 'error',
  basis: 'model',
  subjects: REQ_RES,
  operations: EVERY_VALUE,
  description: 'every key must be a member of its shape (the SDK silently drops unknown keys)',
};

/** unknown-member: a key of the request, its ImportSource or its S3 that is no member of the model's shape. */
export const unknownMemberCheck: StartImportCheck = {
  row: unknownMemberRow,
  operations: START_IMPORT,
  reads: ['', '/ImportSource', '/ImportSource/S3'],
  lintRule: 'no-unknown-members',
  run(view, _context, out) {
    unknownKeys(unknownMemberRow, view.wire, '', START_IMPORT_REQUEST_MEMBERS, out);
    const source = view.importSource;
    if (!isRecord(source)) return;
    unknownKeys(unknownMemberRow, source, '/ImportSource', IMPORT_SOURCE_MEMBERS, out);
    const { s3 } = view;
    if (isRecord(s3)) unknownKeys(unknownMemberRow, s3, '/ImportSource/S3', S3_IMPORT_SOURCE_MEMBERS, out);
  },
};

const typeMismatchRow: CatalogueEntry = {
  code: 'type-mismatch',
  severity: 'error',
  basis: 'model',
  subjects: REQ_RES,
  operations: EVERY_VALUE,
  description: 'every member must have the type of its shape (string, list, structure)',
};

function mismatch(path: string, noun: string, value: unknown): Violation {
  return violationOf(typeMismatchRow, path, `must be ${noun} (got ${describe(value)})`);
}

const S3_PATHS = S3_IMPORT_SOURCE_MEMBERS.map((name) => `/ImportSource/S3/${name}`);

function s3TypeMismatches(s3: unknown, out: Violation[]): void {
  if (!isRecord(s3)) {
    out.push(mismatch('/ImportSource/S3', 'a structure (object)', s3));
    return;
  }
  for (let i = 0; i < S3_IMPORT_SOURCE_MEMBERS.length; i += 1) {
    const item = s3[S3_IMPORT_SOURCE_MEMBERS[i] as string];
    if (item !== undefined && typeof item !== 'string') out.push(mismatch(S3_PATHS[i] as string, 'a string', item));
  }
}

/** type-mismatch: a member of the wrong type (Destinations and its items, ImportSource, S3 and its members, ImportId). */
export const typeMismatchCheck: StartImportCheck = {
  row: typeMismatchRow,
  operations: START_IMPORT,
  reads: ['/Destinations', '/Destinations/*', '/ImportSource', '/ImportSource/S3', '/ImportSource/S3/*', '/ImportId'],
  run(view, _context, out) {
    const { destinations, importSource } = view;
    if (destinations !== undefined) {
      if (!Array.isArray(destinations)) out.push(mismatch('/Destinations', 'a list (array)', destinations));
      else {
        const length = checkedLength(destinations as readonly unknown[]);
        for (let index = 0; index < length; index += 1) {
          const item: unknown = destinations[index];
          if (typeof item !== 'string') out.push(mismatch(`/Destinations/${String(index)}`, 'a string', item));
        }
      }
    }
    if (importSource !== undefined) {
      if (!isRecord(importSource)) out.push(mismatch('/ImportSource', 'a structure (object)', importSource));
      // The view holds each S3 member it read as a string: with all three, none is of another type.
      else if (view.s3 !== undefined && (view.s3LocationUri === undefined || view.s3BucketRegion === undefined || view.s3BucketAccessRoleArn === undefined)) {
        s3TypeMismatches(view.s3, out);
      }
    }
    const importId = view.wire['ImportId'];
    if (importId !== undefined && typeof importId !== 'string') out.push(mismatch('/ImportId', 'a string', importId));
  },
};

const timestampInvalidRow: CatalogueEntry = {
  code: 'timestamp-invalid',
  severity: 'error',
  basis: 'model',
  subjects: REQ_RES,
  operations: EVERY_OUTPUT,
  description: 'a timestamp must be a valid Date (sdk), a finite epoch-seconds number (wire) or either an ISO-8601 string or a number (cli)',
};

/** timestamp-invalid: what decoding the value's timestamps in its shape found (a timestamp that could not be read is left out of the wire value). */
export const timestampInvalidCheck: StartImportCheck = {
  row: timestampInvalidRow,
  operations: START_IMPORT,
  reads: ['/StartEventTime', '/EndEventTime'],
  lintRule: 'no-string-timestamps',
  run(view: ValueView, _context, out) {
    const { decoded } = view;
    for (let i = 0; i < decoded.length; i += 1) out.push(decoded[i] as Violation);
  },
};
