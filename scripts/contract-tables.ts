/**
 * Renders the tables of docs/contract.md (the specification) from the code: the contract's checks
 * by subject from `ruleCatalogue`, the policy rules from `POLICY_RULES` and the role checks from
 * `ROLE_CHECKS`; run directly, it writes each between its markers. `test/contract-doc.test.ts`
 * fails when the document and the code disagree: run `npm run docs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basisCell, cell, withBlock } from './readme-block.js';
import { ruleCatalogue, type Subject } from '../src/index.js';
import { POLICY_RULES } from '../src/policy/index.js';
import { ROLE_CHECKS } from '../src/role/index.js';

const FILE = 'docs/contract.md';

/** The heading of each subject's table; a new subject needs one (the compiler says so). */
const SUBJECT_HEADINGS: Readonly<Record<Subject, string>> = {
  request: 'Request checks',
  response: 'Response checks',
  error: 'Error checks',
  wire: 'Wire checks',
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** One table per subject, in the order the catalogue first names them, each under its `###` heading. */
export function renderContractChecks(): string {
  const subjects = [...new Set(ruleCatalogue.flatMap((entry) => entry.subjects))];
  return subjects
    .map((subject) => {
      const rows = ruleCatalogue
        .filter((entry) => entry.subjects.includes(subject))
        .map((entry) => [`\`${entry.code}\``, entry.severity, basisCell(entry.basis), entry.exception ?? '—', cell(entry.description)]);
      return `### ${SUBJECT_HEADINGS[subject]}\n\n${table(['code', 'severity', 'basis', 'exception', 'rule'], rows)}`;
    })
    .join('\n\n');
}

/**
 * The checks of GetImport, ListImports, StopImport and ListImportFailures (the catalogue's
 * `operations`): one row per code, in catalogue order, saying on which values of which operation.
 */
export function renderOperationChecks(): string {
  const rows = ruleCatalogue.flatMap((entry) => {
    const where = Object.entries(entry.operations ?? {}).map(([operation, subjects]) => `${operation} (${subjects.join(', ')})`);
    return where.length === 0 ? [] : [[`\`${entry.code}\``, entry.severity, basisCell(entry.basis), entry.exception ?? '—', where.join('; '), cell(entry.description)]];
  });
  return table(['code', 'severity', 'basis', 'exception', 'reported for', 'rule'], rows);
}

/** The policy rules, with the severity each has when the policy file sets none. */
export function renderPolicyRules(): string {
  return table(
    ['code', 'default severity', 'rule'],
    POLICY_RULES.map((entry) => [`\`${entry.code}\``, entry.severity, cell(entry.description)]),
  );
}

/** The checks of the import role's policies. */
export function renderRoleChecks(): string {
  return table(
    ['code', 'severity', 'basis', 'rule'],
    ROLE_CHECKS.map((entry) => [`\`${entry.code}\``, entry.severity, basisCell(entry.basis), cell(entry.description)]),
  );
}

/** The blocks of docs/contract.md: marker name and what goes between its markers. */
const BLOCKS: readonly (readonly [string, () => string])[] = [
  ['contract-checks', renderContractChecks],
  ['operation-checks', renderOperationChecks],
  ['policy-rules', renderPolicyRules],
  ['role-checks', renderRoleChecks],
];

/** The text of docs/contract.md with every generated table replaced by the current one. */
export function withContractTables(text: string): string {
  return BLOCKS.reduce((current, [name, render]) => withBlock(current, `<!-- ${name}:start -->`, `<!-- ${name}:end -->`, render(), FILE), text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL(`../${FILE}`, import.meta.url));
  writeFileSync(path, withContractTables(readFileSync(path, 'utf8')));
  console.log(`${FILE} tables updated`);
}
