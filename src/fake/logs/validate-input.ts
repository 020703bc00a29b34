/**
 * The one place the fake checks an input of the four operations before anything else. Until the
 * contract's validators for them are merged, it checks the model's facts itself (types, required
 * members, the ImportId pattern, the limit's range, the status enum); every refusal is
 * InvalidParameterException.
 */
import { clip, describe } from '../../contract/timestamps.js';
import { refuse, type Refusal } from './errors.js';
import type { LogsImportOperation } from './operations.js';
import type { LogsImportInputs } from './types.js';

const STATUSES = ['IN_PROGRESS', 'CANCELLED', 'COMPLETED', 'FAILED'];
type Check = (value: unknown) => string | undefined;

const text: Check = (v) => (typeof v === 'string' && v.length > 0 ? undefined : `must be a non-empty string (got ${describe(v)})`);
const importId: Check = (v) => (typeof v === 'string' && /^[-a-zA-Z0-9]{1,256}$/.test(v) ? undefined : `must be 1-256 characters of [-a-zA-Z0-9] (got ${describe(v)})`);
const status: Check = (v) => (typeof v === 'string' && STATUSES.includes(v) ? undefined : `must be one of ${STATUSES.join(', ')} (got ${describe(v)})`);
const limit: Check = (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 50 ? undefined : `must be an integer from 1 to 50 (got ${describe(v)})`);
const long: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : `must be epoch milliseconds, an integer ≥ 0 (got ${describe(v)})`);
const statuses: Check = (v) => (Array.isArray(v) ? (v as unknown[]).map(status).find((m) => m !== undefined) : `must be a list of statuses (got ${describe(v)})`);

interface Shape {
  readonly members: Readonly<Record<string, Check | Shape>>;
  readonly required: readonly string[];
}
const filter: Shape = { members: { startEventTime: long, endEventTime: long }, required: [] };
const SHAPES: Readonly<Record<LogsImportOperation, Shape>> = {
  CreateImportTask: { members: { importSourceArn: text, importRoleArn: text, importFilter: filter }, required: ['importSourceArn', 'importRoleArn'] },
  DescribeImportTasks: { members: { importId, importStatus: status, importSourceArn: text, limit, nextToken: text }, required: [] },
  DescribeImportTaskBatches: { members: { importId, batchImportStatus: statuses, limit, nextToken: text }, required: ['importId'] },
  CancelImportTask: { members: { importId }, required: ['importId'] },
};

function problems(shape: Shape, value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path || '/'} must be a structure (got ${describe(value)})`];
  const record = value as Record<string, unknown>;
  const found: string[] = [];
  for (const [name, member] of Object.entries(record)) {
    const check = Object.prototype.hasOwnProperty.call(shape.members, name) ? shape.members[name] : undefined;
    if (check === undefined) found.push(`${path}/${clip(name)} is not a member of the request`);
    else if (member === undefined || member === null) continue;
    else if (typeof check === 'function') {
      const problem = check(member);
      if (problem !== undefined) found.push(`${path}/${name} ${problem}`);
    } else found.push(...problems(check, member, `${path}/${name}`));
  }
  for (const name of shape.required) if (record[name] === undefined || record[name] === null) found.push(`${path}/${name} is required`);
  return found;
}

/** The input of `operation` once checked, or its refusal. Never throws. */
export function readLogsInput<O extends LogsImportOperation>(operation: O, input: unknown): { readonly input: LogsImportInputs[O] } | { readonly refused: Refusal } {
  let found: string[];
  try {
    found = problems(SHAPES[operation], input, '');
  } catch (error) {
    found = [`the request could not be read: ${describe(error)}`];
  }
  // A checked input is a structure whose members have the types LogsImportInputs states.
  return found.length === 0 ? { input: input as LogsImportInputs[O] } : { refused: refuse('InvalidParameterException', found.join('\n')) };
}
