import { pointer } from '../rules/violation.js';
import { reasonOf } from '../validate/run.js';
import { roleViolation } from './catalogue.js';
import type { RoleViolation } from './types.js';
import { isRecord } from '../contract/record.js';
import { clip, describe } from '../contract/timestamps.js';
import { repeatedMembers, type RepeatedMember } from '../json/repeated-members.js';
import { MAX_VIOLATIONS_PER_DOCUMENT } from '../rules/limits.js';

/** The policy documents `checkImportRolePolicies` and `checkLogsImportRolePolicies` read, by their input names. */
export type DocumentName = 'trustPolicy' | 'permissionsPolicy' | 'bucketPolicy' | 'kmsKeyPolicy' | 'callerPolicy';

/** `Action` or `NotAction` (likewise `Resource` / `NotResource`): the patterns, and whether they are negated. */
export interface PatternList {
  readonly negated: boolean;
  readonly patterns: readonly string[];
}

/** `Principal` or `NotPrincipal`: `*`, or the principals named by type (`AWS`, `Service`, …). */
export interface PrincipalList {
  readonly negated: boolean;
  readonly any: boolean;
  readonly byType: ReadonlyMap<string, readonly string[]>;
}

/** One `Operator: { Key: values }` pair of a `Condition` block. */
export interface ConditionEntry {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
  readonly path: string;
}

/** A statement read into what the checks need. */
export interface PolicyStatement {
  /** JSON Pointer of the statement, e.g. `/trustPolicy/Statement/0`. */
  readonly path: string;
  readonly effect: 'Allow' | 'Deny';
  readonly sid: string | undefined;
  readonly actions: PatternList;
  /** Absent in a trust policy, whose resource is the role itself. */
  readonly resources: PatternList | undefined;
  readonly principal: PrincipalList | undefined;
  readonly conditions: readonly ConditionEntry[];
}

/** A policy document: its statements that could be read, and what is malformed in it. */
export interface PolicyDocument {
  readonly name: DocumentName;
  readonly statements: readonly PolicyStatement[];
  readonly violations: readonly RoleViolation[];
  /** False when the document as a whole could not be read (the checks against it are skipped). */
  readonly readable: boolean;
}

/** Thrown inside this file only: a malformed part, turned into a `role/policy-malformed` violation. */
class Malformed extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}


function strings(value: unknown, path: string, what: string): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  // A copy: the checks after reading never touch the caller's value again (it may be a Proxy).
  const copy: string[] = [];
  list.forEach((item, i) => {
    if (typeof item !== 'string') throw new Malformed(Array.isArray(value) ? `${path}/${i}` : path, `${what} must be a string or an array of strings`);
    copy.push(item);
  });
  return copy;
}

function patternList(statement: Record<string, unknown>, path: string, name: 'Action' | 'Resource'): PatternList | undefined {
  const positive = statement[name];
  const negative = statement[`Not${name}`];
  if (positive !== undefined && negative !== undefined) throw new Malformed(path, `a statement must not have both ${name} and Not${name}`);
  if (positive === undefined && negative === undefined) return undefined;
  const negated = positive === undefined;
  const key = negated ? `Not${name}` : name;
  return { negated, patterns: strings(negated ? negative : positive, `${path}${pointer(key)}`, key) };
}

function principalList(statement: Record<string, unknown>, path: string): PrincipalList | undefined {
  const negated = statement['Principal'] === undefined && statement['NotPrincipal'] !== undefined;
  const key = negated ? 'NotPrincipal' : 'Principal';
  const value = statement[key];
  if (value === undefined) return undefined;
  if (value === '*') return { negated, any: true, byType: new Map() };
  if (!isRecord(value)) throw new Malformed(`${path}${pointer(key)}`, `${key} must be "*" or an object such as { "Service": "cloudtrail.amazonaws.com" }`);
  const byType = new Map<string, readonly string[]>();
  for (const [type, names] of Object.entries(value)) byType.set(type, strings(names, `${path}${pointer(key, type)}`, `${key}.${type}`));
  return { negated, any: false, byType };
}

function conditions(statement: Record<string, unknown>, path: string): ConditionEntry[] {
  const block = statement['Condition'];
  if (block === undefined) return [];
  const blockPath = `${path}/Condition`;
  if (!isRecord(block)) throw new Malformed(blockPath, 'Condition must be an object of operators');
  const out: ConditionEntry[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    if (!isRecord(keys)) throw new Malformed(`${blockPath}${pointer(operator)}`, `Condition.${operator} must be an object of condition keys`);
    for (const [key, raw] of Object.entries(keys)) {
      const keyPath = `${blockPath}${pointer(operator, key)}`;
      const list: unknown[] = Array.isArray(raw) ? raw : [raw];
      if (!list.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
        throw new Malformed(keyPath, `Condition.${operator}.${key} must be a string, number, boolean or an array of them`);
      }
      out.push({ operator, key, values: list.map(String), path: keyPath });
    }
  }
  return out;
}

