import { ruleCatalogue, type CatalogueEntry } from '../index.js';
import { POLICY_RULES, type PolicyRuleEntry } from '../policy/index.js';
import { ROLE_CHECKS, type RoleCheckEntry } from '../role/index.js';
import type { RulesFormat } from './args.js';

/** A row of any of the three catalogues. */
type RuleRow = CatalogueEntry | PolicyRuleEntry | RoleCheckEntry;

const HEADINGS = ['CODE', 'SEVERITY', 'BASIS', 'EXCEPTION', 'DESCRIPTION'] as const;

/** The three sections: a title line, then the table. */
const SECTIONS: readonly { readonly title: string; readonly entries: readonly RuleRow[] }[] = [
  { title: "Contract checks (check: what AWS would accept of a request, its response or an error; the codes a violation carries):", entries: ruleCatalogue },
  {
    title: 'Policy rules (check --policy FILE; reported only for the rules a policy file sets, at the severity it gives, error by default):',
    entries: POLICY_RULES,
  },
  { title: "Role checks (check-role: the IAM policies of the request's import role):", entries: ROLE_CHECKS },
];

function cells(entry: RuleRow): readonly string[] {
  const exception = 'exception' in entry ? entry.exception : undefined;
  return [entry.code, entry.severity, entry.basis, exception ?? '-', entry.description];
}

/** The entries as a table with aligned columns; the description, last, is not padded. */
export function rulesTable(entries: readonly RuleRow[]): string {
  const rows: readonly (readonly string[])[] = [HEADINGS, ...entries.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return `${rows.map(line).join('\n')}\n`;
}

/**
 * The JSON entry of a role check: the fields of a catalogue entry, with no subjects (a role
 * check is about IAM policies, not a StartImport document).
 */
function roleEntry(entry: RoleCheckEntry): RoleCheckEntry & { readonly subjects: readonly [] } {
  const { code, severity, basis, description } = entry;
  return { code, severity, basis, subjects: [], description };
}

/**
 * `rules`: the contract's catalogue, then the policy rules and the role checks, each as a table
 * under its own title; with `json`, one array: the entries `ruleCatalogue` exports, then those of
 * `POLICY_RULES` (basis `policy`) and of `ROLE_CHECKS` (codes `role/…`, `subjects` empty).
 */
export function rulesReport(format: RulesFormat): string {
  if (format === 'json') return `${JSON.stringify([...ruleCatalogue, ...POLICY_RULES, ...ROLE_CHECKS.map(roleEntry)], null, 2)}\n`;
  return SECTIONS.map(({ title, entries }) => `${title}\n${rulesTable(entries)}`).join('\n');
}
