/**
 * `validatePartialImportRequest`: what the statically known part of a read operation's (or a
 * CloudWatch Logs import task's) input is sure to violate, whatever its unknown values and the
 * members a spread may add. The engine's
 * checks run over the known part (a member whose value is unknown is absent from it, so no check
 * reads it); a violation is kept only when nothing unknown could make it wrong, judged by where it
 * is, for every check alike: a member reported missing may be written with an unknown value or
 * come from a spread; a list's size is unknown when it has a spread.
 */
import { checkOptionsObject, type OptionNames } from '../contract/options.js';
import { isContractOperation, notAnOperation } from '../contract/operations.js';
import { pointerKeys, type Violation } from '../rules/index.js';
import { readPointerSets, type PartialRequestOptions, type PartialValidationResult } from '../validate/validate-partial.js';
import { unreadable } from '../validate/run.js';
import { validateImportRequest, type CompiledOperation } from './validate-import.js';

/** Options of `validatePartialImportRequest`: those of `validatePartialStartImportRequest` but a policy (a StartImport matter). */
export type PartialImportRequestOptions = Omit<PartialRequestOptions, 'policy'>;

const PARTIAL_IMPORT_OPTIONS = { unknown: true, defined: true, open: true, now: true } as const satisfies OptionNames<PartialImportRequestOptions>;

/** The pointer `path` and each of its ancestors, nearest first, the root (`''`) last. */
function selfAndAncestors(path: string): string[] {
  const out = [path];
  for (let at = path; at !== ''; ) {
    at = at.slice(0, Math.max(0, at.lastIndexOf('/')));
    out.push(at);
  }
  return out;
}

/** Whether the known value holds something at `path`. */
function holds(value: unknown, path: string): boolean {
  let at: unknown = value;
  for (const key of pointerKeys(path)) {
    if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, key)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return at !== undefined && at !== null;
}

/**
 * Of the violations a contract finds in the statically known part of an input (`known`), those no
 * unknown value (`unknown`) or spread (`open`) could make wrong: what the ESLint plugin reports of an
 * operation's command, for any compiled contract. Never throws: a value that throws when read again
 * is reported unreadable.
 */
export function sureViolations(known: unknown, violations: readonly Violation[], unknown: ReadonlySet<string>, open: ReadonlySet<string>): readonly Violation[] {
  // Nothing unknown, nothing open: every violation is sure, and the value is not read again.
  if (unknown.size === 0 && open.size === 0) return violations;
  const sure = (v: Violation): boolean => {
    const [self, ...ancestors] = selfAndAncestors(v.path);
    if (ancestors.some((a) => unknown.has(a))) return false;
    // Missing, yet maybe written with an unknown value or spread in.
    if ((unknown.has(self as string) || ancestors.slice(0, 1).some((a) => open.has(a))) && !holds(known, v.path)) return false;
    // Of an open list or object only its type is known, not how many items or members it holds.
    return !open.has(self as string) || v.code === 'type-mismatch';
  };
  try {
    return violations.filter(sure);
  } catch (error) {
    // `holds` reads the value again: one that throws now (a trap the validator's reading did not
    // call, a getter that throws on a second read) is reported as validatePartialStartImportRequest reports it.
    return [unreadable(error)];
  }
}

/**
 * Checks the statically known part of a read operation's or a CloudWatch Logs import task's input (sdk shape): see
 * `PartialRequestOptions` for `unknown`, `defined` and `open`. Never throws for any value.
 *
 * @example
 * validatePartialImportRequest('ListImports', { MaxResults: 5000 }, { unknown: new Set(['/NextToken']) }).violations[0]?.code; // 'max-results-out-of-range'
 */
export function validatePartialImportRequest(operation: CompiledOperation, value: unknown, options: PartialImportRequestOptions = {}): PartialValidationResult {
  checkOptionsObject('validatePartialImportRequest', options, PARTIAL_IMPORT_OPTIONS);
  // Named here, not as the validator it calls.
  if (!isContractOperation(operation)) throw notAnOperation('validatePartialImportRequest', operation);
  const { unknown, open } = readPointerSets('validatePartialImportRequest', options);
  const { violations } = validateImportRequest(operation, value, options.now === undefined ? {} : { now: options.now });
  return { violations: sureViolations(value, violations, unknown, open) };
}
