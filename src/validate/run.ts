import { catalogueRank, rules, type RuleContext, type Subject, type Violation } from '../rules/index.js';
import { compiledSchemas, schemaErrors } from './schema.js';
import { violationsFromSchemaErrors } from './schema-errors.js';
import type { Normalised } from './normalise.js';

/** Violations in catalogue order; within a code, in the order found. */
export function sortViolations(violations: readonly Violation[]): Violation[] {
  return violations
    .map((v, index) => ({ v, index, rank: catalogueRank(v.code) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ v }) => v);
}

/** Runs the schema and every rule for `subject` over a normalised value. */
export function runChecks(normalised: Normalised, subject: Exclude<Subject, 'error'>, context: Omit<RuleContext, 'subject' | 'shape' | 'present'>): Violation[] {
  const errors = schemaErrors(compiledSchemas[subject], normalised.wire);
  const ruleContext: RuleContext = { ...context, subject, shape: normalised.shape, present: normalised.present };
  return sortViolations([
    ...normalised.violations,
    ...violationsFromSchemaErrors(errors, normalised.wire, subject),
    ...rules.filter((rule) => rule.subjects.includes(subject)).flatMap((rule) => rule.check(normalised.wire, ruleContext)),
  ]);
}

/** Whether none of `violations` is an error. */
export function isValid(violations: readonly Violation[]): boolean {
  return violations.every((v) => v.severity !== 'error');
}

/** Runs `check`, turning an exception thrown while reading the value (a throwing getter, a revoked Proxy) into a violation. */
export function guarded(check: () => Violation[], unreadable: (reason: string) => Violation): Violation[] {
  try {
    return check();
  } catch (error) {
    return [unreadable(error instanceof Error ? error.message : String(error))];
  }
}
