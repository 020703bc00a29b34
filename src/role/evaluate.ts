import { evaluateConditions, type ConditionContext, type ConditionOutcome } from './conditions.js';
import { resourceCoverage } from './coverage.js';
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
  /** An Allow whose resource covers only part of a needed family (and no set of them covers all of it). */
  readonly partialBy: PolicyStatement | undefined;
  /** Whether the partial Allows were too many or too intricate to decide if together they cover the family (taken as not). */
  readonly coverageUndecided: boolean;
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

/** The assumptions an applying statement's conditions make. */
function assumptionsOf(outcome: ConditionOutcome, effect: 'Allow' | 'Deny'): Assumption[] {
  return [
    ...outcome.assumed.map((entry) => ({ entry, kind: 'assumed' as const, effect })),
    ...outcome.unvalued.map((entry) => ({ entry, kind: 'unvalued' as const, effect })),
  ];
}

/**
 * Evaluates `need` against every readable statement of `document`. When no single Allow grants
 * all of a needed family, the Allows that grant part of it (and whose conditions hold) are asked
 * whether together they do (`resourceCoverage`).
 */
export function decide(document: PolicyDocument, need: Need): Decision {
  let deniedBy: PolicyStatement | undefined;
  let allowedBy: PolicyStatement | undefined;
  let partialBy: PolicyStatement | undefined;
  let coverageUndecided = false;
  const conditionFailed: { statement: PolicyStatement; failed: readonly ConditionEntry[] }[] = [];
  const assumptions: Assumption[] = [];
  const partial: { readonly resources: PatternList; readonly statement: PolicyStatement; readonly outcome: ConditionOutcome }[] = [];
  for (const statement of document.statements) {
    if (!actionMatches(statement.actions, need.action) || !principalMatches(statement, need)) continue;
    const quantifier = statement.effect === 'Allow' ? 'all' : 'some';
    const { resources, effect } = statement;
    if (!resourceMatches(resources, need.resource, quantifier)) {
      if (effect === 'Allow' && resources !== undefined && resourceMatches(resources, need.resource, 'some')) {
        partialBy ??= statement;
        const outcome = evaluateConditions(statement.conditions, need.context, 'all');
        if (outcome.holds) partial.push({ resources, statement, outcome });
      }
      continue;
    }
    const outcome = evaluateConditions(statement.conditions, need.context, quantifier);
    assumptions.push(...assumptionsOf(outcome, effect));
    if (!outcome.holds) {
      if (effect === 'Allow' && outcome.failed.length > 0) conditionFailed.push({ statement, failed: outcome.failed });
      continue;
    }
    if (effect === 'Deny') deniedBy ??= statement;
    else allowedBy ??= statement;
  }
  const [first] = partial;
  // A Deny that reaches any of the family has decided already, so no Deny is left to subtract.
  if (allowedBy === undefined && deniedBy === undefined && first !== undefined && need.resource !== undefined) {
    const joint = resourceCoverage(need.resource, partial.map((p) => p.resources), []);
    if (joint.covered === true) {
      allowedBy = first.statement;
      partialBy = undefined;
      for (const { statement, outcome } of partial) assumptions.push(...assumptionsOf(outcome, statement.effect));
    }
    coverageUndecided = joint.covered === undefined;
  }
  return { deniedBy, allowedBy, partialBy, coverageUndecided, conditionFailed, assumptions };
}

/**
 * How a document answers a need that one of several values may stand for (which one the service
 * uses is not known): a Deny of any of them decides, else an Allow of any, else the first's answer.
 */
export function decideAny(document: PolicyDocument, needs: readonly [Need, ...Need[]]): Decision {
  const decisions = needs.map((need) => decide(document, need));
  return decisions.find((d) => d.deniedBy !== undefined) ?? decisions.find((d) => d.allowedBy !== undefined) ?? decide(document, needs[0]);
}
