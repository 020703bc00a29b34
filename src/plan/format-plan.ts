import { isRecord } from '../contract/record.js';
import { clip, describe } from '../contract/timestamps.js';
import { formatViolation } from '../validate/index.js';
import { SKIP_REASONS, type ImportPlan, type ObjectTotals } from './types.js';

const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

function bytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${String(n)} bytes` : `${value.toFixed(1)} ${units[unit] ?? ''}`;
}

function totals(group: ObjectTotals): string {
  const unsized = group.filesWithoutSize === 0 ? '' : ` (${count(group.filesWithoutSize, 'file')} without a size)`;
  return `${count(group.files, 'file')}, ${bytes(group.bytes)}${unsized}`;
}

/** The request's time range in words; a bound it does not give is open. */
function span(plan: ImportPlan): string {
  const { startEventTime: start, endEventTime: end } = plan;
  if (start === undefined && end === undefined) return 'with no time range (every log under the prefix)';
  if (start === undefined) return `up to ${end ?? ''} (no StartEventTime)`;
  return end === undefined ? `from ${start} on (no EndEventTime)` : `from ${start} to ${end}`;
}

/** The members of a plan, by what each must be, that formatting reads. */
const PLAN_MEMBERS: Readonly<Record<string, (value: unknown) => boolean>> = {
  bucket: (value) => typeof value === 'string',
  prefix: (value) => typeof value === 'string',
  listed: isRecord,
  selected: isRecord,
  skipped: isRecord,
  needsRestore: isRecord,
  warnings: Array.isArray,
  assumptions: Array.isArray,
};

/** A key, bucket, prefix or storage class from a listing, whole, its control and bidi characters escaped (`\n`, `\u202e`): a report line stays one line that reads as it is. */
const printed = (text: string): string => clip(text, Number.POSITIVE_INFINITY);

/** Throws a TypeError naming what is wrong unless `plan` has the members of an `ImportPlan`. */
function checkPlan(plan: unknown): asserts plan is ImportPlan {
  const made = 'must be a plan made by planImport or planImportStream';
  if (!isRecord(plan)) throw new TypeError(`formatImportPlan: plan ${made} (got ${describe(plan)})`);
  const wrong = Object.entries(PLAN_MEMBERS).filter(([member, test]) => !test(plan[member])).map(([member]) => member);
  if (wrong.length > 0) throw new TypeError(`formatImportPlan: plan ${made} (${wrong.join(', ')} missing or of the wrong type)`);
}

/**
 * A plan as the CLI's text output: totals, restore warnings, skipped counts by reason with
 * examples, the request's warnings, and the assumptions. Anything but a plan is a TypeError naming
 * the members that are wrong.
 *
 * @example
 * process.stdout.write(formatImportPlan(planImport(request, keys)));
 */
export function formatImportPlan(plan: ImportPlan): string {
  checkPlan(plan);
  const out: string[] = [];
  out.push(`plan for s3://${printed(plan.bucket)}/${printed(plan.prefix)} ${span(plan)}`);
  out.push(`listed:   ${totals(plan.listed)}`);
  const { selected } = plan;
  const dated = selected.earliest === undefined ? '' : `; log files dated ${selected.earliest} … ${selected.latest ?? ''}`;
  out.push(`selected: ${totals(selected)}, about ${bytes(selected.estimatedUncompressedBytes)} uncompressed (estimate: ×10)${dated}`);
  if (plan.needsRestore.files > 0) {
    const classes = Object.entries(plan.needsRestore.byStorageClass).map(([name, n]) => `${printed(name)} ${n.toLocaleString('en-US')}`);
    out.push(`warning: ${totals(plan.needsRestore)} of the selected are archived (${classes.join(', ')}): restore them before the import, or CloudTrail cannot read them`);
    for (const key of plan.needsRestore.examples) out.push(`  e.g. ${printed(key)}`);
  }
  const skipped = SKIP_REASONS.filter((reason) => plan.skipped[reason].files > 0);
  out.push(skipped.length === 0 ? 'skipped:  nothing' : 'skipped:');
  for (const reason of skipped) {
    const group = plan.skipped[reason];
    out.push(`  ${reason}: ${totals(group)}`);
    for (const key of group.examples) out.push(`    e.g. ${printed(key)}`);
  }
  for (const warning of plan.warnings) out.push(`request: ${formatViolation(warning)}`);
  out.push('assumptions:');
  for (const assumption of plan.assumptions) out.push(`  - ${assumption}`);
  return `${out.join('\n')}\n`;
}
