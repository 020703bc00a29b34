/**
 * cloudtrail-import-contract/eslint: a flat-config ESLint plugin that checks the import
 * operations' inputs where the code builds them (CloudTrail's StartImport and read operations,
 * CloudWatch Logs' import tasks), with the same rules as the validator.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { NAMESPACE, pluginConfigs } from './configs.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-meta.js';
import { rules, type RuleName } from './rules/index.js';

export type { RuleName } from './rules/index.js';
export type { PluginSettings } from './settings.js';

/** The plugin: its `meta`, its rules and the configs `recommended` and `strict`. */
export interface CloudTrailImportPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: Readonly<Record<RuleName, Rule.RuleModule>>;
  readonly configs: {
    /** The rules that report errors, as "error". */
    readonly recommended: Linter.Config;
    /** Every rule, with the catalogue's warnings too. */
    readonly strict: Linter.Config;
  };
}

// Filled in once the plugin exists: each config holds the plugin itself.
const pluginConfigsSlot: { recommended: Linter.Config; strict: Linter.Config } = { recommended: {}, strict: {} };

/**
 * The plugin. Its configs register it under `cloudtrail-import`; add one to a flat config.
 *
 * @example
 * // eslint.config.js
 * import cloudtrailImport from 'cloudtrail-import-contract/eslint';
 * export default [cloudtrailImport.configs.recommended];
 */
const plugin: CloudTrailImportPlugin = {
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  rules,
  configs: pluginConfigsSlot,
};
Object.assign(pluginConfigsSlot, pluginConfigs(plugin, rules));

export default plugin;

/**
 * The plugin's configs, `plugin.configs` itself; named for CommonJS.
 *
 * @example
 * // eslint.config.cjs
 * const { configs } = require('cloudtrail-import-contract/eslint');
 * module.exports = [configs.recommended];
 */
export const configs: CloudTrailImportPlugin['configs'] = plugin.configs;

/** The plugin's rules by name, `plugin.rules` itself. */
export { rules };