/**
 * What IAM says of `NotPrincipal` ("AWS JSON policy elements: NotPrincipal"): it "must be used
 * with "Effect":"Deny"" (with Allow it "is not supported"), it cannot be used "in an IAM role trust
 * policy", and a statement names its principals one way, not both.
 */
function checkNotPrincipal(value: Record<string, unknown>, path: string, effect: 'Allow' | 'Deny', name: DocumentName): void {
  if (value['NotPrincipal'] === undefined) return;
  const at = `${path}/NotPrincipal`;
  if (value['Principal'] !== undefined) throw new Malformed(path, 'a statement must not have both Principal and NotPrincipal');
  if (name === 'trustPolicy') throw new Malformed(at, 'NotPrincipal cannot be used in a role trust policy (IAM allows it in some resource-based policies only)');
  if (effect === 'Allow') throw new Malformed(at, 'NotPrincipal must be used with "Effect": "Deny" (IAM does not support it with Allow)');
}

/** The elements of a statement in the IAM policy grammar: IAM refuses a document with any other (a misspelt `Conditions` would drop its condition). */
const STATEMENT_ELEMENTS: ReadonlySet<string> = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
/** The members of a policy document. */
const DOCUMENT_ELEMENTS: ReadonlySet<string> = new Set(['Version', 'Id', 'Statement']);
/** The values IAM takes for `Version`. */
const VERSIONS: ReadonlySet<unknown> = new Set(['2012-10-17', '2008-10-17']);

/** The policies attached to an identity (the role, the caller): their principal is that identity, so a statement names none. */
const isIdentityPolicy = (name: DocumentName): boolean => name === 'permissionsPolicy' || name === 'callerPolicy';

/** An element a statement does not have in the IAM grammar (a misspelt `Conditions`, a lower-case `action`). */
function checkElementNames(value: Record<string, unknown>, path: string): void {
  for (const key of Object.keys(value)) {
    if (!STATEMENT_ELEMENTS.has(key)) throw new Malformed(`${path}${pointer(key)}`, `a statement must not have the element ${key}: IAM refuses the document (the elements are ${[...STATEMENT_ELEMENTS].join(', ')}; names are case-sensitive)`);
  }
}

/** What IAM refuses of the elements a statement of `name` has: a principal where none belongs or none where one must, a Resource in a trust policy. */
function checkElements(value: Record<string, unknown>, path: string, name: DocumentName): void {
  const principal = value['Principal'] !== undefined || value['NotPrincipal'] !== undefined;
  if (isIdentityPolicy(name) && principal) throw new Malformed(`${path}/${value['Principal'] === undefined ? 'NotPrincipal' : 'Principal'}`, 'a statement of a policy attached to an identity must not name a principal: the identity is its principal (IAM refuses the document)');
  if (!isIdentityPolicy(name) && !principal) throw new Malformed(path, `a statement of a ${name === 'trustPolicy' ? 'trust' : 'resource-based'} policy must have Principal (or NotPrincipal)`);
  if (name === 'trustPolicy' && (value['Resource'] !== undefined || value['NotResource'] !== undefined)) {
    throw new Malformed(`${path}/${value['Resource'] === undefined ? 'NotResource' : 'Resource'}`, 'a trust policy statement must not have Resource: its resource is the role itself (IAM refuses the document)');
  }
}

function statement(value: unknown, path: string, name: DocumentName): PolicyStatement {
  if (!isRecord(value)) throw new Malformed(path, 'a statement must be an object');
  checkElementNames(value, path);
  const effect = value['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') {
    const hint = typeof effect === 'string' && ['allow', 'deny'].includes(effect.toLowerCase()) ? ' (the value is case-sensitive)' : '';
    throw new Malformed(`${path}/Effect`, `Effect must be exactly "Allow" or "Deny"${hint}`);
  }
  const actions = patternList(value, path, 'Action');
  if (actions === undefined) throw new Malformed(path, 'a statement must have Action or NotAction');
  const resources = patternList(value, path, 'Resource');
  if (resources === undefined && name !== 'trustPolicy') throw new Malformed(path, 'a statement must have Resource or NotResource');
  const sid = typeof value['Sid'] === 'string' ? value['Sid'] : undefined;
  checkNotPrincipal(value, path, effect, name);
  const principal = principalList(value, path);
  const conditionList = conditions(value, path);
  checkElements(value, path, name);
  return { path, effect, sid, actions, resources, principal, conditions: conditionList };
}

