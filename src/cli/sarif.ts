import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, Notification, Region, ReportingDescriptor, Result } from 'sarif';
import { formatViolation, ruleCatalogue, type CatalogueEntry, type Violation } from '../index.js';
import { POLICY_RULES, type PolicyRuleEntry } from '../policy/index.js';
import type { CheckedDocument, CheckReporter } from './check.js';
import { findUpward, label, type TextSink } from './io.js';
import type { Span } from './locate.js';
import type { InputProblem } from './read-inputs.js';
import { problemLine } from './report-text.js';
import { TOOL_NAME } from './usage.js';

/** Where users read about the tool; SARIF wants an absolute URI. */
export const INFORMATION_URI = `https://www.npmjs.com/package/${TOOL_NAME}`;

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

function fullDescription(entry: CatalogueEntry | PolicyRuleEntry): string {
  if (entry.basis === 'policy') return `${entry.description} (basis: policy: a rule of the organisation's policy file, which sets its severity, error by default).`;
  const answer = entry.exception === undefined ? '' : `; the service would most likely answer ${entry.exception}`;
  const assumed = entry.basis === 'inferred' ? ' This check is an assumption: no AWS source states it.' : '';
  return `${entry.description} (basis: ${entry.basis}${answer}).${assumed}`;
}

function rule(entry: CatalogueEntry | PolicyRuleEntry): ReportingDescriptor {
  const exception = 'exception' in entry ? entry.exception : undefined;
  const properties = exception === undefined ? { basis: entry.basis } : { basis: entry.basis, exception };
  return {
    id: entry.code,
    shortDescription: { text: entry.description },
    fullDescription: { text: fullDescription(entry) },
    defaultConfiguration: { level: entry.severity },
    properties,
  };
}

/** The base id of file URIs: the repository root, the name GitHub code scanning resolves. */
export const SOURCE_ROOT = '%SRCROOT%';

/**
 * The URI of standard input: a fixed relative reference with no base id, so that it names no file
 * of the repository (SARIF asks only that a URI be a valid URI reference; GitHub shows such an
 * alert without a source snippet). Its description says what it is.
 */
export const STDIN_URI = 'stdin';

/** The repository root: the nearest folder at or above `cwd` holding `.git` (a folder, or a worktree's file), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  const git = findUpward(cwd, '.git');
  return git === undefined ? resolve(cwd) : dirname(git);
}

/**
 * A file's location as SARIF wants it: a URI relative to the repository root `root` (base id
 * `%SRCROOT%`), with `/` and percent-encoding, so that a log written in a subfolder uploads to
 * GitHub with the right paths; a file outside the root gets an absolute `file:` URI.
 */
export function artifactLocation(file: string, absolute: string | undefined, root: string): ArtifactLocation {
  if (absolute === undefined) return { uri: STDIN_URI, description: { text: `${label(file)} (standard input)` } };
  const path = relative(root, absolute);
  // On Windows a file on another drive has no relative path.
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { uri: pathToFileURL(absolute).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** `originalUriBaseIds`: where `%SRCROOT%` was on this machine (an absolute URI ending in `/`, as SARIF requires). */
function baseIds(root: string): Record<string, ArtifactLocation> {
  const href = pathToFileURL(root).href;
  return { [SOURCE_ROOT]: { uri: href.endsWith('/') ? href : `${href}/`, description: { text: 'the repository root (the folder holding .git), or the working folder outside a repository' } } };
}

function region(span: Span): Region {
  return { startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

function result(document: CheckedDocument, v: Violation, span: Span, ruleIndex: number, root: string): Result {
  const properties = document.index === undefined ? { jsonPointer: v.path } : { jsonPointer: v.path, index: document.index };
  return {
    ruleId: v.code,
    ruleIndex,
    level: v.severity,
    message: { text: formatViolation(v) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(document.file, document.absolute, root), region: region(span) } }],
    properties,
  };
}

function notification(problem: InputProblem, root: string): Notification {
  const location = artifactLocation(problem.file, problem.absolute, root);
  const at = problem.position;
  const physicalLocation =
    at === undefined ? { artifactLocation: location } : { artifactLocation: location, region: { startLine: at.line, startColumn: at.column } };
  return {
    level: 'error',
    message: { text: `${label(problem.file)}: ${problem.message}` },
    locations: [{ physicalLocation }],
  };
}

/** The rules a result can name: the contract's catalogue, then the policy rules. */
const RULES: readonly (CatalogueEntry | PolicyRuleEntry)[] = [...ruleCatalogue, ...POLICY_RULES];
const RULE_INDEX: ReadonlyMap<string, number> = new Map(RULES.map((entry, index) => [entry.code, index]));

/**
 * `--format sarif`: a SARIF 2.1.0 log with one run; unreadable files become tool execution
 * notifications. File URIs are relative to `%SRCROOT%`, the repository root above `cwd` (see
 * `repositoryRoot`), which `originalUriBaseIds` gives as an absolute `file:` URI. `tool.driver.rules` lists the catalogue and the twelve policy rules, so every
 * result has a `ruleIndex`; a result's `level` is its violation's severity (for a policy code,
 * the one the policy file sets).
 */
export function sarifLog(results: readonly Result[], notifications: readonly Notification[], version: string, root: string): Log {
  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version, informationUri: INFORMATION_URI, rules: RULES.map(rule) } },
        originalUriBaseIds: baseIds(root),
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: [...notifications] }],
        columnKind: 'utf16CodeUnits',
        results: [...results],
      },
    ],
  };
}

/**
 * The SARIF format: one log, printed at the end (a log is one JSON value). It gathers results and
 * notifications, which are small; no document's text or value is kept.
 */
export function sarifReporter(stdout: TextSink, stderr: TextSink, version: () => string, cwd: string): CheckReporter {
  const root = repositoryRoot(cwd);
  const results: Result[] = [];
  const notifications: Notification[] = [];
  return {
    problem: (problem) => {
      stderr.write(`${problemLine(problem)}\n`);
      notifications.push(notification(problem, root));
    },
    documents: (documents) => {
      for (const document of documents) {
        document.violations.forEach((v, i) => {
          const index = RULE_INDEX.get(v.code);
          if (index === undefined) throw new Error(`${v.code} is neither a catalogue code nor a policy code`);
          const span = document.spans[i];
          if (span === undefined) throw new Error(`violation ${i} of ${document.file} has no place`);
          results.push(result(document, v, span, index, root));
        });
      }
    },
    end: () => stdout.write(`${JSON.stringify(sarifLog(results, notifications, version(), root), null, 2)}
`),
  };
}
