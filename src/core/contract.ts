/**
 * The contract of one operation's input or output: its model's structural checks plus its
 * semantic checks, compiled once; `runContract` decodes a value once (its fast pass, `compileFastDecode`,
 * testing the structure on the way), runs the checks over the decoded copy and returns the
 * findings beside that copy.
 */
import { NO_VIOLATIONS } from '../rules/no-violations.js';
import type { Violation } from '../rules/types.js';
import type { ShapeOption } from '../validate/types.js';
import { capReport, isValid, sortViolations, unreadable, type UncheckedItems } from '../validate/run.js';
import { SYSTEM_CLOCK, type Check, type CheckContext, type CheckGroup, type SemanticCheck } from './check.js';
import type { ServiceModel } from './model.js';
import { decode, MAX_LIST_ITEMS_READ, type Decoding } from './decode.js';
import type { Shapes } from './sites.js';
import { cleanDecoder, type CleanDecode, type Verdict } from './fast.js';
import { compileStructuralChecks, type ConstraintCodes, type Decoded, type StructuralChecks } from './structural.js';

/** An operation's input (`request`) or output (`response`) contract. */
export interface OperationContract {
  /** The operation's name in its model: any model's, so an operation is data (see `compileOperation`). */
  readonly operation: string;
  readonly subject: 'request' | 'response';
  /** The shape name of the input or output. */
  readonly root: string;
  readonly shapes: Shapes;
  /** Every check, structural first, then semantic. */
  readonly checks: readonly Check<Decoded>[];
  /** Runs the structural checks (as running each in turn would, each site located once: `StructuralChecks.run`). */
  readonly runStructural: StructuralChecks['run'];
  /** The semantic checks, the end of `checks`. */
  readonly semantic: readonly Check<Decoded>[];
  /** Runs the semantic checks, as running each in turn would (a group sharing a reading as one: `CheckGroup`). */
  readonly runSemantic: (input: Decoded, context: CheckContext, out: Violation[]) => void;
  /** The decoded copy of a value and whether the structural checks find anything in it, in one pass (the fast pass); `undefined`: `decode` is to read it. */
  readonly decodeClean: CleanDecode;
}

/** What validating one value found: `valid` when no violation is an error; `value` the decoded copy, when the value could be read. */
export interface OperationResult {
  readonly valid: boolean;
  readonly violations: readonly Violation[];
  /** The value in the wire shape (timestamps as epoch seconds, SDK-dropped nulls left out); `undefined` when it is no readable structure. */
  readonly value: Decoded | undefined;
}

type Run = Check<Decoded>['run'];

const isGroup = (entry: SemanticCheck<Decoded>): entry is CheckGroup<Decoded> => 'checks' in entry;

/** One run of `semantic`: each entry's `run` in turn, bound once here (a check's or a group's run may read `this`). */
function semanticRun(semantic: readonly SemanticCheck<Decoded>[]): OperationContract['runSemantic'] {
  const runs: readonly Run[] = semantic.map((entry): Run => (input, context, out) => { entry.run(input, context, out); });
  if (runs.length === 1) return runs[0] as Run;
  return (input, context, out) => {
    for (let i = 0; i < runs.length; i += 1) (runs[i] as Run)(input, context, out);
  };
}

/** Compiles an operation's contract from its model and its semantic checks (once, at module load). */
export function compileContract(
  target: { readonly operation: string; readonly subject: 'request' | 'response'; readonly root: string; readonly shapes: Shapes },
  codes: Readonly<Record<string, ConstraintCodes>>,
  semantic: readonly SemanticCheck<Decoded>[],
): OperationContract {
  const structural = compileStructuralChecks({ ...target, codes });
  const checks = semantic.flatMap((entry) => (isGroup(entry) ? entry.checks : [entry]));
  return {
    ...target,
    checks: [...structural.checks, ...checks],
    runStructural: structural.run,
    semantic: checks,
    runSemantic: semanticRun(semantic),
    decodeClean: cleanDecoder(target.shapes, target.root),
  };
}

/** An operation's input and output contracts. */
export interface OperationContracts {
  readonly request: OperationContract;
  readonly response: OperationContract;
}

/**
 * Compiles the contracts of `operation` of any service model: its input's and output's structural
 * checks from the model (each constraint reported under its code in `codes`, by shape name), then
 * its semantic checks. An operation of a new model gets every surface from this alone.
 *
 * @example
 * const { request } = compileOperation(CLOUDTRAIL_MODEL, 'GetImport', SHAPE_CODES);
 * runContract(request, { ImportId: 'x' }, 'sdk').violations[0]?.code; // 'import-id-invalid'
 */
