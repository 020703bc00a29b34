import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { pointerKeys } from '../rules/index.js';
import type { ParsedFile } from './parse-json.js';

/** The node of one checked document: the file's value, or an element of the array it holds. */
export function documentNode(tree: Node, index: number | undefined): Node {
  return index === undefined ? tree : (tree.children?.[index] ?? tree);
}

function child(node: Node, segment: string): Node | undefined {
  if (node.type === 'object') return findNodeAtLocation(node, [segment]);
  if (node.type === 'array' && /^(?:0|[1-9]\d*)$/.test(segment)) return findNodeAtLocation(node, [Number(segment)]);
  return undefined;
}

/**
 * The node a JSON Pointer names inside a document: for a member, its property (key and
 * value, so a report lands on the key's line); for a missing member, the nearest object or
 * array that exists on the way to it.
 */
export function nodeAtPointer(document: Node, pointer: string): Node {
  let node = document;
  for (const segment of pointerKeys(pointer)) {
    const next = child(node, segment);
    if (next === undefined) return node;
    node = next;
  }
  return node !== document && node.parent?.type === 'property' ? node.parent : node;
}

/**
 * Where a violation of a checked document is, as offsets in its file's text: the node its pointer
 * names (see `nodeAtPointer`). Text output and SARIF both place a violation here.
 */
export function violationSpan(file: ParsedFile, index: number | undefined, pointer: string): { readonly start: number; readonly end: number } {
  const node = nodeAtPointer(documentNode(file.tree, index), pointer);
  return { start: node.offset, end: node.offset + node.length };
}
