/**
 * `analyseFile`: finds a file's StartImport request builders, evaluates what is statically known
 * of each request and checks it with the validator's partial mode. Done once per file: every rule
 * of the plugin reads the same result.
 */
import type { SourceCode } from 'eslint';
import type { ContractOperation } from '../../contract/operations.js';
import { validatePartialImportRequest } from '../../operations/index.js';
import type { ImportPolicy } from '../../policy/index.js';
import type { Violation } from '../../rules/index.js';
import { validatePartialStartImportRequest } from '../../validate/index.js';
import { evaluateRequest, type Evaluation } from './evaluate.js';
import { findBuilders } from './find.js';
import type { AnyNode } from './nodes.js';
import { SDK_MODULES } from './sdk.js';
import { typeInfoOf } from './typed.js';
import type { AnalyseFile, AnalysisOptions, BuilderKind, EstreeNode, FoundRequest } from './types.js';
import { collectCandidates } from './walk.js';

/** A request found and evaluated; its violations depend on "now" only. */
interface EvaluatedRequest {
  readonly kind: BuilderKind;
  readonly operation: ContractOperation;
  readonly node: AnyNode;
  readonly evaluation: Evaluation;
}

interface Analysis {
  readonly requests: readonly EvaluatedRequest[];
  /** The checked requests by policy (`null`: none), then by the epoch milliseconds of "now" (`system`: the clock when checked). */
  readonly checked: Map<ImportPolicy | null, Map<number | 'system', readonly FoundRequest[]>>;
}

const analyses = new WeakMap<SourceCode, Analysis>();

// In typed mode a file may build requests from types it got elsewhere: only a file that names a
// request member (or a near miss) can hold one.
const REQUEST_WORDS = /destination|importsource|importid|eventtime|importrole|importfilter/i;

function evaluateFile(sourceCode: SourceCode): EvaluatedRequest[] {
  const types = typeInfoOf(sourceCode);
  // Every syntactic form needs something imported from the SDK: other files are not even walked.
  const text = sourceCode.text;
  if (!SDK_MODULES.some((module) => text.includes(module)) && (types === undefined || !REQUEST_WORDS.test(text))) return [];
  const builders = findBuilders(sourceCode, collectCandidates(sourceCode, types !== undefined), types);
  const requests: EvaluatedRequest[] = [];
  // An object given to two operations is evaluated once.
  const evaluations = new Map<AnyNode, ReturnType<typeof evaluateRequest>>();
  for (const { kind, node, operation } of builders) {
    let evaluation = evaluations.get(node);
    if (!evaluations.has(node)) {
      evaluation = explained(node, () => evaluateRequest(sourceCode, node));
      evaluations.set(node, evaluation);
    }
    if (evaluation !== undefined) requests.push({ kind, node, operation, evaluation });
  }
  // Source order, as a reader meets them.
  return requests.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}

/** Runs `step` on the request at `node`; a failure names where (ESLint adds the file and the rule). */
function explained<T>(node: AnyNode, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const start = asEstree(node).loc?.start;
    const where = start === undefined ? 'a StartImport request' : `the StartImport request at line ${String(start.line)}, column ${String(start.column + 1)}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cloudtrail-import-contract/eslint could not analyse ${where}: ${reason}`, { cause: error });
  }
}

function asEstree(node: AnyNode): EstreeNode {
  return node as unknown as EstreeNode;
}

/** The node of a path: the member itself where it is written, else the nearest written ancestor. */
function locate(nodes: ReadonlyMap<string, AnyNode>, root: AnyNode, path: string): AnyNode {
  for (let at = path; ; ) {
    const node = nodes.get(at);
    if (node !== undefined) return node;
    if (at === '') return root;
    const cut = at.lastIndexOf('/');
    at = cut <= 0 ? '' : at.slice(0, cut);
  }
}

function check(request: EvaluatedRequest, { now, policy }: AnalysisOptions): FoundRequest {
  const { kind, node, operation, evaluation } = request;
  const { unknown, defined, open, nodes } = evaluation;
  const options = { unknown, defined, open, ...(now === undefined ? {} : { now }) };
  // An organisation policy speaks of StartImport requests alone.
  const validate = (): readonly Violation[] =>
    operation === 'StartImport'
      ? validatePartialStartImportRequest(evaluation.value, { ...options, ...(policy === undefined ? {} : { policy }) }).violations
      : validatePartialImportRequest(operation, evaluation.value, options).violations;
  const violations: readonly Violation[] = Object.freeze(explained(node, validate));
  return Object.freeze({ kind, operation, node: asEstree(node), violations, nodeAt: (path: string) => asEstree(locate(nodes, node, path)) });
}

/**
 * The StartImport requests a file builds, with the violations of what is statically known of
 * each (see `FoundRequest`). Cached per SourceCode: every rule shares one walk of the file.
 *
 * @example
 * const rule = { create: (context) => ({ Program() {
 *   for (const request of analyseFile(context.sourceCode))
 *     for (const violation of request.violations) context.report({ node: request.nodeAt(violation.path), message: violation.message });
 * } }) };
 */
export const analyseFile: AnalyseFile = (sourceCode: SourceCode, options: AnalysisOptions = {}): readonly FoundRequest[] => {
  let analysis = analyses.get(sourceCode);
  if (analysis === undefined) {
    analysis = { requests: evaluateFile(sourceCode), checked: new Map() };
    analyses.set(sourceCode, analysis);
  }
  let byNow = analysis.checked.get(options.policy ?? null);
  if (byNow === undefined) {
    byNow = new Map();
    analysis.checked.set(options.policy ?? null, byNow);
  }
  const key = options.now === undefined ? 'system' : options.now.getTime();
  let found = byNow.get(key);
  if (found === undefined) {
    found = Object.freeze(analysis.requests.map((request) => check(request, options)));
    byNow.set(key, found);
  }
  return found;
};
