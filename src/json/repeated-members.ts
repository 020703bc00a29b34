import { pointer } from '../rules/pointer.js';
import { stringEnd } from './locate.js';

/** A member written again in the same object: JSON.parse keeps only its last value. */
export interface RepeatedMember {
  /** The JSON Pointer of the member (its object's path and its name). */
  readonly path: string;
  /** The member's name. */
  readonly name: string;
  /** The offset of the repeated name's opening quote in the text. */
  readonly offset: number;
}

/** An open object (the names met in it, the last one) or array (the index of its current item), and where it is in its parent. */
interface Open {
  readonly names: Set<string> | undefined;
  readonly at: string | number | undefined;
  name: string;
  index: number;
}

/**
 * The members named again in the same object of a JSON text (each repeat after the first), in
 * text order: the first `limit`, and how many more. JSON.parse keeps a repeated member's last value and nothing tells the others were
 * there: where a document's meaning is a list of its members (an IAM policy's `Statement`, a
 * policy file's rules), a repeat can hide what the author wrote. For a text JSON.parse has read
 * (valid JSON): one scan without recursion, whatever the depth, and a set of names per open
 * object; jsonc-parser is not loaded for it (it is loaded only for a text JSON.parse refuses).
 */
export function repeatedMembers(text: string, limit: number): { readonly repeats: RepeatedMember[]; readonly more: number } {
  const found: RepeatedMember[] = [];
  // Past `limit` repeats are only counted: a pointer costs the depth, and 100,000 repeats nested
  // 100,000 deep would make their pointers quadratic (gigabytes; it ran a test out of memory).
  let more = 0;
  const open: Open[] = [];
  // Whether the next string is a member name: after `{` or an object's `,`.
  let nameNext = false;
  const here = (): string | number | undefined => {
    const parent = open[open.length - 1];
    return parent === undefined ? undefined : parent.names === undefined ? parent.index : parent.name;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const object = open[open.length - 1];
      if (nameNext && object?.names !== undefined) {
        const name = JSON.parse(text.slice(i, end)) as string;
        if (!object.names.has(name)) object.names.add(name);
        else if (found.length >= limit) more += 1;
        else found.push({ path: pointer(...open.slice(1).map((o) => o.at as string | number), name), name, offset: i });
        object.name = name;
        nameNext = false;
      }
      i = end - 1;
    } else if (c === 0x7b || c === 0x5b) {
      open.push({ names: c === 0x7b ? new Set() : undefined, at: here(), name: '', index: 0 });
      nameNext = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
      nameNext = false;
    } else if (c === 0x2c) {
      const parent = open[open.length - 1];
      if (parent?.names === undefined) {
        if (parent !== undefined) parent.index += 1;
      } else nameNext = true;
    }
  }
  return { repeats: found, more };
}
