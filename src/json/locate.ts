import { pointerKeys } from '../rules/violation.js';
import { positionsOf, type Position } from './positions.js';

/** Where a reported violation is in its file: the start and end of the JSON it names. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/** A document's text and where it starts in its file (see `JsonDocument` of ./documents.ts). */
export interface PlacedText {
  readonly text: string;
  /** 1-based line and column (UTF-16 code units) of `text`'s first character in the file. */
  readonly line: number;
  readonly column: number;
}

/**
 * The nodes the violation paths run through, as a tree of their segments (member names as
 * written in the document, array indexes as decimal text), so that a scan compares each member's
 * name with the segments wanted at its level and builds no pointer string.
 */
interface Wanted {
  readonly children: Map<string, Wanted>;
  /** Where the node is, once the scan has met it: of duplicate keys, the last, whose value JSON.parse keeps and the checks read. */
  span: { readonly start: number; readonly end: number; readonly memberStart: number } | undefined;
}

/** Forgets where a node and the nodes under it were: a later member of the same name replaces it. */
function forget(node: Wanted): void {
  node.span = undefined;
  for (const child of node.children.values()) if (child.span !== undefined) forget(child);
}

const wantedNode = (): Wanted => ({ children: new Map(), span: undefined });

/** The tree of `paths` and, for each path, the nodes along it from the root. */
function wantedTree(paths: readonly string[]): { readonly root: Wanted; readonly chains: readonly (readonly Wanted[])[] } {
  const root = wantedNode();
  const chains = paths.map((path) => {
    const chain = [root];
    let node = root;
    for (const key of pointerKeys(path)) {
      let child = node.children.get(key);
      if (child === undefined) {
        child = wantedNode();
        node.children.set(key, child);
      }
      chain.push(child);
      node = child;
    }
    return chain;
  });
  return { root, chains };
}

function skipSpace(text: string, at: number): number {
  let i = at;
  for (let char = text.charCodeAt(i); char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09; char = text.charCodeAt(i)) i += 1;
  return i;
}

/** The offset after the string whose opening quote is at `at` (a native search for a quote no odd run of backslashes escapes). */
export function stringEnd(text: string, at: number): number {
  let end = text.indexOf('"', at + 1);
  for (;;) {
    if (end === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
}

/** The next quote or bracket, found natively: a subtree is mostly text and indentation no loop needs to look at. */
const STRUCTURE = /["[\]{}]/g;

/** The offset after the value starting at `at`, walked without building anything. */
function valueEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === 0x22) return stringEnd(text, at);
  if (first === 0x5b || first === 0x7b) {
    let depth = 0;
    STRUCTURE.lastIndex = at;
    while (STRUCTURE.test(text)) {
      const i = STRUCTURE.lastIndex - 1;
      const char = text.charCodeAt(i);
      if (char === 0x22) STRUCTURE.lastIndex = stringEnd(text, i);
      else if (char === 0x5b || char === 0x7b) depth += 1;
      else if ((depth -= 1) === 0) return i + 1;
    }
    return text.length;
  }
  // A number, true, false or null: up to the next delimiter.
  let i = at + 1;
  for (let char = text.charCodeAt(i); i < text.length && char !== 0x2c && char !== 0x5d && char !== 0x7d && char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09; char = text.charCodeAt(i)) i += 1;
  return i;
}

/**
 * Records where the value at `at` is in `node`, and the wanted nodes inside it; returns the offset
 * after it. Subtrees no path runs through are skipped by `valueEnd`. Recursion follows the paths
 * only, in a text already known to be JSON nested no deeper than `MAX_JSON_DEPTH`.
 */
function scanValue(text: string, at: number, node: Wanted, memberStart: number): number {
  const open = text.charCodeAt(at);
  let end: number;
  if ((open === 0x7b || open === 0x5b) && node.children.size > 0) {
    let i = skipSpace(text, at + 1);
    let index = 0;
    while (i < text.length && text.charCodeAt(i) !== 0x7d && text.charCodeAt(i) !== 0x5d) {
      let child: Wanted | undefined;
      const childStart = i;
      if (open === 0x7b) {
        const keyEnd = stringEnd(text, i);
        const raw = text.slice(i + 1, keyEnd - 1);
        child = node.children.get(raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw);
        if (child?.span !== undefined) forget(child);
        // Past the colon to the value; a report on a member lands on its key.
        i = skipSpace(text, skipSpace(text, keyEnd) + 1);
      } else {
        child = node.children.get(String(index));
        index += 1;
      }
      i = skipSpace(text, child === undefined ? valueEnd(text, i) : scanValue(text, i, child, childStart));
      if (text.charCodeAt(i) === 0x2c) i = skipSpace(text, i + 1);
    }
    end = i + 1;
  } else {
    end = valueEnd(text, at);
  }
  node.span ??= { start: at, end, memberStart };
  return end;
}

/** The tree of `paths` (JSON Pointers from the text's root) with the span of each node the text holds. */
function spansOnTheWay(text: string, paths: readonly string[]): ReturnType<typeof wantedTree> {
  const tree = wantedTree(paths);
  const start = skipSpace(text, 0);
  if (start < text.length) scanValue(text, start, tree.root, start);
  return tree;
}

/**
 * Where each violation path (a JSON Pointer into the document) is in a document's text: the node
 * it names — for an object member, its key and value, so a report lands on the key's line; for a
 * missing member, the nearest object or array on the way to it — as offsets `[start0, end0,
 * start1, …]` in `text`. One scan of the text, which skips every subtree no path runs through.
 */
export function spanOffsets(text: string, paths: readonly string[]): number[] {
  const { chains } = spansOnTheWay(text, paths);
  const offsets: number[] = new Array<number>(paths.length * 2);
  chains.forEach((chain, i) => {
    // The nearest node on the way that the text holds: a missing member lands on its object.
    let depth = chain.length - 1;
    while (depth > 0 && chain[depth]?.span === undefined) depth -= 1;
    const span = chain[depth]?.span;
    // The document itself has no key of its own to land on.
    offsets[i * 2] = span === undefined ? 0 : depth === 0 ? span.start : span.memberStart;
    offsets[i * 2 + 1] = span === undefined ? text.length : span.end;
  });
  return offsets;
}

/**
 * Where each violation path is in its file (see `spanOffsets`): positions are found in the
 * document's own text, only for a document something is reported in, so no file keeps a tree.
 */
export function placeViolations(document: PlacedText, paths: readonly string[]): Span[] {
  const positions = positionsOf(document.text, spanOffsets(document.text, paths));
  const inFile = (at: Position | undefined): Position => {
    if (at === undefined) return { line: document.line, column: document.column };
    return at.line === 1 ? { line: document.line, column: document.column + at.column - 1 } : { line: document.line + at.line - 1, column: at.column };
  };
  return paths.map((_, i) => ({ start: inFile(positions[i * 2]), end: inFile(positions[i * 2 + 1]) }));
}

/** The offset where the value at `pointer` starts in `text` (JSON already read with `readJson`); `undefined` when it has none. */
export function offsetOf(text: string, pointer: string): number | undefined {
  return spansOnTheWay(text, [pointer]).chains[0]?.at(-1)?.span?.start;
}
