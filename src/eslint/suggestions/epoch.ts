/**
 * epoch-milliseconds' reading of what a CloudWatch Logs importFilter time is written as, where
 * the static evaluation cannot know its value: a `Date` (`new Date(...)`, or a name whose type is
 * `Date`), or epoch seconds made from milliseconds (`Date.now() / 1000`, `d.getTime() / 1000`, in
 * `Math.floor` / `round` / `trunc` / `ceil` or not, moved by an offset or not) — with the edit that
 * gives milliseconds where one is safe.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { is, memberName, unwrap, type AnyNode } from '../analyse/nodes.js';
import { constInitOf } from '../analyse/const-values.js';
import { isGlobal } from '../analyse/scope.js';
import type { TypeInfo } from '../analyse/typed.js';

/** What a time is written as, the node that writes it (followed through constants), and the milliseconds meant. */
export interface EpochMistake {
  readonly kind: 'date' | 'seconds';
  /** What the time is written as: the `Date`, or the whole division (with its rounding call), where it is written (a `const`'s initialiser too). */
  readonly node: AnyNode;
  /**
   * The expression to replace with `milliseconds`: `node` when written in the request; the name
   * used there when it is a `const`'s (a `const` may be read elsewhere, which an edit of it would break).
   */
  readonly at: AnyNode;
  /** Source of the epoch milliseconds meant: `date.getTime()`, `Date.now()`; `undefined` when no edit is safe. */
  readonly milliseconds: string | undefined;
}

const ROUNDING: ReadonlySet<string> = new Set(['floor', 'round', 'trunc', 'ceil']);
// `const a = b; const b = c; …`: a chain this long is not a time written by hand.
const MAX_HOPS = 8;

function isGlobalNamed(sourceCode: SourceCode, node: AnyNode, name: string): boolean {
  return is(node, 'Identifier') && node.name === name && isGlobal(sourceCode, node);
}

/** `Date.now()` or `x.getTime()` / `x.valueOf()` of a Date: epoch milliseconds. */
function isMilliseconds(sourceCode: SourceCode, node: AnyNode, types: TypeInfo | undefined): boolean {
  const call = unwrap(node);
  if (!is(call, 'CallExpression') || call.arguments.length > 0 || !is(call.callee, 'MemberExpression')) return false;
  const method = memberName(call.callee);
  if (method === 'now') return isGlobalNamed(sourceCode, unwrap(call.callee.object), 'Date');
  if (method === 'getTime') return true;
  return method === 'valueOf' && isDate(sourceCode, call.callee.object, types);
}

function isDate(sourceCode: SourceCode, node: AnyNode, types: TypeInfo | undefined): boolean {
  const inner = unwrap(node);
  if (is(inner, 'NewExpression')) return isGlobalNamed(sourceCode, unwrap(inner.callee), 'Date');
  return types?.isDate(node) ?? false;
}

/** `ms / 1000`, whose dividend is epoch milliseconds. */
function secondsFrom(sourceCode: SourceCode, node: AnyNode, types: TypeInfo | undefined): AnyNode | undefined {
  const division = unwrap(node);
  if (!is(division, 'BinaryExpression') || division.operator !== '/') return undefined;
  const divisor = unwrap(division.right);
  if (!is(divisor, 'Literal') || divisor.value !== 1000) return undefined;
  return isMilliseconds(sourceCode, division.left, types) ? (division.left) : undefined;
}

/** The argument of `Math.floor(x)` (or round, trunc, ceil), else `undefined`. */
function rounded(sourceCode: SourceCode, node: AnyNode): AnyNode | undefined {
  const call = unwrap(node);
  if (!is(call, 'CallExpression') || call.arguments.length !== 1 || !is(call.callee, 'MemberExpression')) return undefined;
  const [argument] = call.arguments;
  const math = unwrap(call.callee.object);
  if (argument === undefined || argument.type === 'SpreadElement' || !isGlobalNamed(sourceCode, math, 'Math')) return undefined;
  return ROUNDING.has(memberName(call.callee) ?? '') ? argument : undefined;
}

/** `new Date(...).getTime()`, as source: a `new Date` without arguments needs its parentheses. */
function getTimeOf(sourceCode: SourceCode, node: AnyNode): string {
  const text = sourceCode.getText(node as ESTree.Node);
  const simple = is(node, 'Identifier') || (is(node, 'NewExpression') && text.endsWith(')'));
  return simple ? `${text}.getTime()` : `(${text}).getTime()`;
}

/**
 * How the time written at `written` (a property's value) is not epoch milliseconds, following
 * constants to where they are written; `undefined` when it is none of the mistakes this reads.
 */
export function epochMistake(sourceCode: SourceCode, written: AnyNode, types: TypeInfo | undefined): EpochMistake | undefined {
  const use = unwrap(written);
  let node = use;
  for (let hops = 0; is(node, 'Identifier') && hops < MAX_HOPS; hops += 1) {
    if (types?.isDate(node) === true) return { kind: 'date', node, at: use, milliseconds: getTimeOf(sourceCode, use) };
    const init = constInitOf(sourceCode, node);
    if (init === undefined) return undefined;
    node = unwrap(init);
  }
  // Followed to a `const`: the edit is made where the request uses it (`since.getTime()`), never to the `const`.
  const followed = node !== use;
  if (isDate(sourceCode, node, types)) return { kind: 'date', node, at: use, milliseconds: getTimeOf(sourceCode, use) };
  const dividend = secondsOf(sourceCode, node, types);
  // Seconds in a `const` are seconds wherever else it is read: no edit at the use is safe for them.
  if (dividend !== undefined) return { kind: 'seconds', node, at: use, milliseconds: followed ? undefined : sourceCode.getText(unwrap(dividend) as ESTree.Node) };
  // Seconds moved by an offset (`Math.floor(Date.now() / 1000) - 3600`): the offset is in seconds too, so no edit is safe.
  return offsetSeconds(sourceCode, node, types, 0) ? { kind: 'seconds', node, at: use, milliseconds: undefined } : undefined;
}

/** The milliseconds divided, when `node` is `ms / 1000`, rounded or not. */
function secondsOf(sourceCode: SourceCode, node: AnyNode, types: TypeInfo | undefined): AnyNode | undefined {
  return secondsFrom(sourceCode, rounded(sourceCode, node) ?? node, types);
}

/** Whether `node` is `seconds ± offset` (or `offset + seconds`), to a few levels. */
function offsetSeconds(sourceCode: SourceCode, node: AnyNode, types: TypeInfo | undefined, depth: number): boolean {
  const sum = unwrap(node);
  if (depth > 3 || !is(sum, 'BinaryExpression') || (sum.operator !== '+' && sum.operator !== '-')) return false;
  const sides = sum.operator === '+' ? [sum.left, sum.right] : [sum.left];
  return sides.some((side) => secondsOf(sourceCode, side, types) !== undefined || offsetSeconds(sourceCode, side, types, depth + 1));
}
