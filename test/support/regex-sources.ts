/**
 * Collects every regular expression the toolkit runs: `pattern` (and `patternProperties`) in
 * `schemas/*.json`, regex literals and `RegExp` calls with literal arguments in the `.ts` files under `src/`
 * (found with the TypeScript compiler API), and the partitions' `regionRegex`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import type { ShapeModel } from '../../src/core/model.js';
import { COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE, LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE } from '../../src/contract/arn.js';
import { CLOUDTRAIL_MODEL } from '../../src/generated/cloudtrail-model.js';
import { childPointer, ROOT, type JsonValue } from './json-schemas.js';

export interface RegexSource {
  readonly source: string;
  readonly flags: string;
  /** Where it is written: `schemas/common.schema.json#/$defs/UUID/pattern`, `src/contract/arn.ts:17`, … */
  readonly origin: string;
}

/** A `RegExp` built from something other than literals: its pattern has to be collected from where it comes from. */
export interface DynamicRegex {
  readonly origin: string;
  readonly text: string;
}

/** ajv compiles schema patterns with the `u` flag (its default `unicodeRegExp: true`). */
const SCHEMA_FLAGS = 'u';
/** Compiled from the schemas: their patterns are collected from the schemas themselves. */
const GENERATED_VALIDATORS = 'src/generated/validators.ts';

function walkJson(value: JsonValue, pointer: string, visit: (key: string, item: JsonValue, pointer: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walkJson(item, childPointer(pointer, String(index)), visit);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = childPointer(pointer, key);
      visit(key, item, at);
      walkJson(item, at, visit);
    }
  }
}

/** `pattern` values and `patternProperties` keys anywhere in `schemas/*.json`. */
export function schemaPatterns(root = ROOT): RegexSource[] {
  const found: RegexSource[] = [];
  for (const file of readdirSync(`${root}/schemas`).filter((name) => name.endsWith('.json')).sort()) {
    const document = JSON.parse(readFileSync(`${root}/schemas/${file}`, 'utf8')) as JsonValue;
    walkJson(document, '', (key, item, pointer) => {
      const origin = `schemas/${file}#${pointer}`;
      if (key === 'pattern' && typeof item === 'string') found.push({ source: item, flags: SCHEMA_FLAGS, origin });
      if (key === 'patternProperties' && typeof item === 'object' && item !== null && !Array.isArray(item)) {
        for (const property of Object.keys(item)) found.push({ source: property, flags: SCHEMA_FLAGS, origin: childPointer(origin, property) });
      }
    });
  }
  return found;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** Regex literals and `new RegExp('…', '…')` / `RegExp('…')` with literal arguments in `src/`, and the RegExps built otherwise. */
export function sourceRegexes(root = ROOT): { regexes: RegexSource[]; dynamic: DynamicRegex[] } {
  const regexes: RegexSource[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of typeScriptFiles(`${root}/src`).sort()) {
    const file = relative(root, path);
    if (file === GENERATED_VALIDATORS) continue;
    const sourceFile = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const originOf = (node: ts.Node): string => `${file}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const close = text.lastIndexOf('/');
        regexes.push({ source: text.slice(1, close), flags: text.slice(close + 1), origin: originOf(node) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        const flagText = flags === undefined ? '' : literalText(flags);
        if (source !== undefined && flagText !== undefined) regexes.push({ source, flags: flagText, origin: originOf(node) });
        else dynamic.push({ origin: originOf(node), text: node.getText(sourceFile) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { regexes, dynamic };
}

/** Every partition's `regionRegex` in `data/aws-partitions.json`. */
export function partitionRegexes(root = ROOT): RegexSource[] {
  const data = JSON.parse(readFileSync(`${root}/data/aws-partitions.json`, 'utf8')) as { partitions: { id: string; regionRegex: string }[] };
  return data.partitions.map((partition, index) => ({
    source: partition.regionRegex,
    flags: '',
    origin: `data/aws-partitions.json#/partitions/${index}/regionRegex (${partition.id})`,
  }));
}

/** Every `pattern` of the model's string shapes (`src/generated/cloudtrail-model.ts`), as the engine compiles them (`u`). */
export function modelPatterns(): RegexSource[] {
  return Object.entries(CLOUDTRAIL_MODEL.shapes as Readonly<Record<string, ShapeModel>>).flatMap(([name, shape]) =>
    shape.type === 'string' && shape.pattern !== undefined ? [{ source: shape.pattern, flags: 'u', origin: `models/cloudtrail-import.smithy.json ${name} (src/core/structural.ts)` }] : [],
  );
}

/** The expressions src/contract/arn.ts writes from the partitions file and fixed text (its common ARN forms' sticky tests). */
export function builtArnPatterns(): RegexSource[] {
  return [
    { source: LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE, flags: 'y', origin: 'src/contract/arn.ts LISTED_REGION_EVENT_DATA_STORE_ARN_SOURCE' },
    { source: COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE, flags: 'y', origin: 'src/contract/arn.ts COMMON_ROLE_ARN_AFTER_PARTITION_SOURCE' },
  ];
}