/** A document as read: its value, and the members its JSON text names twice in one object (none for an object given as it is). */
interface Parsed {
  readonly document: unknown;
  /** The first `MAX_VIOLATIONS_PER_DOCUMENT` repeats, and how many more. */
  readonly repeated: { readonly repeats: readonly RepeatedMember[]; readonly more: number };
}

const NO_REPEATS = { repeats: [], more: 0 } as const;

function parsed(input: unknown, name: DocumentName): Parsed {
  if (typeof input !== 'string') return { document: input, repeated: NO_REPEATS };
  let document: unknown;
  try {
    document = JSON.parse(input) as unknown;
  } catch (error) {
    throw new Malformed(pointer(name), `must be valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { document, repeated: repeatedMembers(input, MAX_VIOLATIONS_PER_DOCUMENT) };
}

/**
 * A member written twice in one object of a document given as JSON text: IAM refuses such a policy
 * ("More than one Statement element", "More than one Effect, Action, or Resource element", in IAM's
 * troubleshooting guide), while JSON.parse keeps the last one only, so a second `Statement` or
 * `Condition` would hide the first (a Deny among them) without a word.
 */
function repeatedMember(repeat: RepeatedMember, base: string): Malformed {
  return new Malformed(`${base}${repeat.path}`, `has the member '${clip(repeat.name)}' twice in one object: IAM refuses the document (JSON.parse keeps only the last, and the first is not checked)`);
}

/** The document `name` as unreadable: reading it (a getter, a Proxy trap) threw `error`; nothing in it is checked. */
export function unreadableDocument(name: DocumentName, error: unknown): PolicyDocument {
  const message = `${name} must be readable plain data (reading it threw: ${reasonOf(error)})`;
  return { name, statements: [], violations: [roleViolation('role/policy-malformed', pointer(name), message)], readable: false };
}

/**
 * Reads a policy document given as a JSON string or an object. Never throws: what is malformed
 * becomes a `role/policy-malformed` violation, and the statements that could be read are kept; a
 * document that throws while being read (a revoked Proxy, a throwing getter) is unreadable as a whole,
 * as a statement left out could be the Deny that decides.
 */
export function readPolicyDocument(input: unknown, name: DocumentName): PolicyDocument {
  try {
    return readStatements(input, name);
  } catch (error) {
    return unreadableDocument(name, error);
  }
}

function readStatements(input: unknown, name: DocumentName): PolicyDocument {
  const base = pointer(name);
  const malformed = (error: Malformed): RoleViolation => roleViolation('role/policy-malformed', error.path, `${name} ${error.message}`);
  let document: unknown;
  let repeated: Parsed['repeated'];
  try {
    ({ document, repeated } = parsed(input, name));
    if (!isRecord(document)) throw new Malformed(base, 'must be a JSON object with a Statement');
    if (document['Statement'] === undefined) throw new Malformed(base, 'must have a Statement');
  } catch (error) {
    if (error instanceof Malformed) return { name, statements: [], violations: [malformed(error)], readable: false };
    throw error;
  }
  const raw = document['Statement'];
  const list: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  const statements: PolicyStatement[] = [];
  const violations: RoleViolation[] = [];
  // IAM refuses the document for these; its statements are still read, so that every finding is reported.
  for (const repeat of repeated.repeats) violations.push(malformed(repeatedMember(repeat, base)));
  if (repeated.more > 0) {
    violations.push(malformed(new Malformed(base, `writes ${String(repeated.more)} more members twice in one object (only the first ${String(MAX_VIOLATIONS_PER_DOCUMENT)} are named): IAM refuses the document`)));
  }
  for (const key of Object.keys(document)) {
    if (!DOCUMENT_ELEMENTS.has(key)) violations.push(malformed(new Malformed(`${base}${pointer(key)}`, `must not have the member ${key}: IAM refuses the document (its members are Version, Id and Statement)`)));
  }
  if (document['Version'] !== undefined && !VERSIONS.has(document['Version'])) {
    violations.push(malformed(new Malformed(`${base}/Version`, `Version must be "2012-10-17" (or the older "2008-10-17"), the only versions IAM takes (got ${describe(document['Version'])})`)));
  }
  list.forEach((item, i) => {
    try {
      statements.push(statement(item, Array.isArray(raw) ? `${base}/Statement/${i}` : `${base}/Statement`, name));
    } catch (error) {
      if (!(error instanceof Malformed)) throw error;
      violations.push(malformed(error));
    }
  });
  return { name, statements, violations, readable: true };
}
