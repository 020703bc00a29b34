import { ruleCatalogue, type CatalogueEntry } from '../index.js';
import type { RulesFormat } from './args.js';

const HEADINGS = ['CODE', 'SEVERITY', 'BASIS', 'EXCEPTION', 'DESCRIPTION'] as const;

function cells(entry: CatalogueEntry): readonly string[] {
  return [entry.code, entry.severity, entry.basis, entry.exception ?? '-', entry.description];
}

/** The catalogue as a table with aligned columns; the description, last, is not padded. */
export function rulesTable(entries: readonly CatalogueEntry[]): string {
  const rows: readonly (readonly string[])[] = [HEADINGS, ...entries.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return `${rows.map(line).join('\n')}\n`;
}

/** `rules`: the catalogue as a table, or as the JSON array `ruleCatalogue` exports. */
export function rulesReport(format: RulesFormat): string {
  return format === 'json' ? `${JSON.stringify(ruleCatalogue, null, 2)}\n` : rulesTable(ruleCatalogue);
}
