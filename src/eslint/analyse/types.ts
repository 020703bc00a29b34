/**
 * The interface between the ESLint plugin's analysis (finding StartImport request builders and
 * evaluating what is statically known of them) and its rules (which report the violations of the
 * codes they own). The rules never walk the AST themselves.
 */
import type { Rule, SourceCode } from 'eslint';
import type { ContractOperation } from '../../contract/operations.js';
import type { ImportPolicy } from '../../policy/index.js';
import type { Violation } from '../../rules/index.js';

/** An ESTree node as ESLint gives it to rules (espree or @typescript-eslint/parser). */
export type EstreeNode = Rule.Node;

/** How a request builder was recognised. */
export type BuilderKind =
  /** `new StartImportCommand({...})`, the class imported from `@aws-sdk/client-cloudtrail`. */
  | 'command'
  /** `x.startImport({...})` on the aggregated `CloudTrail` client. */
  | 'client-method'
  /** An object literal annotated as, cast to (`as`) or checked with `satisfies` StartImportCommandInput / StartImportRequest. */
  | 'type-annotation'
  /** A `return` of a function whose declared return type is one of those. */
  | 'return-type'
  /** An object literal whose contextual type is an operation's SDK input type, StartImportCommandInput or CreateImportTaskCommandInput, … (type information only). */
  | 'contextual-type';

/** One StartImport request found in a file, with what the contract says about its known part. */
export interface FoundRequest {
  readonly kind: BuilderKind;
  /**
   * The operation whose input it is: `StartImport`, one of the four read operations, or one of
   * the four CloudWatch Logs import-task operations (by their command, client method or input type).
   */
  readonly operation: ContractOperation;
  /** The object literal of the request (for a `const` identifier, the literal it is bound to). */
  readonly node: EstreeNode;
  /**
   * The violations of the statically known part, from the same rules as the validator (partial
   * mode, sdk shape, and the policy's when given one): never one that an unknown value could make wrong. Paths are JSON Pointers
   * into the request.
   */
  readonly violations: readonly Violation[];
  /** The node to report a violation at `path` on: the property (or element) itself where it is written, else the nearest written ancestor. */
  nodeAt(path: string): EstreeNode;
}

/** Options of the analysis, from the rule options / shared settings. */
export interface AnalysisOptions {
  /** "Now" for `time-range-in-future`; default the system clock at lint time. */
  readonly now?: Date;
  /** An organisation policy: its `policy/<rule>` violations of the known part are found too. */
  readonly policy?: ImportPolicy;
}

/** Analyses a file once (the result is cached per SourceCode and shared by every rule). */
export type AnalyseFile = (sourceCode: SourceCode, options?: AnalysisOptions) => readonly FoundRequest[];
