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
// Read once per settings object and working directory (ESLint hands every rule of a file the same
// settings); a policy file is loaded once per path. A failure is not kept: it stops the lint, and
// ESLint rewrites the message of the error it is given, so each throw needs an error of its own.
const read = new WeakMap<object, Map<string, PluginSettings>>();
const files = new Map<string, ImportPolicy>();

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/** The error of a bad setting: ESLint puts the name of whichever rule read it first before this message. */
function invalid(field: string, reason: string, cause?: unknown): Error {
  const where = field === '' ? `settings['${SETTINGS_KEY}']` : `settings['${SETTINGS_KEY}'].${field}`;
  return new Error(`Invalid ${where} in the ESLint config: ${reason}`, cause === undefined ? undefined : { cause });
}

function policyOf(value: unknown, cwd: string): ImportPolicy {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw invalid('policy', `must be a policy object or the path of a policy file (got ${describe(value)})`);
  }
  const path = typeof value === 'string' ? (isAbsolute(value) ? value : resolve(cwd, value)) : undefined;
  const cached = path === undefined ? undefined : files.get(path);
  if (cached !== undefined) return cached;
  try {
    const policy = loadImportPolicy(path ?? value);
    if (path !== undefined) files.set(path, policy);
    return policy;
  } catch (error) {
    throw invalid('policy', error instanceof Error ? error.message : String(error), error);
  }
}

function validate(value: object, cwd: string): PluginSettings {
  const unknown = Object.keys(value).find((key) => !KNOWN.has(key));
  if (unknown !== undefined) throw invalid(unknown, `is not a setting: the settings are ${[...KNOWN].map((k) => `'${k}'`).join(', ')}`);
  const given = (value as { readonly policy?: unknown }).policy;
  return given === undefined ? EMPTY : Object.freeze({ policy: policyOf(given, cwd) });
}

/**
 * Reads `settings['cloudtrail-import']`: absent, or an object of the known settings (`policy`).
 * Anything else is a mistake in the config, which it names rather than ignores: one error, whose
 * message starts `Invalid settings['cloudtrail-import']…` and names the field and what is wrong
 * (ESLint reports it as an error of the first rule that read the settings). `cwd` is where a
 * relative policy path starts (the rule context's `cwd`).
 *
 * @throws Error when the setting is not an object, has a key this version does not know, or its policy cannot be loaded.
 * @example
 * readSettings({ 'cloudtrail-import': { policy: 'policies/org.json' } }, process.cwd()).policy?.version; // 1
 */
export function readSettings(settings: Readonly<Record<string, unknown>>, cwd: string): PluginSettings {
  const value = settings[SETTINGS_KEY];
  if (value === undefined) return EMPTY;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('', `must be an object (got ${describe(value)})`);
  let byCwd = read.get(value);
  if (byCwd === undefined) {
    byCwd = new Map();
    read.set(value, byCwd);
  }
  let result = byCwd.get(cwd);
  if (result === undefined) {
    result = validate(value, cwd);
    byCwd.set(cwd, result);
  }
  return result;
}
