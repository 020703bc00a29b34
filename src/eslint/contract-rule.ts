/**
 * What every rule of the plugin shares: it owns some catalogue codes, reports the violations of
 * those codes that the analysis found, on the node of their path, in the project's one wording.
 */
import type { Rule } from 'eslint';
import type { PolicyCode } from '../policy/index.js';
import { catalogueEntry, isPolicyCode, type Violation, type ViolationCode } from '../rules/index.js';
import { analyseFile } from './analyse/index.js';
import type { EstreeNode } from './analyse/types.js';
import { readSettings } from './settings.js';

/** A code a rule can report: the catalogue's, or an organisation policy's `policy/<rule>`. */
export type RuleCode = ViolationCode | PolicyCode;

/** The catalogue severity of a code; a policy's codes are rated by the policy, and count as errors here. */
function severityOf(code: RuleCode): 'error' | 'warning' {
  return isPolicyCode(code) ? 'error' : catalogueEntry(code).severity;
}

/** The docs of a rule that reports contract violations. */
export interface ContractDocs {
  readonly description: string;
  /** `'recommended'` when the rule owns an error code (it is in both configs), else `'strict'`. */
  readonly recommended: 'recommended' | 'strict';
  /** The catalogue codes the rule reports, or the organisation policy's (whose severity the policy sets). */
  readonly codes: readonly RuleCode[];
  /** Where the rule reports `type-mismatch`: these members (JSON Pointers) and everything below them. */
  readonly members: readonly string[];
}

/**
 * The docs of a rule owning `codes`; `members` says which `type-mismatch` violations are its own.
 *
 * @example
 * contractDocs('ImportId must be an import id', ['type-mismatch', 'import-id-invalid'], ['/ImportId']).recommended; // 'recommended'
 */
export function contractDocs(description: string, codes: readonly RuleCode[], members: readonly string[] = []): ContractDocs {
  const recommended = codes.some((code) => severityOf(code) === 'error') ? 'recommended' : 'strict';
  return { description, recommended, codes, members };
}

/** Whether `violation` is reported by the rule of `docs`. */
export function owns(docs: ContractDocs, violation: Violation): boolean {
  if (!docs.codes.some((code) => code === violation.code)) return false;
  if (violation.code !== 'type-mismatch') return true;
  return docs.members.some((member) => violation.path === member || violation.path.startsWith(`${member}/`));
}

/** Whether `codes` hold both errors and warnings: such a rule reports its warnings only when asked. */
export function mixesSeverities(codes: readonly RuleCode[]): boolean {
  const severities = new Set(codes.map(severityOf));
  return severities.size > 1;
}

/** One message per code, its id the code itself: `code: path message [assumed]`, as `formatViolation` words it. */
export function codeMessages<Code extends RuleCode>(codes: readonly Code[]): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, `${code}: {{path}} {{message}}{{assumed}}`])) as Record<Code, string>;
}

/** The option of a rule whose codes mix errors and warnings. */
export interface WarningsOption {
  /** Also report the codes the catalogue rates as warnings. */
  readonly warnings: boolean;
}

/** The options schema of such a rule. */
export const WARNINGS_SCHEMA: Rule.RuleMetaData['schema'] = [
  {
    type: 'object',
    properties: {
      warnings: {
        type: 'boolean',
        description: "Also report the codes the contract's catalogue rates as warnings (configs.strict turns this on).",
      },
    },
    additionalProperties: false,
  },
];

/** Suggestions for one reported violation (none when no edit is safe to propose). */
export type Suggest = (violation: Violation, node: EstreeNode, context: Rule.RuleContext) => Rule.SuggestionReportDescriptor[];

/** How a rule reports. */
export interface ReportOptions {
  /** Report the codes rated as warnings too; a rule owning no error code always does. */
  readonly warnings?: boolean;
  /** Report every severity: a policy's codes, whose policy has already left out its `off` rules. */
  readonly allSeverities?: boolean;
  readonly suggest?: Suggest;
}

function messageData(violation: Violation): Record<string, string> {
  return {
    path: violation.path === '' ? '(root)' : violation.path,
    message: violation.message,
    assumed: violation.basis === 'inferred' ? ' [assumed]' : '',
  };
}

/**
 * The listener of a contract rule: once per file, the owned violations of every StartImport
 * request the analysis found (shared by all rules), each reported on the node of its path.
 */
export function reportViolations(context: Rule.RuleContext, docs: ContractDocs, options: ReportOptions = {}): Rule.RuleListener {
  const { policy } = readSettings(context.settings, context.cwd);
  const withWarnings = options.warnings === true || options.allSeverities === true || docs.recommended === 'strict';
  return {
    Program() {
      for (const found of analyseFile(context.sourceCode, policy === undefined ? {} : { policy })) {
        for (const violation of found.violations) {
          if (!owns(docs, violation) || (violation.severity === 'warning' && !withWarnings)) continue;
          const node = found.nodeAt(violation.path);
          const suggestions = options.suggest?.(violation, node, context) ?? [];
          context.report({
            node,
            messageId: violation.code,
            data: messageData(violation),
            ...(suggestions.length === 0 ? {} : { suggest: suggestions }),
          });
        }
      }
    },
  };
}
