/**
 * What every rule of the plugin shares: it owns some catalogue codes, reports the violations of
 * those codes that the analysis found, on the node of their path, in the project's one wording.
 */
import type { Rule } from 'eslint';
import type { PolicyCode } from '../policy/index.js';
import { catalogueEntry, ruleCatalogue, START_IMPORT_CHECKS, type Severity, type Violation, type ViolationCode } from '../rules/index.js';
import { analyseFile } from './analyse/index.js';
import type { EstreeNode, FoundRequest } from './analyse/types.js';
import { readSettings } from './settings.js';
import { printedPath } from '../validate/format.js';

/** A code a rule can report: the catalogue's, or an organisation policy's `policy/<rule>`. */
export type RuleCode = ViolationCode | PolicyCode;

/**
 * The docs of a rule that reports contract violations. ESLint gives a rule one severity, so a rule
 * reports the violations of one severity only: the configs turn it on at that severity.
 */
export interface ContractDocs {
  readonly description: string;
  /** `'recommended'` when the rule is in both configs, `'strict'` when only in `configs.strict`. */
  readonly recommended: 'recommended' | 'strict';
  /** The severity of every violation the rule reports: the configs set the rule to `'error'` or `'warn'` by it. */
  readonly severity: Severity;
  /** The catalogue codes the rule reports, or the organisation policy's (whose severity the policy sets). */
  readonly codes: readonly RuleCode[];
  /** Where the rule reports `type-mismatch`: these members (JSON Pointers) and everything below them. */
  readonly members: readonly string[];
}

/**
 * The catalogue codes rule `name` owns, in catalogue order: those of the checks that name it as
 * their `lintRule`, and `also`: codes no single check gives one rule (`type-mismatch`, which
 * three rules share by member, and `violations-truncated`, which is not a check of its own).
 *
 * @example
 * lintCodes('valid-time-range'); // ['time-range-reversed']
 */
export function lintCodes(name: string, also: readonly ViolationCode[] = []): readonly ViolationCode[] {
  const owned = new Set<ViolationCode>(also);
  for (const check of START_IMPORT_CHECKS) if (check.lintRule === name) owned.add(check.row.code);
  return ruleCatalogue.map((entry) => entry.code).filter((code) => owned.has(code));
}

/**
 * The docs of a rule owning catalogue `codes`, all of one severity (the catalogue's), which sets
 * where the rule is: an error rule in both configs, a warning rule in `configs.strict` alone.
 * `members` says which `type-mismatch` violations are its own.
 *
 * @throws Error when `codes` mix severities: such codes belong to two rules.
 * @example
 * contractDocs('ImportId must be an import id', ['type-mismatch', 'import-id-invalid'], ['/ImportId']).severity; // 'error'
 */
export function contractDocs(description: string, codes: readonly ViolationCode[], members: readonly string[] = []): ContractDocs {
  const severities = new Set(codes.map((code) => catalogueEntry(code).severity));
  const [severity, other] = [...severities];
  if (severity === undefined || other !== undefined) throw new Error(`A rule reports codes of one severity (got ${codes.join(', ')})`);
  return { description, recommended: severity === 'error' ? 'recommended' : 'strict', severity, codes, members };
}

/**
 * The docs of a rule owning the organisation policy's `codes` rated `severity` by the policy. The
 * user chose the rule and its severity by writing the policy, so both configs hold it.
 *
 * @example
 * policyDocs('Requests should keep to the policy', ['policy/allowed-regions'], 'warning').recommended; // 'recommended'
 */
export function policyDocs(description: string, codes: readonly PolicyCode[], severity: Severity): ContractDocs {
  return { description, recommended: 'recommended', severity, codes, members: [] };
}

/** Whether `violation` is reported by the rule of `docs`: one of its codes, at its severity. */
export function owns(docs: ContractDocs, violation: Violation): boolean {
  if (violation.severity !== docs.severity || !docs.codes.some((code) => code === violation.code)) return false;
  if (violation.code !== 'type-mismatch') return true;
  return docs.members.some((member) => violation.path === member || violation.path.startsWith(`${member}/`));
}

/** One message per code, its id the code itself: `code: path message [assumed]`, as `formatViolation` words it. */
export function codeMessages<Code extends RuleCode>(codes: readonly Code[]): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, `${code}: {{path}} {{message}}{{assumed}}`])) as Record<Code, string>;
}

/** Suggestions for one reported violation (none when no edit is safe to propose). */
export type Suggest = (violation: Violation, node: EstreeNode, context: Rule.RuleContext) => Rule.SuggestionReportDescriptor[];

/** How a rule reports. */
export interface ReportOptions {
  readonly suggest?: Suggest;
  /**
   * A rule's own look at each request after its violations are reported (given the paths
   * reported): for what the static evaluation leaves unknown yet the source shows.
   */
  readonly inspect?: (request: FoundRequest, reported: ReadonlySet<string>) => void;
}

function messageData(violation: Violation): Record<string, string> {
  return {
    path: printedPath(violation.path),
    message: violation.message,
    assumed: violation.basis === 'inferred' ? ' [assumed]' : '',
  };
}

/** Whether `node` lies within `root` (the request expression): its source range inside root's. */
function within(node: { readonly range?: [number, number] | undefined }, root: { readonly range?: [number, number] | undefined }): boolean {
  const [start, end] = node.range ?? [Number.NaN, Number.NaN];
  const [from, to] = root.range ?? [Number.NaN, Number.NaN];
  return start >= from && end <= to;
}

/**
 * The listener of a contract rule: once per file, the owned violations of every request the
 * analysis found (shared by all rules), each reported on the node of its path.
 */
export function reportViolations(context: Rule.RuleContext, docs: ContractDocs, options: ReportOptions = {}): Rule.RuleListener {
  const { policy } = readSettings(context.settings, context.cwd);
  return {
    Program() {
      // A `const` part of several requests (`const S3 = {…}` in three commands) is one place in the
      // code: what is wrong there is reported there once, not once per request.
      const said = new Set<string>();
      for (const found of analyseFile(context.sourceCode, policy === undefined ? {} : { policy })) {
        const reported = new Set<string>();
        for (const violation of found.violations) {
          if (!owns(docs, violation)) continue;
          reported.add(violation.path);
          const node = found.nodeAt(violation.path);
          const place = `${String(node.range?.[0])}:${String(node.range?.[1])} ${violation.code} ${violation.message}`;
          if (said.has(place)) continue;
          said.add(place);
          // A suggestion edits where the member is written: in a `const` outside the request (`const since = new
          // Date(…)`, `const base = {…}`), which other code may read too, the edit could break that code.
          const suggestions = within(node, found.node) ? (options.suggest?.(violation, node, context) ?? []) : [];
          context.report({
            node,
            messageId: violation.code,
            data: messageData(violation),
            ...(suggestions.length === 0 ? {} : { suggest: suggestions }),
          });
        }
        options.inspect?.(found, reported);
      }
    },
  };
}
