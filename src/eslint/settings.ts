/** The key of the plugin's shared settings: `settings['cloudtrail-import']` in a flat config. */
export const SETTINGS_KEY = 'cloudtrail-import';

/** The plugin's shared settings. None yet: organisation policies will be read from here. */
export type PluginSettings = Readonly<Record<string, never>>;

const EMPTY: PluginSettings = Object.freeze({});
const checked = new WeakSet();

/**
 * Reads `settings['cloudtrail-import']`: absent, or an object of the known settings (none yet).
 * Anything else is a mistake in the config, which it names rather than ignores.
 *
 * @throws Error when the setting is not an object or has a key this version does not know.
 */
export function readSettings(settings: Readonly<Record<string, unknown>>): PluginSettings {
  const value = settings[SETTINGS_KEY];
  if (value === undefined) return EMPTY;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`settings['${SETTINGS_KEY}'] must be an object (got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})`);
  }
  if (checked.has(value)) return EMPTY;
  const [unknown] = Object.keys(value);
  if (unknown !== undefined) {
    throw new Error(`settings['${SETTINGS_KEY}'] has an unknown setting '${unknown}': this version of the plugin has no settings yet`);
  }
  checked.add(value);
  return EMPTY;
}
