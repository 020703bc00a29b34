import type { ESLint, Linter } from 'eslint';
import { mixesSeverities, type ContractDocs } from './contract-rule.js';
import type { PluginRule } from './create-rule.js';

/** The plugin's namespace: rules are `cloudtrail-import/<name>`. */
export const NAMESPACE = 'cloudtrail-import';

/** The rules a config is derived from. */
export type ContractRules = Readonly<Record<string, PluginRule<readonly unknown[], string, ContractDocs>>>;

/**
 * `recommended`: every rule owning an error code, as "error", reporting its error codes.
 * Derived from each rule's `meta.docs.recommended`, which its codes' catalogue severities decide.
 */
export function recommendedRules(rules: ContractRules): Linter.RulesRecord {
  const entries = Object.entries(rules).filter(([, rule]) => rule.meta.docs.recommended === 'recommended');
  return Object.fromEntries(entries.map(([name]) => [`${NAMESPACE}/${name}`, 'error']));
}

/**
 * `strict`: the warnings too. A rule mixing errors and warnings stays "error" with its
 * `warnings` option on (ESLint gives one severity per rule); a rule of warnings alone is "warn".
 */
export function strictRules(rules: ContractRules): Linter.RulesRecord {
  return Object.fromEntries(
    Object.entries(rules).map(([name, rule]): [string, Linter.RuleEntry] => {
      const id = `${NAMESPACE}/${name}`;
      if (rule.meta.docs.recommended === 'strict') return [id, 'warn'];
      return [id, mixesSeverities(rule.meta.docs.codes) ? ['error', { warnings: true }] : 'error'];
    }),
  );
}

/** The two flat configs, each registering `plugin` itself. */
export function pluginConfigs(plugin: ESLint.Plugin, rules: ContractRules): { readonly recommended: Linter.Config; readonly strict: Linter.Config } {
  return {
    recommended: { name: `${NAMESPACE}/recommended`, plugins: { [NAMESPACE]: plugin }, rules: recommendedRules(rules) },
    strict: { name: `${NAMESPACE}/strict`, plugins: { [NAMESPACE]: plugin }, rules: strictRules(rules) },
  };
}
