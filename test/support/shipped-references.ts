/**
 * What the shipped documents point at: the package's files (package.json `files`, read from the
 * file system, so no pack is needed), and the relative links and path mentions of a README,
 * a doc page, a schema or a declaration file, with whether each lands on a shipped file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The entries of package.json `files` that exclude a file (`!docs/architecture.md`), without the `!`. */
function excluded(files: readonly string[]): string[] {
  return files.filter((entry) => entry.startsWith('!')).map((entry) => entry.slice(1).replace(/^\.\//, ''));
}

/** Every file the package ships, as a path relative to `root` with `/` separators. */
export function shippedFiles(root: string, files: readonly string[]): Set<string> {
  const found = new Set<string>(['package.json']);
  const left = new Set(excluded(files));
  const walk = (path: string): void => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) for (const entry of readdirSync(absolute)) walk(posix.join(path, entry));
    else if (!left.has(path)) found.add(path);
  };
  for (const entry of files) if (!entry.startsWith('!')) walk(entry.replace(/^\.\//, '').replace(/\/$/, ''));
  return found;
}

/** The top-level folders and Markdown files of the repository that the package does not ship, and the files `files` excludes. */
export function unshippedRoots(root: string, files: readonly string[]): string[] {
  const shipped = new Set(files.map((entry) => entry.replace(/^\.\//, '').replace(/\/$/, '')));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => !shipped.has(entry.name) && entry.name !== 'node_modules' && entry.name !== '.git')
    .filter((entry) => entry.isDirectory() || entry.name.endsWith('.md'))
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .concat(excluded(files));
}

/** A heading's anchor as GitHub (and npm) make it: lower case, punctuation dropped, spaces to `-`. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown document's headings (a repeated heading gets `-1`, `-2`, … as on GitHub). */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of withoutCodeBlocks(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(match[1] ?? '');
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n += 1) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

/** Markdown without its fenced code blocks: code there is the user's, not a reference of ours. */
export function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** A reference a shipped document makes: a Markdown link target, or a path named in its text. */
export interface Reference {
  readonly kind: 'link' | 'mention';
  readonly target: string;
}

/** The relative link targets of Markdown text (inline `[x](target)` and `[x]: target` definitions). */
export function linksIn(markdown: string): Reference[] {
  const text = withoutCodeBlocks(markdown);
  const targets = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((match) => match[1] ?? '');
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target)).map((target) => ({ kind: 'link', target }));
}

/**
 * The paths a text names that the package cannot hold: anything under an unshipped top-level
 * folder (`fixtures/requests`), an unshipped top-level Markdown file, and any `*.md` file name.
 * A name inside a URL or a longer path (`../src/x.js`, `https://…/README.md`) is not one of ours.
 */
export function mentionsIn(text: string, roots: readonly string[]): Reference[] {
  const escaped = roots.map((root) => root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w.@/:-])((?:${escaped.join('|')})[\\w./*-]*|[\\w./-]+\\.md\\b)`, 'g');
  return [...text.matchAll(pattern)].map((match) => ({ kind: 'mention', target: (match[1] ?? '').replace(/[.,;:]+$/, '') }));
}

/**
 * Whether `reference`, made in the shipped file `from`, lands on a shipped file: a link resolves
 * from the file's folder (and its `#anchor`, if any, names a heading of the file it lands on);
 * a mention of a Markdown file resolves from the file's folder or the package root.
 */
export function lands(reference: Reference, from: string, shipped: ReadonlySet<string>, anchors: (file: string) => ReadonlySet<string>): boolean {
  const [path = '', anchor] = reference.target.split('#');
  const candidates =
    reference.kind === 'link'
      ? [path === '' ? from : posix.normalize(posix.join(posix.dirname(from), path))]
      : [posix.normalize(posix.join(posix.dirname(from), path)), posix.normalize(path)];
  return candidates.some((file) => shipped.has(file) && (anchor === undefined || !file.endsWith('.md') || anchors(file).has(anchor)));
}

/**
 * The references a shipped file makes: in Markdown, its links, and the paths its prose names
 * (outside code blocks and link targets); elsewhere (schemas, declarations) every path it names.
 */
export function referencesIn(file: string, text: string, roots: readonly string[]): Reference[] {
  if (!file.endsWith('.md')) return mentionsIn(text, roots);
  return [...linksIn(text), ...mentionsIn(withoutCodeBlocks(text).replace(/\]\([^)]*\)/g, ']'), roots)];
}
