/**
 * Runs `analyseFile` for real: lints a code string with ESLint's Linter (flat config) and a tiny
 * inline plugin whose one rule records what the analysis found.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { analyseFile, type AnalysisOptions, type FoundRequest } from '../../../src/eslint/analyse/index.js';

/** The typed-mode fixture project: a tsconfig and the files it holds. */
export const TYPED_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/analyse');

export type Mode = 'espree' | 'typescript' | 'typed';

export interface LintOptions extends AnalysisOptions {
  /** The parser: espree (the default for `.js`, `.mjs`, `.cjs`), @typescript-eslint/parser without or with type information. */
  readonly mode?: Mode;
  /** The file name; default `file.mjs` (espree) or `file.ts`. */
  readonly filename?: string;
  /** `commonjs` for `require` in a `.js` file. */
  readonly sourceType?: 'module' | 'commonjs' | 'script';
  /** Another parser in place of @typescript-eslint/parser (one that wraps it). */
  readonly parser?: Linter.Parser;
}

/** What a lint found: the requests, and the lint's own messages (a parse error shows here). */
export interface Linted {
  readonly requests: readonly FoundRequest[];
  readonly messages: readonly Linter.LintMessage[];
}

function languageOptions(mode: Mode, { sourceType, parser = tsParser }: LintOptions): Linter.LanguageOptions {
  const base: Linter.LanguageOptions = sourceType === undefined ? {} : { sourceType };
  if (mode === 'espree') return base;
  if (mode === 'typescript') return { ...base, parser };
  return { ...base, parser, parserOptions: { projectService: true, tsconfigRootDir: TYPED_ROOT } };
}

/**
 * Lints `code` and returns what `analyseFile` found in it.
 *
 * @example
 * const [request] = lint('new StartImportCommand({ ImportId: "x" })').requests;
 */
export function lint(code: string, options: LintOptions = {}): Linted {
  const mode = options.mode ?? 'espree';
  let requests: readonly FoundRequest[] = [];
  const record: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        'Program:exit'() {
          requests = analyseFile(context.sourceCode, options.now === undefined ? {} : { now: options.now });
        },
      };
    },
  };
  const filename = options.filename ?? (mode === 'espree' ? 'file.mjs' : 'file.ts');
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        languageOptions: languageOptions(mode, options),
        plugins: { analyse: { rules: { record } } },
        rules: { 'analyse/record': 'error' },
      },
    ],
    mode === 'typed' ? join(TYPED_ROOT, filename) : filename,
  );
  return { requests, messages };
}

/** `code path` of each violation, as the tests compare them. */
export function codes(request: FoundRequest | undefined): string[] {
  return (request?.violations ?? []).map((v) => `${v.code} ${v.path}`);
}

/** Where `nodeAt(path)` points: `line:column` (1-based column, as editors show it) and the node type. */
export function at(request: FoundRequest | undefined, path: string): string {
  if (request === undefined) return 'no request';
  const node = request.nodeAt(path);
  const start = node.loc?.start;
  return start === undefined ? node.type : `${String(start.line)}:${String(start.column + 1)} ${node.type}`;
}
