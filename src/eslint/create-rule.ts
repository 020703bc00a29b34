import type { Rule } from 'eslint';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';
import { isRecord } from '../contract/record.js';

/** What `createRule` is given: typescript-eslint's `RuleCreator` anatomy, without the docs URL. */
export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string, Docs extends object> {
  readonly name: string;
  readonly meta: {
    readonly type: 'problem' | 'suggestion' | 'layout';
    readonly docs: Docs & { readonly description: string };
    readonly messages: Readonly<Record<MessageIds, string>>;
    readonly schema: Rule.RuleMetaData['schema'];
    readonly hasSuggestions?: boolean;
  };
  readonly defaultOptions: Options;
  /** `options` are the user's merged over `defaultOptions`. */
  readonly create: (context: Rule.RuleContext, options: Options) => Rule.RuleListener;
}

/** A rule of the plugin: an ESLint rule module that keeps its name, docs and default options. */
export interface PluginRule<Options extends readonly unknown[] = readonly unknown[], MessageIds extends string = string, Docs extends object = object>
  extends Rule.RuleModule {
  readonly name: string;
  readonly meta: RuleDefinition<Options, MessageIds, Docs>['meta'] & { readonly docs: { readonly url: string } };
  readonly defaultOptions: Options;
}

/**
 * Where a rule's page is: the docs/rules folder of the published version of the package, so a
 * link from an editor always shows the page of the version that reported.
 */
export function ruleDocsUrl(name: string): string {
  return `https://unpkg.com/${PACKAGE_NAME}@${PACKAGE_VERSION}/docs/rules/${name}.md`;
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

/** The user's options merged over the defaults (objects deeply), as typescript-eslint's `applyDefault` does. */
export function applyDefault<Options extends readonly unknown[]>(defaults: Options, user: readonly unknown[]): Options {
  return defaults.map((fallback, index) => {
    const given = user[index];
    if (given === undefined) return structuredClone(fallback);
    return isRecord(fallback) && isRecord(given) ? deepMerge(fallback, given) : given;
  }) as unknown as Options;
}

/**
 * Creates a rule the way typescript-eslint's `ESLintUtils.RuleCreator` does: the docs URL derived
 * from the name, the default options applied before `create` sees them. The plugin depends on
 * `eslint` alone at run time, so this stands in for `@typescript-eslint/utils`.
 *
 * @example
 * const rule = createRule({
 *   name: 'valid-import-id',
 *   meta: { type: 'problem', docs: { description: 'ImportId must be an import id' }, messages: { bad: 'bad id' }, schema: [] },
 *   defaultOptions: [],
 *   create: (context) => ({}),
 * });
 * rule.meta.docs.url; // 'https://unpkg.com/cloudtrail-import-contract@0.1.0/docs/rules/valid-import-id.md'
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string, Docs extends object>(
  definition: RuleDefinition<Options, MessageIds, Docs>,
): PluginRule<Options, MessageIds, Docs> {
  const { name, meta, defaultOptions, create } = definition;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions,
    create: (context) => create(context, applyDefault(defaultOptions, context.options)),
  };
}
