/**
 * The request schema (`schemas/start-import-request.schema.json`, wire shape) written for zod and
 * for valibot, for `bench/unseen.bench.ts`: the same members, lengths, patterns, list size,
 * required S3 members and strict objects (an unknown key is an error), a finite number for a
 * timestamp (ajv's `strictNumbers`). Every issue is collected (neither aborts early), as ajv's
 * `allErrors` does. The bench checks that the three agree on every document of its pools.
 */
import * as v from 'valibot';
import { z } from 'zod';

const ARN_PATTERN = /^[a-zA-Z0-9._/\-:]+$/;
const UUID_PATTERN = /^[a-f0-9-]+$/;

const zodArn = z.string().min(3).max(256).regex(ARN_PATTERN);
const zodRequest = z.strictObject({
  Destinations: z.array(zodArn).min(1).max(1).optional(),
  ImportSource: z
    .strictObject({
      S3: z.strictObject({ S3LocationUri: z.string(), S3BucketRegion: z.string(), S3BucketAccessRoleArn: z.string() }),
    })
    .optional(),
  // zod 4's number() refuses NaN and ±Infinity.
  StartEventTime: z.number().optional(),
  EndEventTime: z.number().optional(),
  ImportId: z.string().min(36).max(36).regex(UUID_PATTERN).optional(),
});

const valibotArn = v.pipe(v.string(), v.minLength(3), v.maxLength(256), v.regex(ARN_PATTERN));
const valibotTimestamp = v.optional(v.pipe(v.number(), v.finite()));
const valibotRequest = v.strictObject({
  Destinations: v.optional(v.pipe(v.array(valibotArn), v.minLength(1), v.maxLength(1))),
  ImportSource: v.optional(
    v.strictObject({
      S3: v.strictObject({ S3LocationUri: v.string(), S3BucketRegion: v.string(), S3BucketAccessRoleArn: v.string() }),
    }),
  ),
  StartEventTime: valibotTimestamp,
  EndEventTime: valibotTimestamp,
  ImportId: v.optional(v.pipe(v.string(), v.minLength(36), v.maxLength(36), v.regex(UUID_PATTERN))),
});

/** zod's `safeParse` of the request schema: whether it accepts `document`. */
export function zodAccepts(document: unknown): boolean {
  return zodRequest.safeParse(document).success;
}

/** valibot's `safeParse` of the request schema: whether it accepts `document`. */
export function valibotAccepts(document: unknown): boolean {
  return v.safeParse(valibotRequest, document).success;
}
