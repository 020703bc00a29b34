/**
 * The package's name and version, for the plugin's `meta` (ESLint keys its cache on them).
 * Constants, because the same source builds to ES modules and CommonJS, where neither
 * `import.meta` nor a JSON import works in both; a test of the plugin keeps them equal to
 * package.json.
 */
export const PACKAGE_NAME = 'cloudtrail-import-contract';

/** See `PACKAGE_NAME`. */
export const PACKAGE_VERSION = '0.1.0';
