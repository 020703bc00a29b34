/**
 * Bundles tsc's JavaScript output (dist/esm/**\/*.js) into few files per entry point, so that a
 * fresh process loads the package in a handful of reads instead of about 140 (see bench/README.md,
 * "Cold start alone"). Declarations are left as tsc emits them.
 *
 * One bundle graph per format, split into shared chunks: each source module exists exactly once per
 * format, whichever subpaths a user imports together, so classes (`instanceof PolicyError`), WeakMap
 * brands and the fakes' stores stay one instance, as in tsc's one-file-per-module output.
 *
 * - ES modules: esbuild's code splitting, one entry per `import` target of package.json's exports,
 *   plus the CLI (`bin`). The peer entries (`esm-entry.js`) keep their `import()` of the module
 *   that loads the peer, which becomes a chunk: a missing peer still fails there and is named.
 *   Every other entry imports the root first (`rootFirst`), so that the root is two files.
 * - CommonJS: esbuild cannot split CommonJS output, and a bundle per entry would copy every shared
 *   module into each (two PolicyError classes, two stores). So the CommonJS entries are split as ES
 *   modules first, then each output file is turned into CommonJS on its own (`require` of the same
 *   chunk files): the same one-instance graph, in CommonJS. An ES bundle hoists imports of packages
 *   to the top of a chunk, which in CommonJS would require an optional peer before the module that
 *   checks for it runs (`requirePeer` names a missing peer): every package a CommonJS entry imports
 *   is therefore bundled as a lazily run `require()` wrapper, which esbuild runs where the importing
 *   module runs, in tsc's order.
 * - jsonc-parser runs only on a text JSON.parse refused (src/json/read-json.ts): both formats load
 *   it on the first call of one of its functions, through `require` (its only build is UMD; an ES
 *   module `import` of it costs about 50 ms at start-up, `require` about 15 ms, neither is needed
 *   for valid input). A new name imported from it fails the build (no such export), never silently.
 */
import { readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { isRecord } from '../src/contract/record.js';

/** The functions of jsonc-parser the package calls; importing another fails the build (see above). */
const JSONC_FUNCTIONS = ['parseTree', 'printParseErrorCode'] as const;

/** What the bundling wrote, for the build's log. */
export interface BundleReport {
  readonly format: 'esm' | 'cjs';
  readonly entries: number;
  readonly files: number;
  readonly bytes: number;
}

/** The files, relative to dist/<format>/, that package.json's exports (condition `condition`) and bin point at. */
export function entryFiles(manifest: unknown, condition: 'import' | 'require'): string[] {
  const prefix = condition === 'import' ? './dist/esm/' : './dist/cjs/';
  const targets: string[] = [];
  const exportsField = isRecord(manifest) ? manifest['exports'] : undefined;
  for (const target of isRecord(exportsField) ? Object.values(exportsField) : []) {
    const conditional = isRecord(target) ? target[condition] : undefined;
    const file = isRecord(conditional) ? conditional['default'] : undefined;
    if (typeof file === 'string') targets.push(file);
  }
  const bin = isRecord(manifest) ? manifest['bin'] : undefined;
  for (const file of isRecord(bin) ? Object.values(bin) : []) if (typeof file === 'string') targets.push(file);
  return [...new Set(targets.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length)))];
}

/** jsonc-parser, required on first use (both formats). */
const lazyJsonc = (format: 'esm' | 'cjs'): Plugin => ({
  name: 'lazy-jsonc-parser',
  setup(plugin) {
    plugin.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: 'jsonc-parser', namespace: 'lazy-jsonc' }));
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-jsonc' }, () => ({
      loader: 'js',
      contents: [
        "import { createRequire } from 'node:module';",
        'let loaded;',
        `const jsonc = () => (loaded ??= createRequire(${format === 'esm' ? 'import.meta.url' : '__filename'})('jsonc-parser'));`,
        ...JSONC_FUNCTIONS.map((name) => `export function ${name}(...args) { return jsonc().${name}(...args); }`),
      ].join('\n'),
    }));
  },
});

/** CommonJS: every other package as a `require()` run where its importer runs (see above). */
const requireInPlace: Plugin = {
  name: 'require-in-place',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'require-in-place') return { path: args.path, external: true };
      return args.kind === 'import-statement' && !args.path.startsWith('node:') ? { path: args.path, namespace: 'require-in-place' } : undefined;
    });
    plugin.onLoad({ filter: /.*/, namespace: 'require-in-place' }, (args) => ({ loader: 'js', contents: `module.exports = require(${JSON.stringify(args.path)});` }));
  },
};

/**
 * ES modules: every other entry point, and every module loaded by `import()` (the peer entries'
 * modules, the CLI's `sample`), imports the root first. The root's modules are then reached from
 * every entry, so esbuild puts them in one shared chunk instead of about a dozen (one per set of
 * entries reaching a module): the root loads in two files. Measured (bench/cold-start.bench.ts
 * load, interleaved runs): ES modules ~20 ms faster than in 13 files, each of which costs Node's
 * ES module loader; CommonJS the same within noise (2 files instead of 11), kept for one layout.
 * The subpaths load the root's chunk too, most of which they loaded already.
 */
