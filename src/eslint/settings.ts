import { isAbsolute, resolve } from 'node:path';
import { loadImportPolicy } from '../policy/index.js';
import type { ImportPolicy } from '../policy/index.js';

/** The key of the plugin's shared settings: `settings['cloudtrail-import']` in a flat config. */
export const SETTINGS_KEY = 'cloudtrail-import';

/** The plugin's shared settings, read. */
export interface PluginSettings {
  /**
   * The organisation policy of `settings['cloudtrail-import'].policy`: a policy object, or the
   * path of a policy file (relative to ESLint's working directory, `context.cwd`).
   */
  readonly policy?: ImportPolicy;
}

const EMPTY: PluginSettings = Object.freeze({});
const KNOWN = new Set(['policy']);
// Read once per settings object (ESLint hands every rule of a file the same one) and once per policy file.
const read = new WeakMap<object, PluginSettings>();
const files = new Map<string, ImportPolicy>();

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

function policyOf(value: unknown, cwd: string): ImportPolicy {
  const where = `settings['${SETTINGS_KEY}'].policy`;
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new Error(`${where} must be a policy object or the path of a policy file (got ${describe(value)})`);
  }
  const path = typeof value === 'string' ? (isAbsolute(value) ? value : resolve(cwd, value)) : undefined;
  const cached = path === undefined ? undefined : files.get(path);
  if (cached !== undefined) return cached;
  try {
    const policy = loadImportPolicy(path ?? value);
    if (path !== undefined) files.set(path, policy);
    return policy;
  } catch (error) {
    throw new Error(`${where} is not a usable policy: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Reads `settings['cloudtrail-import']`: absent, or an object of the known settings (`policy`).
 * Anything else is a mistake in the config, which it names rather than ignores. `cwd` is where a
 * relative policy path starts (the rule context's `cwd`).
 *
 * @throws Error when the setting is not an object, has a key this version does not know, or its policy cannot be loaded.
 * @example
 * readSettings({ 'cloudtrail-import': { policy: 'policies/org.json' } }, process.cwd()).policy?.version; // 1
 */
export function readSettings(settings: Readonly<Record<string, unknown>>, cwd: string): PluginSettings {
  const value = settings[SETTINGS_KEY];
  if (value === undefined) return EMPTY;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`settings['${SETTINGS_KEY}'] must be an object (got ${describe(value)})`);
  }
  const known = read.get(value);
  if (known !== undefined) return known;
  const unknown = Object.keys(value).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) {
    throw new Error(`settings['${SETTINGS_KEY}'] has an unknown setting '${unknown}': the settings are ${[...KNOWN].map((k) => `'${k}'`).join(', ')}`);
  }
  const given = (value as { readonly policy?: unknown }).policy;
  const result: PluginSettings = given === undefined ? EMPTY : Object.freeze({ policy: policyOf(given, cwd) });
  // A path is resolved against cwd: a settings object read from another cwd is read again.
  if (typeof given !== 'string') read.set(value, result);
  return result;
}
