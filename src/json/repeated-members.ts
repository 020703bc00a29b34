import { visit } from 'jsonc-parser';
import { pointer } from '../rules/pointer.js';

/** A member written again in the same object: JSON.parse keeps only its last value. */
export interface RepeatedMember {
  /** The JSON Pointer of the member (its object's path and its name). */
  readonly path: string;
  /** The member's name. */
  readonly name: string;
  /** The offset of the repeated name's opening quote in the text. */
  readonly offset: number;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/**
 * Every member named again in the same object of a JSON text (each repeat after the first), in
 * text order. JSON.parse keeps a repeated member's last value and nothing tells the others were
 * there: where a document's meaning is a list of its members (an IAM policy's `Statement`, a
 * policy file's rules), a repeat can hide what the author wrote. For a text `readJson` has read
 * (valid JSON, nested no deeper than its limit): jsonc-parser's visitor recurses once per level.
 * One pass, one set of names per open object.
 */
export function repeatedMembers(text: string): RepeatedMember[] {
  const open: Set<string>[] = [];
  const found: RepeatedMember[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (name, offset, _length, _line, _column, pathSupplier) => {
        const names = open[open.length - 1];
        if (names === undefined) return;
        if (names.has(name)) found.push({ path: pointer(...pathSupplier(), name), name, offset });
        else names.add(name);
      },
    },
    STRICT,
  );
  return found;
}
