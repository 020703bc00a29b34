import { clip } from '../contract/timestamps.js';
import { catalogueRank, rules, violation, type Rule, type RuleContext, type Subject, type ValueView, type Violation } from '../rules/index.js';
import { compiledSchemas, schemaErrors } from './schema.js';
import { violationsFromSchemaErrors } from './schema-errors.js';
import type { Normalised } from './normalise.js';

type CheckedSubject = Exclude<Subject, 'error' | 'wire'>;

const rulesFor: Readonly<Record<CheckedSubject, readonly Rule[]>> = {
  request: rules.filter((rule) => rule.subjects.includes('request')),
  response: rules.filter((rule) => rule.subjects.includes('response')),
};

/** Violations in catalogue order; within a code, in the order found. Sorts in place (lists are short). */
export function sortViolations(violations: Violation[]): Violation[] {
  for (let i = 1; i < violations.length; i += 1) {
    const item = violations[i] as Violation;
    const rank = catalogueRank(item.code);
    let j = i - 1;
    while (j >= 0 && catalogueRank((violations[j] as Violation).code) > rank) {
      violations[j + 1] = violations[j] as Violation;
      j -= 1;
    }
    violations[j + 1] = item;
  }
  return violations;
}

/** Runs the schema and every rule for `subject` over a normalised value. */
export function runChecks(normalised: Normalised, subject: CheckedSubject, now: () => number, request?: ValueView): Violation[] {
  const { view } = normalised;
  const found: Violation[] = normalised.violations.length === 0 ? [] : [...normalised.violations];
  const errors = schemaErrors(compiledSchemas[subject], view.wire);
  if (errors.length > 0) append(found, violationsFromSchemaErrors(errors, view.wire, subject));
  const context: RuleContext = request === undefined ? { subject, shape: normalised.shape, now } : { subject, shape: normalised.shape, now, request };
  for (const rule of rulesFor[subject]) {
    const violations = rule.check(view, context);
    if (violations.length > 0) append(found, violations);
  }
  return sortViolations(found);
}

function append(target: Violation[], items: readonly Violation[]): void {
  for (const item of items) target.push(item);
}

/** Whether none of `violations` is an error. */
export function isValid(violations: readonly Violation[]): boolean {
  return violations.every((v) => v.severity !== 'error');
}

/** The violation for a value that threw while being read (a throwing getter, a revoked Proxy). */
export function unreadable(error: unknown, code: 'type-mismatch' | 'error-body-invalid' = 'type-mismatch'): Violation {
  let reason: string;
  try {
    reason = error instanceof Error ? error.message : String(error);
  } catch {
    reason = 'an unprintable exception';
  }
  return violation(code, '', `must be readable plain data (reading it threw: ${clip(reason, 80)})`);
}
