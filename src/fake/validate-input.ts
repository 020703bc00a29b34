/**
 * Validation of the inputs of GetImport, ListImports, StopImport and ListImportFailures against
 * their model shapes (StartImport has the project's validator). Problems a catalogue code covers
 * (unknown-member, type-mismatch, import-id-invalid, destination-*) become violations; the rest
 * (a missing required member, a number out of range, a value outside an enum) have no code and
 * are reported in the message only.
 */
import { readDestination } from '../contract/event-data-store.js';
import { EVENT_DATA_STORE_ARN, IMPORT_STATUSES, type ImportStatus } from '../contract/model.js';
import { MAX_RESULTS, PAGINATION_TOKEN, type ExceptionName, type ImportOperation } from '../contract/operations.js';
import { clip, describe } from '../contract/timestamps.js';
import { pointer, violation, type Violation } from '../rules/index.js';
import { formatViolation } from '../validate/index.js';
import { isStructure } from '../validate/normalise.js';
import { unreadable } from '../validate/run.js';
import { refuse } from './errors.js';
import { isImportId } from './ids.js';
import type { FakeOutcome } from './types.js';

/** The operations whose input is validated here. */
export type ReadOperation = Exclude<ImportOperation, 'StartImport'>;

/** An input of one of those operations, once valid. */
export interface ParsedInput {
  readonly ImportId?: string;
  readonly MaxResults?: number;
  readonly Destination?: string;
  readonly ImportStatus?: ImportStatus;
  readonly NextToken?: string;
}

interface Problem {
  readonly exception: ExceptionName;
  readonly line: string;
  readonly violation?: Violation;
}

type Check = (value: unknown, path: string) => Problem[];

function coded(found: Violation): Problem {
  return { exception: found.exception ?? 'InvalidParameterException', line: formatViolation(found), violation: found };
}

function uncoded(path: string, message: string): Problem {
  return { exception: 'InvalidParameterException', line: `${path} error: ${message}` };
}

function typeMismatch(path: string, value: unknown, expected: string): Problem[] {
  return [coded(violation('type-mismatch', path, `must be ${expected} (got ${describe(value)})`))];
}

const checkImportId: Check = (value, path) => {
  if (typeof value !== 'string') return typeMismatch(path, value, 'a string');
  return isImportId(value) ? [] : [coded(violation('import-id-invalid', path, `must be 36 characters of a-f, 0-9 and - (got '${clip(value)}')`))];
};

const checkMaxResults: Check = (value, path) => {
  if (typeof value !== 'number') return typeMismatch(path, value, 'an integer');
  if (Number.isInteger(value) && value >= MAX_RESULTS.minimum && value <= MAX_RESULTS.maximum) return [];
  return [uncoded(path, `must be an integer from ${MAX_RESULTS.minimum} to ${MAX_RESULTS.maximum} (got ${String(value)})`)];
};

const checkNextToken: Check = (value, path) => {
  if (typeof value !== 'string') return typeMismatch(path, value, 'a string');
  if (value.length >= PAGINATION_TOKEN.minLength && value.length <= PAGINATION_TOKEN.maxLength) return [];
  return [uncoded(path, `must be ${PAGINATION_TOKEN.minLength}–${PAGINATION_TOKEN.maxLength} characters long (got ${value.length})`)];
};

const checkImportStatus: Check = (value, path) => {
  if (typeof value !== 'string') return typeMismatch(path, value, 'a string');
  return (IMPORT_STATUSES as readonly string[]).includes(value) ? [] : [uncoded(path, `must be one of ${IMPORT_STATUSES.join(', ')} (got '${clip(value)}')`)];
};

/** `EVENT_DATA_STORE_ARN.pattern` as a literal, which the ReDoS test can check (a test checks they agree). */
export const DESTINATION_PATTERN = /^[a-zA-Z0-9._/\-:]+$/;