const rootFirst = (esmDir: string): Plugin => ({
  name: 'root-first',
  setup(plugin) {
    const rootEntry = join(esmDir, 'index.js');
    plugin.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'root-first') return undefined;
      const file = join(args.kind === 'entry-point' ? esmDir : args.resolveDir, args.path);
      const wraps = (args.kind === 'entry-point' || (args.kind === 'dynamic-import' && args.path.startsWith('.'))) && file !== rootEntry;
      return wraps ? { path: file, namespace: 'root-first' } : undefined;
    });
    plugin.onLoad({ filter: /.*/, namespace: 'root-first' }, (args) => {
      const file = JSON.stringify(args.path);
      const text = readFileSync(args.path, 'utf8');
      // The CLI's `#!/usr/bin/env node` stays first: esbuild keeps an entry's own hashbang only.
      const hashbang = /^#!.*/.exec(text)?.[0];
      // `export default …`, `export { x as default }`, `export { default } from …` (`export *` leaves it out).
      const hasDefault = /^export default |\bas default\b|^export \{[^}]*\bdefault\b/m.test(text);
      const contents = [...(hashbang === undefined ? [] : [hashbang]), `import ${JSON.stringify(rootEntry)};`, `export * from ${file};`, ...(hasDefault ? [`export { default } from ${file};`] : [])];
      return { loader: 'js', resolveDir: dirname(args.path), contents: contents.join('\n') };
    });
  },
});

/** Every file under `dir` whose name ends in `.js`, recursively. */
function javaScriptFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
}

function shared(esmDir: string, entries: readonly string[], plugins: Plugin[]): BuildOptions & { write: false; metafile: true } {
  return {
    absWorkingDir: esmDir,
    entryPoints: Object.fromEntries(entries.map((entry) => [entry.replace(/\.js$/, ''), `./${entry}`])),
    outdir: esmDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Every module's top-level code runs, as in tsc's output, whatever a `sideEffects` field says:
    // `import './peer.js'` and `import './provide.js'` are there for their effects.
    ignoreAnnotations: true,
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'inline',
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins,
  };
}

/**
 * `text` with every non-ASCII character written as `\\uXXXX`. esbuild escapes them in code
 * (its default `charset`), not in the comments it keeps; one `…` in a comment makes V8 hold the
 * whole file as two-byte text, which loaded measurably slower (about 4 ms for the ES module
 * root, 3 ms for CommonJS, in 41 interleaved runs). Throws unless the code, comments aside, is
 * unchanged: an escape anywhere but in a comment would change what the file does.
 */
async function asciiOnly(text: string, path: string): Promise<string> {
  // Without the `u` flag the expression matches UTF-16 code units: a surrogate pair becomes two escapes.
  const ascii = text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii === text) return text;
  const code = async (source: string): Promise<string> => (await transform(source, { loader: 'js', minify: true, legalComments: 'none' })).code;
  if ((await code(ascii)) !== (await code(text))) throw new Error(`${path}: non-ASCII characters outside comments`);
  return ascii;
}

/**
 * Replaces tsc's JavaScript in dist/esm and dist/cjs with the bundles: reads dist/esm/**\/*.js
 * (tsc's ES module output of src), removes it, writes both formats.
 */
export async function bundleDist(root: string): Promise<BundleReport[]> {
  const manifest: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const esmDir = join(root, 'dist/esm');
  const cjsDir = join(root, 'dist/cjs');
  const esmEntries = entryFiles(manifest, 'import');
  const cjsEntries = entryFiles(manifest, 'require');
  const esm = await build(shared(esmDir, esmEntries, [rootFirst(esmDir), lazyJsonc('esm')]));
  const cjs = await build(shared(esmDir, cjsEntries, [rootFirst(esmDir), lazyJsonc('cjs'), requireInPlace]));

  for (const file of [...javaScriptFiles(esmDir), ...javaScriptFiles(cjsDir)]) rmSync(file);
  const write = async (path: string, text: string): Promise<number> => {
    const ascii = await asciiOnly(text, path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, ascii);
    return ascii.length;
  };
  let esmBytes = 0;
  for (const output of esm.outputFiles) esmBytes += await write(output.path, output.text);
  let cjsBytes = 0;
  for (const output of cjs.outputFiles) {
    // `import()` becomes `require()` in a promise, as tsc's CommonJS output has it.
    const { code } = await transform(output.text, { format: 'cjs', platform: 'node', target: 'node20', loader: 'js', legalComments: 'inline', supported: { 'dynamic-import': false } });
    cjsBytes += await write(join(cjsDir, relative(esmDir, output.path)), code);
  }
  return [
    { format: 'esm', entries: esmEntries.length, files: esm.outputFiles.length, bytes: esmBytes },
    { format: 'cjs', entries: cjsEntries.length, files: cjs.outputFiles.length, bytes: cjsBytes },
  ];
}
