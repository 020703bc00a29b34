import { visit } from 'jsonc-parser';
import { pointerKeys } from '../rules/violation.js';
import { positionsOf, type Position } from './positions.js';

/** Where a reported violation is in its file: the start and end of the JSON it names. */
export interface Span {
  readonly start: Position;
  readonly end: Position;
}

/** A violation to place: the element's index when the file holds an array, and the violation's JSON Pointer. */
export interface Target {
  readonly index: number | undefined;
  readonly pointer: string;
}

const escapeSegment = (segment: string): string => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** The target's JSON Pointer from the file's root, each segment written one way (`~0`, `~1`). */
function fullPointer(target: Target): string {
  const inDocument = pointerKeys(target.pointer).map((key) => `/${escapeSegment(key)}`).join('');
  return target.index === undefined ? inDocument : `/${target.index}${inDocument}`;
}

interface Frame {
  /** The node's pointer, or undefined when no target runs through it. */
  readonly key: string | undefined;
  readonly start: number;
  /** For an object member, where its key starts (a report lands on the key's line); else `start`. */
  readonly memberStart: number;
  readonly array: boolean;
  next: number;
}

type Found = Map<string, { readonly start: number; readonly end: number; readonly memberStart: number }>;

/**
 * The spans of the nodes on the way to the targets, by pointer from the file's root: one pass of
 * jsonc-parser's scanner over a text already known to be JSON nested no deeper than
 * `MAX_JSON_DEPTH`, building no tree; subtrees no target runs through are skipped.
 */
function spansOnTheWay(text: string, wanted: ReadonlySet<string>): Found {
  const found: Found = new Map();
  const stack: Frame[] = [];
  let member: { readonly key: string | undefined; readonly start: number } | undefined;
  /** The pointer (when wanted) and member start of the value starting at `offset`. */
  const enter = (offset: number): { key: string | undefined; memberStart: number } => {
    const parent = stack.at(-1);
    if (parent === undefined) return { key: '', memberStart: offset };
    let key: string | undefined;
    let memberStart = offset;
    if (parent.array) {
      key = parent.key === undefined ? undefined : `${parent.key}/${parent.next}`;
      parent.next += 1;
    } else {
      key = member?.key;
      memberStart = member?.start ?? offset;
    }
    member = undefined;
    return { key: key !== undefined && wanted.has(key) ? key : undefined, memberStart };
  };
  const record = (key: string | undefined, start: number, end: number, memberStart: number): void => {
    // The first of duplicate keys, as before.
    if (key !== undefined && !found.has(key)) found.set(key, { start, end, memberStart });
  };
  const begin =
    (array: boolean) =>
    (offset: number): boolean => {
      const { key, memberStart } = enter(offset);
      stack.push({ key, start: offset, memberStart, array, next: 0 });
      // false: jsonc-parser still scans the subtree but calls nothing inside it, then calls its end.
      return key !== undefined;
    };
  const end = (offset: number, length: number): void => {
    const frame = stack.pop();
    if (frame !== undefined) record(frame.key, frame.start, offset + length, frame.memberStart);
  };
  visit(
    text,
    {
      onObjectBegin: begin(false),
      onArrayBegin: begin(true),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (property, offset) => {
        const parent = stack.at(-1);
        member = { key: parent?.key === undefined ? undefined : `${parent.key}/${escapeSegment(property)}`, start: offset };
      },
      onLiteralValue: (_value, offset, length) => {
        const { key, memberStart } = enter(offset);
        record(key, offset, offset + length, memberStart);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}

/**
 * Where each target is in `text` (a file already read with `parseSource`): the node its pointer
 * names — for an object member, its key and value, so a report lands on the key's line; for a
 * missing member, the nearest object or array on the way to it. Found by re-scanning the text
 * only for the files where something is reported, and in a file holding an array (given its
 * `boundaries`, see `JsonOutline`) only the elements with something reported, so no tree is kept.
 */
export function locateViolations(text: string, targets: readonly Target[], boundaries: readonly number[] = []): Span[] {
  const byDocument = new Map<number | undefined, number[]>();
  targets.forEach((target, i) => {
    const group = byDocument.get(target.index);
    if (group === undefined) byDocument.set(target.index, [i]);
    else group.push(i);
  });
  const offsets: number[] = new Array<number>(targets.length * 2);
  for (const [index, group] of byDocument) {
    const to = index === undefined ? undefined : boundaries[index + 1];
    const from = to === undefined || index === undefined ? 0 : (boundaries[index] ?? -1) + 1;
    // Scanned alone, an element is the root of its slice; else the pointer runs from the file's root.
    const local = to === undefined ? text : text.slice(from, to);
    const root = to === undefined && index !== undefined ? `/${index}` : '';
    const pointers = group.map((i) => `${root}${fullPointer({ index: undefined, pointer: targets[i]?.pointer ?? '' })}`);
    const wanted = new Set<string>([root]);
    for (const pointer of pointers) {
      for (let at = pointer.indexOf('/', 1); at !== -1; at = pointer.indexOf('/', at + 1)) wanted.add(pointer.slice(0, at));
      wanted.add(pointer);
    }
    const found = spansOnTheWay(local, wanted);
    group.forEach((i, g) => {
      let pointer = pointers[g] ?? root;
      let span = found.get(pointer);
      while (span === undefined && pointer.length > root.length) {
        pointer = pointer.slice(0, pointer.lastIndexOf('/'));
        span = found.get(pointer);
      }
      // The document itself is an array element or the file: no key of its own to land on.
      const [start, end] = span === undefined ? [0, local.length] : [pointer === root ? span.start : span.memberStart, span.end];
      offsets[i * 2] = from + start;
      offsets[i * 2 + 1] = from + end;
    });
  }
  const positions = positionsOf(text, offsets);
  return targets.map((_, i) => ({ start: positions[i * 2] ?? { line: 1, column: 1 }, end: positions[i * 2 + 1] ?? { line: 1, column: 1 } }));
}

/** The offset where the value at `pointer` starts in `text` (JSON already read with `readJson`); `undefined` when it has none. */
export function offsetOf(text: string, pointer: string): number | undefined {
  const full = fullPointer({ index: undefined, pointer });
  const wanted = new Set<string>(['']);
  for (let at = full.indexOf('/', 1); at !== -1; at = full.indexOf('/', at + 1)) wanted.add(full.slice(0, at));
  wanted.add(full);
  return spansOnTheWay(text, wanted).get(full)?.start;
}
