import { pointer } from '../rules/violation.js';

/**
 * How deeply a policy document may nest. A real one nests four levels (rules → rule → list →
 * item); the limit keeps the recursive parts of loading (the precompiled schema check, JSON.parse)
 * far from the stack's end, so a deeper document is a PolicyError, never a RangeError.
 */
export const MAX_POLICY_DEPTH = 32;

/**
 * The most glob patterns one list of a policy holds (`allowed-buckets`, `required-prefix`,
 * `role-name-pattern`): each is compiled to an automaton when the policy is loaded, and a million
 * of them ran Node out of memory. The policy schema's `maxItems` of its glob lists (a test holds them equal).
 */
export const MAX_POLICY_GLOBS = 10_000;

/** The problem for a document nested past the limit, at `where`. */
export function tooDeep(where: string): string {
  return `${where}: nested deeper than MAX_POLICY_DEPTH (${String(MAX_POLICY_DEPTH)} levels)`;
}

/**
 * The JSON Pointer of the first object or array of `value` nested past `MAX_POLICY_DEPTH` (a
 * cycle nests without end, so it is found too); `undefined` when there is none. Iterative: the
 * walk's own depth is the limit's, whatever the value's. Reads keys as ajv does (for…in) and may
 * throw what a getter or Proxy trap throws.
 */
export function pointerTooDeep(value: unknown): string | undefined {
  const stack: { readonly value: unknown; readonly depth: number; readonly path: string }[] = [{ value, depth: 1, path: '' }];
  // The shallowest depth each object was walked at: a value shared by many members is walked once per depth, not once per path.
  const walked = new Map<object, number>();
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const item = top.value;
    if (typeof item !== 'object' || item === null) continue;
    if (top.depth > MAX_POLICY_DEPTH) return top.path || '/';
    const seen = walked.get(item);
    if (seen !== undefined && seen <= top.depth) continue;
    walked.set(item, top.depth);
    const record = item as Record<string, unknown>;
    // for…in: on a sparse array it visits the items there are, not every index up to its length.
    for (const key in record) {
      const child = record[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1, path: `${top.path}${pointer(key)}` });
    }
  }
  return undefined;
}