export function compileOperation(
  model: Pick<ServiceModel, 'operations' | 'shapes'>,
  operation: string,
  codes: Readonly<Record<string, ConstraintCodes>>,
  semantic: { readonly request: readonly SemanticCheck<Decoded>[]; readonly response: readonly SemanticCheck<Decoded>[] } = { request: [], response: [] },
): OperationContracts {
  const found = model.operations[operation];
  if (found === undefined) throw new Error(`the model has no operation ${operation} (operations: ${Object.keys(model.operations).join(', ')})`);
  const { shapes } = model;
  return {
    request: compileContract({ operation, subject: 'request', root: found.input, shapes }, codes, semantic.request),
    response: compileContract({ operation, subject: 'response', root: found.output, shapes }, codes, semantic.response),
  };
}

const NOTHING_UNCHECKED: readonly UncheckedItems[] = [];

/** The fast pass's verdict, written by each call just before it returns and read at once (the fast pass). */
const verdict: Verdict = { marks: 0 };

/**
 * Validates `value` against `contract` in `shape`'s encoding. Never throws: a value that throws
 * while being read (a getter, a revoked Proxy) is one `type-mismatch` saying so.
 */
export function runContract(contract: OperationContract, value: unknown, shape: ShapeOption, context: CheckContext = SYSTEM_CLOCK): OperationResult {
  const copy = contract.decodeClean(value, shape, verdict);
  if (copy === undefined) return runFully(contract, value, shape, context);
  return verdict.marks === 0 ? runClean(contract, copy, context) : runChecks(contract, copy, context, verdict.marks);
}

/** The semantic checks over a decoded copy the structural checks found nothing in: no list, sort or cap when they find nothing either. */
function runClean(contract: OperationContract, value: Decoded, context: CheckContext): OperationResult {
  if (contract.semantic.length === 0) return { valid: true, violations: NO_VIOLATIONS, value };
  const found: Violation[] = [];
  try {
    contract.runSemantic(value, context, found);
  } catch (error) {
    return { valid: false, violations: [unreadable(error)], value: undefined };
  }
  if (context.failure !== undefined) found.push(context.failure);
  if (found.length === 0) return { valid: true, violations: NO_VIOLATIONS, value };
  const violations = capReport(sortViolations(found), NOTHING_UNCHECKED);
  return { valid: isValid(violations), violations, value };
}

/** Every check over a decoded copy decoding found nothing in (the fast pass's): as `runFully` runs them. */
function runChecks(contract: OperationContract, value: Decoded, context: CheckContext, marks: number): OperationResult {
  const found: Violation[] = [];
  try {
    // Only the sites the fast pass marked: every other one's values passed all its tests.
    contract.runStructural(value, found, marks);
    contract.runSemantic(value, context, found);
  } catch (error) {
    return { valid: false, violations: [unreadable(error)], value: undefined };
  }
  if (context.failure !== undefined) found.push(context.failure);
  const violations = capReport(sortViolations(found), NOTHING_UNCHECKED);
  return { valid: isValid(violations), violations, value };
}

/** Decoding, then every check: what a value the fast pass does not accept gets, every finding in report order. */
function runFully(contract: OperationContract, value: unknown, shape: ShapeOption, context: CheckContext): OperationResult {
  let decoding: Decoding | Violation;
  let found: Violation[];
  try {
    decoding = decode(value, contract.root, contract.shapes, shape);
    if (!('value' in decoding)) return { valid: false, violations: [decoding], value: undefined };
    found = decoding.violations;
    // The checks read the decoded copy; an unknown member's value is copied unread, and a check
    // describing one that is hostile (a revoked Proxy) may throw: that is reported, never thrown.
    contract.runStructural(decoding.value, found);
    contract.runSemantic(decoding.value, context, found);
  } catch (error) {
    return { valid: false, violations: [unreadable(error)], value: undefined };
  }
  // A `now` option that gave no time, once a check asked it (`ValidationClock`): beside the findings, never instead of them.
  if (context.failure !== undefined) found.push(context.failure);
  const unchecked = decoding.unread.length === 0 ? NOTHING_UNCHECKED : decoding.unread.map(({ path, items }) => ({ path, items, limit: MAX_LIST_ITEMS_READ }));
  const violations = capReport(sortViolations(found), unchecked);
  return { valid: isValid(violations), violations, value: decoding.value };
}