/** As StartImport's destinations: model length and pattern (InvalidParameterException), then the ARN rules (EventDataStoreARNInvalidException). */
const checkDestination: Check = (value, path) => {
  if (typeof value !== 'string') return typeMismatch(path, value, 'a string');
  const out: Problem[] = [];
  if (value.length < EVENT_DATA_STORE_ARN.minLength || value.length > EVENT_DATA_STORE_ARN.maxLength) {
    out.push(coded(violation('destination-length', path, `must be ${EVENT_DATA_STORE_ARN.minLength}–${EVENT_DATA_STORE_ARN.maxLength} characters long (got ${value.length})`)));
  }
  if (!DESTINATION_PATTERN.test(value)) out.push(coded(violation('destination-pattern', path, 'must contain only letters, digits and . _ / - :')));
  const { ref, regionProblem } = readDestination(value);
  if (ref === undefined) {
    const message = `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(value)}')`;
    out.push(coded(violation('destination-not-event-data-store', path, message)));
  } else if (regionProblem !== undefined) {
    out.push(coded(violation('destination-region-invalid', path, clip(regionProblem, 100))));
  }
  return out;
};

interface MemberSpec {
  readonly check: Check;
  readonly required?: true;
}

// The members of each input shape, with the model's `required` trait.
const SHAPES: Readonly<Record<ReadOperation, Readonly<Record<string, MemberSpec>>>> = {
  GetImport: { ImportId: { check: checkImportId, required: true } },
  StopImport: { ImportId: { check: checkImportId, required: true } },
  ListImports: { MaxResults: { check: checkMaxResults }, Destination: { check: checkDestination }, ImportStatus: { check: checkImportStatus }, NextToken: { check: checkNextToken } },
  ListImportFailures: { ImportId: { check: checkImportId, required: true }, MaxResults: { check: checkMaxResults }, NextToken: { check: checkNextToken } },
};

interface Reading {
  readonly problems: Problem[];
  /** The members of the shape, each read once (a getter may answer differently the next time). */
  readonly members: Record<string, unknown>;
}

function readMembers(operation: ReadOperation, input: Record<string, unknown>): Reading {
  const shape = SHAPES[operation];
  const problems: Problem[] = [];
  const members: Record<string, unknown> = {};
  // for…in also sees inherited enumerable keys, and an own `__proto__`: both are no member.
  for (const key in input) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const spec = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (spec === undefined) problems.push(coded(violation('unknown-member', pointer(key), `must not be set: ${operation} has no member '${clip(key)}'`)));
    else {
      members[key] = value;
      problems.push(...spec.check(value, pointer(key)));
    }
  }
  for (const [name, spec] of Object.entries(shape)) {
    if (spec.required === true && members[name] === undefined) problems.push(uncoded(pointer(name), `must be set: ${operation} requires ${name}`));
  }
  return { problems, members };
}

/** Reads `input`, or the problem that reading it threw (a throwing getter, a revoked Proxy): no input is read twice. */
function readSafely(operation: ReadOperation, input: unknown): Reading {
  try {
    if (!isStructure(input)) return { problems: [coded(violation('type-mismatch', '', `must be a structure (object) (got ${describe(input)})`))], members: {} };
    return readMembers(operation, input);
  } catch (error) {
    return { problems: [coded(unreadable(error))], members: {} };
  }
}

/**
 * Reads the input of `operation`: its members once valid, or the InvalidParameterException (or,
 * for a Destination that is no event data store ARN, EventDataStoreARNInvalidException) of the
 * first problem. Null and undefined members are absent, as the SDK leaves them out.
 */
export function readInput(operation: ReadOperation, input: unknown): { readonly input: ParsedInput } | { readonly refused: FakeOutcome } {
  const { problems, members } = readSafely(operation, input);
  const first = problems[0];
  if (first === undefined) return { input: members };
  const violations = problems.flatMap((p) => (p.violation === undefined ? [] : [p.violation]));
  return { refused: refuse(first.exception, problems.map((p) => p.line).join('\n'), violations) };
}
