/**
 * What a `const` is known to hold (`constInitOf`). A `const` binds a name, not a value:
 * `const o = { ImportId: 'BAD' }; o.ImportId = id;` sends `id`. So the analysis follows a `const`
 * bound to an object, an array or a `new` object only when no code in the file changes that object:
 * - a member written, deleted or updated: `o.ImportId = …`, `o.ImportSource.S3[k] = …`,
 *   `delete o.X`, `o.n++`, `({ a: o.X } = …)`, `for (o.X of …)`;
 * - a method that changes its receiver: an array's `push`, `splice`, `sort`… or a Date's `setTime`…;
 * - `Object.assign(o, …)`, `Object.defineProperty(o, …)` and their kin in `Object` and `Reflect`;
 * - any of these through an alias: a variable declared or assigned with it, or with a part of it
 *   (`const p = o`, `const s3 = o.ImportSource.S3`, `let q; q = o`), or an object literal holding it.
 * Two ways are left, as rare as they are hard to follow: a function the object is passed to, and a
 * member it is stored in (`module.exports = o`, `x.s = o`), are taken not to change it.
 */
import type { Scope, SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { is, memberName, unwrap, type AnyNode } from './nodes.js';
import { findVariable, onlyDefinition } from './scope.js';

/** Methods that change the object they are called on: Array.prototype's and Date.prototype's setters. */
const CHANGING_METHODS: ReadonlySet<string> = new Set([
  'copyWithin',
  'fill',
  'pop',
  'push',
  'reverse',
  'shift',
  'sort',
  'splice',
  'unshift',
  ...['Date', 'FullYear', 'Hours', 'Milliseconds', 'Minutes', 'Month', 'Seconds'].flatMap((part) => [`set${part}`, `setUTC${part}`]),
  'setTime',
  'setYear',
]);

/** `Object.X(target, …)` and `Reflect.X(target, …)` that change their first argument. */
const CHANGING_FUNCTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  Object: new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']),
  Reflect: new Set(['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf']),
};

/** Nodes an expression passes through unchanged on its way up: `x!`, `x as T`, `(x)`, `a?.b`. */
const PASS_THROUGH: ReadonlySet<string> = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ChainExpression']);

/** Levels of `const` aliases followed (`const p = o; const q = p.X; …`); past it, the object is taken as changed. */
const MAX_ALIASES = 16;

/**
 * One answer per variable and lint run: a `const` referenced from a thousand requests is read once,
 * so a file costs linear time. Keyed by ESLint's variables (objects of one run), not by any value.
 */
const answers = new WeakMap<Scope.Variable, boolean>();

/**
 * The expression a variable is bound to, when it is `const NAME = init` (an initialiser the code
 * cannot change) and, for an object, an array or a `new` object, no code changes that object
 * (`mayBeChanged`): the only bindings whose value is statically known.
 */
