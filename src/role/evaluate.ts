import { evaluateConditions, type ConditionContext } from './conditions.js';
import type { ConditionEntry, PatternList, PolicyDocument, PolicyStatement, PrincipalList } from './document.js';
import { wildcardCovers, wildcardMatches, wildcardOverlaps, type Needed } from './wildcard.js';

/** One permission a check needs a document to grant. */
export interface Need {
  readonly action: string;
  /** The resource, or `undefined` in a trust policy (whose resource is the role itself). */
  readonly resource: Needed | undefined;
  /** Whether a statement's Principal names who acts; `undefined` for identity policies, which name none. */
  readonly principal: ((principal: PrincipalList) => boolean) | undefined;
  readonly context: ConditionContext;
}

/** A condition entry that could not be evaluated, in a statement that otherwise applies. */
export interface Assumption {
  readonly entry: ConditionEntry;
  readonly kind: 'assumed' | 'unvalued';
  readonly effect: 'Allow' | 'Deny';
}

/** How a document answers a need, IAM's way: an explicit Deny wins, then an Allow, else an implicit deny. */
export interface Decision {
  readonly deniedBy: PolicyStatement | undefined;
  readonly allowedBy: PolicyStatement | undefined;
  /** An Allow whose resource covers only part of a needed family. */
  readonly partialBy: PolicyStatement | undefined;
  /** Allows that would apply but for conditions that evaluated to false. */
  readonly conditionFailed: readonly { readonly statement: PolicyStatement; readonly failed: readonly ConditionEntry[] }[];
  readonly assumptions: readonly Assumption[];
}

function actionMatches(actions: PatternList, action: string): boolean {
  // Action names are case-insensitive in IAM.
  const named = actions.patterns.some((pattern) => wildcardMatches(pattern, action, true));
  return actions.negated ? !named : named;
}

/** `all`: the list grants every needed value (an Allow); `some`: it reaches at least one (a Deny). */
function resourceMatches(resources: PatternList | undefined, needed: Needed | undefined, quantifier: 'all' | 'some'): boolean {
  if (needed === undefined || resources === undefined) return true;
  const positive = quantifier === 'all' ? wildcardCovers : wildcardOverlaps;
  const negative = quantifier === 'all' ? wildcardOverlaps : wildcardCovers;
  return resources.negated
    ? !resources.patterns.some((pattern) => negative(pattern, needed))
    : resources.patterns.some((pattern) => positive(pattern, needed));
}

function principalMatches(statement: PolicyStatement, need: Need): boolean {
  if (need.principal === undefined) return true;
  const { principal } = statement;
  if (principal === undefined) return false;
  const named = principal.any || need.principal(principal);
  return principal.negated ? !named : named;
}

/** Evaluates `need` against every readable statement of `document`. */
export function decide(document: PolicyDocument, need: Need): Decision {
  let deniedBy: PolicyStatement | undefined;
  let allowedBy: PolicyStatement | undefined;
  let partialBy: PolicyStatement | undefined;
  const conditionFailed: { statement: PolicyStatement; failed: readonly ConditionEntry[] }[] = [];
  const assumptions: Assumption[] = [];
  for (const statement of document.statements) {
    if (!actionMatches(statement.actions, need.action) || !principalMatches(statement, need)) continue;
    const quantifier = statement.effect === 'Allow' ? 'all' : 'some';
    if (!resourceMatches(statement.resources, need.resource, quantifier)) {
      if (statement.effect === 'Allow' && resourceMatches(statement.resources, need.resource, 'some')) partialBy ??= statement;
      continue;
    }
    const outcome = evaluateConditions(statement.conditions, need.context, quantifier);
    const { effect } = statement;
    assumptions.push(...outcome.assumed.map((entry) => ({ entry, kind: 'assumed' as const, effect })));
    assumptions.push(...outcome.unvalued.map((entry) => ({ entry, kind: 'unvalued' as const, effect })));
    if (!outcome.holds) {
      if (effect === 'Allow' && outcome.failed.length > 0) conditionFailed.push({ statement, failed: outcome.failed });
      continue;
    }
    if (effect === 'Deny') deniedBy ??= statement;
    else allowedBy ??= statement;
  }
  return { deniedBy, allowedBy, partialBy, conditionFailed, assumptions };
}
