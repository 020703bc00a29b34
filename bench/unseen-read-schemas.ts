/**
 * The four read operations' request schemas (`schemas/<operation>-request.schema.json`, wire
 * shape) written for zod and for valibot, for `bench/unseen-operations.bench.ts`: the same members,
 * required ImportId, lengths, patterns, integer ranges, enum and strict objects; every issue
 * collected, as ajv's `allErrors` does. The bench checks that the three agree on every document.
 */
import * as v from 'valibot';
import { z } from 'zod';
import type { ReadOperation } from '../src/index.js';

const ARN_PATTERN = /^[a-zA-Z0-9._/\-:]+$/;
const UUID_PATTERN = /^[a-f0-9-]+$/;
const STATUSES = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'STOPPED', 'COMPLETED'] as const;

const zodImportId = z.string().min(36).max(36).regex(UUID_PATTERN);
const zodMaxResults = z.number().int().min(1).max(1000).optional();
// The model's PaginationToken pattern is `.*`: any text of its length.
const zodToken = z.string().min(4).max(1000).optional();
const zodSchemas: Readonly<Record<ReadOperation, z.ZodType>> = {
  GetImport: z.strictObject({ ImportId: zodImportId }),
  StopImport: z.strictObject({ ImportId: zodImportId }),
  ListImportFailures: z.strictObject({ ImportId: zodImportId, MaxResults: zodMaxResults, NextToken: zodToken }),
  ListImports: z.strictObject({
    MaxResults: zodMaxResults,
    Destination: z.string().min(3).max(256).regex(ARN_PATTERN).optional(),
    ImportStatus: z.enum(STATUSES).optional(),
    NextToken: zodToken,
  }),
};

const valibotImportId = v.pipe(v.string(), v.minLength(36), v.maxLength(36), v.regex(UUID_PATTERN));
const valibotMaxResults = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)));
const valibotToken = v.optional(v.pipe(v.string(), v.minLength(4), v.maxLength(1000)));
const valibotSchemas: Readonly<Record<ReadOperation, v.GenericSchema>> = {
  GetImport: v.strictObject({ ImportId: valibotImportId }),
  StopImport: v.strictObject({ ImportId: valibotImportId }),
  ListImportFailures: v.strictObject({ ImportId: valibotImportId, MaxResults: valibotMaxResults, NextToken: valibotToken }),
  ListImports: v.strictObject({
    MaxResults: valibotMaxResults,
    Destination: v.optional(v.pipe(v.string(), v.minLength(3), v.maxLength(256), v.regex(ARN_PATTERN))),
    ImportStatus: v.optional(v.picklist(STATUSES)),
    NextToken: valibotToken,
  }),
};

/** zod's `safeParse` of `operation`'s request schema, as a function of the document. */
export function zodReadAccepts(operation: ReadOperation): (document: unknown) => boolean {
  const schema = zodSchemas[operation];
  return (document) => schema.safeParse(document).success;
}

/** valibot's `safeParse` of `operation`'s request schema, as a function of the document. */
export function valibotReadAccepts(operation: ReadOperation): (document: unknown) => boolean {
  const schema = valibotSchemas[operation];
  return (document) => v.safeParse(schema, document).success;
}