export function constInitOf(sourceCode: SourceCode, identifier: ESTree.Identifier): AnyNode | undefined {
  const variable = findVariable(sourceCode, identifier);
  const definition = onlyDefinition(variable);
  if (variable === undefined || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const { id, init } = definition.node;
  if (!is(id, 'Identifier') || init === null || init === undefined) return undefined;
  return OBJECT_VALUES.has(unwrap(init).type) && mayBeChanged(sourceCode, variable) ? undefined : init;
}

/** Initialisers whose value is an object the code may change after the declaration. */
const OBJECT_VALUES: ReadonlySet<string> = new Set(['ObjectExpression', 'ArrayExpression', 'NewExpression']);

/** Whether the object `variable` is bound to may be changed by the code (see the module comment). */
function mayBeChanged(sourceCode: SourceCode, variable: Scope.Variable): boolean {
  return changed(sourceCode, variable, 0, new Set());
}

/**
 * Whether the object an expression makes (`{ … }`, `new StartImportCommand(…)`) may be changed
 * where its value goes: `const command = new StartImportCommand(input); command.input.ImportId = id;`.
 */
export function mayBeChangedFrom(sourceCode: SourceCode, expression: AnyNode): boolean {
  return referenceChanges(sourceCode, expression, 0, new Set());
}

/**
 * `mayBeChanged` of `variable`, an alias `depth` levels down. `seen` holds the variables this
 * question has read (each is read once: an alias reached twice, or in a cycle, adds nothing).
 */
function changed(sourceCode: SourceCode, variable: Scope.Variable, depth: number, seen: Set<Scope.Variable>): boolean {
  const known = answers.get(variable);
  if (known !== undefined) return known;
  if (depth > MAX_ALIASES) return true;
  if (seen.has(variable)) return false;
  seen.add(variable);
  let answer = false;
  for (const reference of variable.references) {
    if (reference.init !== true && referenceChanges(sourceCode, reference.identifier, depth, seen)) {
      answer = true;
      break;
    }
  }
  // A change is the variable's answer; "no change" only when read whole, as the question's own variable.
  if (answer || depth === 0) answers.set(variable, answer);
  return answer;
}

/** Whether a reference to the object (an identifier, or the expression making it) may change it, directly or through what it flows into. */
function referenceChanges(sourceCode: SourceCode, node: AnyNode, depth: number, seen: Set<Scope.Variable>): boolean {
  let top = node;
  let member = false;
  // Up through member reads (`o.a.b`), wrappers and literals holding it (`{ s: o }`, `[o]`, `{ ...o }`).
  for (let parent = top.parent; parent !== null && parent !== undefined; parent = top.parent) {
    if (is(parent, 'MemberExpression') && (parent.object as AnyNode) === top) {
      const call = parent.parent;
      if (is(call, 'CallExpression') && (call.callee as AnyNode) === parent && CHANGING_METHODS.has(memberName(parent) ?? '')) return true;
      member = true;
    } else if (!PASS_THROUGH.has(parent.type) && !holds(parent, top) && !passesOn(parent, top)) break;
    top = parent;
  }
  const parent = top.parent;
  if (parent === null || parent === undefined) return false;
  if (member && isWriteTarget(parent, top)) return true;
  if (is(parent, 'CallExpression') && (parent.arguments[0] as AnyNode | undefined) === top && isChangingFunction(parent.callee)) return true;
  // Assigned to a variable (`let s; s = o;`): an alias, as a declared one is.
  if (parent.type === 'AssignmentExpression') {
    const { left, right } = parent as unknown as ESTree.AssignmentExpression;
    if (right !== (top as unknown) || left.type !== 'Identifier') return false;
    const alias = findVariable(sourceCode, left);
    return alias === undefined || changed(sourceCode, alias, depth + 1, seen);
  }
  if (is(parent, 'VariableDeclarator') && (parent.init as AnyNode | null | undefined) === top) {
    return sourceCode.getDeclaredVariables(parent).some((alias) => changed(sourceCode, alias, depth + 1, seen));
  }
  return false;
}

/** Whether `parent` holds `child` as a member value or an item: an object or array literal, or a spread in one. */
function holds(parent: AnyNode, child: AnyNode): boolean {
  if (is(parent, 'Property')) return (parent.value as AnyNode) === child && is(parent.parent, 'ObjectExpression');
  return parent.type === 'ObjectExpression' || parent.type === 'ArrayExpression' || (parent.type === 'SpreadElement' && !is(parent.parent, 'CallExpression') && !is(parent.parent, 'NewExpression'));
}

/** Whether `parent` gives `child`'s value on as its own, maybe: `c ? o : p`, `o ?? p`, `(a, o)`. */
function passesOn(parent: AnyNode, child: AnyNode): boolean {
  if (parent.type === 'LogicalExpression') return true;
  if (parent.type === 'ConditionalExpression') return (parent as unknown as ESTree.ConditionalExpression).test !== (child as unknown);
  if (parent.type === 'SequenceExpression') return (parent as unknown as ESTree.SequenceExpression).expressions.at(-1) === (child as unknown);
  return false;
}

/** Whether `target` (a member expression) is written by `parent`: assigned, updated, deleted, or a destructuring or loop target. */
function isWriteTarget(parent: AnyNode, target: AnyNode): boolean {
  switch (parent.type) {
    case 'AssignmentExpression':
      return (parent as unknown as ESTree.AssignmentExpression).left === (target as unknown);
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return (parent as unknown as ESTree.UnaryExpression).operator === 'delete';
    case 'ForInStatement':
    case 'ForOfStatement':
      return (parent as unknown as ESTree.ForInStatement).left === (target as unknown);
    // Inside a destructuring target: `[o.X] = …`, `({ a: o.X } = …)`, `[...o.X] = …`, `[o.X = 1] = …`.
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'AssignmentPattern':
      return (parent as unknown as ESTree.AssignmentPattern).left === (target as unknown);
    case 'Property':
      return is(parent.parent, 'ObjectPattern');
    default:
      return false;
  }
}

/** `Object.assign`, `Reflect.set` and their kin (see `CHANGING_FUNCTIONS`). */
function isChangingFunction(callee: AnyNode): boolean {
  if (!is(callee, 'MemberExpression') || !is(callee.object as AnyNode, 'Identifier')) return false;
  const functions = CHANGING_FUNCTIONS[(callee.object as ESTree.Identifier).name];
  return functions !== undefined && functions.has(memberName(callee) ?? '');
}
