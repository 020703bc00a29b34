import type { ESLint, Linter } from 'eslint';
import type { ContractDocs } from './contract-rule.js';
import type { PluginRule } from './create-rule.js';

/** The plugin's namespace: rules are `cloudtrail-import/<name>`. */
export const NAMESPACE = 'cloudtrail-import';

/** The rules a config is derived from. */
export type ContractRules = Readonly<Record<string, PluginRule<readonly unknown[], string, ContractDocs>>>;

/** A rule at the severity of what it reports: ESLint's "warn" for the rules of warnings. */
function entries(rules: ContractRules, keep: (docs: ContractDocs) => boolean): Linter.RulesRecord {
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => keep(rule.meta.docs))
      .map(([name, rule]): [string, Linter.RuleEntry] => [`${NAMESPACE}/${name}`, rule.meta.docs.severity === 'warning' ? 'warn' : 'error']),
  );
}

/**
 * `recommended`: the rules of `meta.docs.recommended` (the catalogue's errors and the policy's
 * rules), each at its own severity. Derived from the rules' metadata, never kept by hand.
 */
export function recommendedRules(rules: ContractRules): Linter.RulesRecord {
  return entries(rules, (docs) => docs.recommended === 'recommended');
}

/** `strict`: every rule, the catalogue's warnings too, each at its own severity. */
export function strictRules(rules: ContractRules): Linter.RulesRecord {
  return entries(rules, () => true);
}

/** The two flat configs, each registering `plugin` itself. */
export function pluginConfigs(plugin: ESLint.Plugin, rules: ContractRules): { readonly recommended: Linter.Config; readonly strict: Linter.Config } {
  return {
    recommended: { name: `${NAMESPACE}/recommended`, plugins: { [NAMESPACE]: plugin }, rules: recommendedRules(rules) },
    strict: { name: `${NAMESPACE}/strict`, plugins: { [NAMESPACE]: plugin }, rules: strictRules(rules) },
  };
}
