/**
 * What a `const` is known to hold (`constInitOf`). A `const` binds a name, not a value:
 * `const o = { ImportId: 'BAD' }; o.ImportId = id;` sends `id`. So the analysis follows a `const`
 * bound to an object, an array or a `new` object only when no code in the file changes that object:
 * - a member written, deleted or updated: `o.ImportId = …`, `o.ImportSource.S3[k] = …`,
 *   `delete o.X`, `o.n++`, `({ a: o.X } = …)`, `for (o.X of …)`;
 * - a method that changes its receiver: an array's `push`, `splice`, `sort`… or a Date's `setTime`…,
 *   also through `call`, `apply` and `Reflect.apply`;
 * - `Object.assign(o, …)`, `Object.defineProperty(o, …)` and their kin in `Object` and `Reflect`;
 * - any of these through an alias: a variable declared or assigned with it, or with a part of it
 *   (`const p = o`, `const s3 = o.ImportSource.S3`, `let q; q = o`), a `for…of` variable or a
 *   callback's parameter over a list holding it, or an object holding it (`{ r: o }`) or copying it
 *   (`{ ...o }`) as far as the change reaches into it (`Nesting`).
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
  return changed(sourceCode, variable, 0, 0, new Map());
}

/**
 * Whether the object an expression makes (`{ … }`, `new StartImportCommand(…)`) may be changed
 * where its value goes: `const command = new StartImportCommand(input); command.input.ImportId = id;`.
 */
export function mayBeChangedFrom(sourceCode: SourceCode, expression: AnyNode): boolean {
  return referenceChanges(sourceCode, expression, 0, 0, new Map());
}

/**
 * Where the object asked about sits in a value, as a depth: 0 when the value is that object (or
 * lies inside it), n when it sits n members down (`{ r: o }` holds it at 1). A change of the
 * object at depth d of the value changes it when d ≥ n: `h.r.X = 1` does, `h.Y = 1` does not. A
 * copy (`{ ...o }`, `[...list]`) is a new object whose members are o's: it holds o's nested
 * objects at depth 1, so its depth is at least 1.
 */
type Nesting = number;

/**
 * `mayBeChanged` of `variable`, an alias `depth` levels down that holds the object at `nesting`.
 * `seen` holds the variables this question has read, with the least nesting each was read at (an
 * alias reached again, or in a cycle, at no lesser nesting adds nothing).
 */
function changed(sourceCode: SourceCode, variable: Scope.Variable, depth: number, nesting: Nesting, seen: Map<Scope.Variable, Nesting>): boolean {
  const question = depth === 0 && nesting === 0;
  if (nesting === 0) {
    const known = answers.get(variable);
    if (known !== undefined) return known;
  }
  if (depth > MAX_ALIASES) return true;
  const before = seen.get(variable);
  if (before !== undefined && before <= nesting) return false;
  seen.set(variable, nesting);
  let answer = false;
  for (const reference of variable.references) {
    if (reference.init !== true && referenceChanges(sourceCode, reference.identifier, depth, nesting, seen)) {
      answer = true;
      break;
    }
  }
  // A change of the variable's own object is its answer; "no change" only when read whole, as the question's own variable.
  if ((answer && nesting === 0) || question) answers.set(variable, answer);
  return answer;
}

/**
 * Whether a reference to a value holding the object at `nesting` (an identifier, or the expression
 * making it) may change the object, directly or through what the value flows into.
 */
function referenceChanges(sourceCode: SourceCode, node: AnyNode, depth: number, nesting: Nesting, seen: Map<Scope.Variable, Nesting>): boolean {
  let top = node;
  let at = nesting;
  // Up through member reads (`o.a.b`), wrappers and literals holding it (`{ s: o }`, `[o]`, `{ ...o }`).
  for (let parent = top.parent; parent !== null && parent !== undefined; parent = top.parent) {
    if (is(parent, 'MemberExpression') && (parent.object as AnyNode) === top) {
      // A change of `top` itself (its member written, a changing method called on it) changes the object when it sits at 0.
      if (at === 0 && changesObject(parent)) return true;
      const call = parent.parent;
      // `list.forEach((item) => …)`: a function given to a method of the value may be given its items.
      if (is(call, 'CallExpression') && (call.callee as AnyNode) === parent && itemAliasesChange(sourceCode, call, depth, Math.max(0, at - 1), seen)) return true;
      at = Math.max(0, at - 1);
    } else if (holds(parent, top)) {
      at = parent.type === 'SpreadElement' ? Math.max(at, 1) - 1 : parent.type === 'Property' ? at : at + 1;
    } else if (!PASS_THROUGH.has(parent.type) && !passesOn(parent, top)) break;
    top = parent;
  }
  const parent = top.parent;
  if (parent === null || parent === undefined) return false;
  if (is(parent, 'CallExpression')) return at === 0 && changingArgument(parent, top);
  if (parent.type === 'ForOfStatement' && (parent as unknown as ESTree.ForOfStatement).right === (top as unknown)) {
    return declaredIn(sourceCode, parent as unknown as ESTree.ForOfStatement).some((alias) => changed(sourceCode, alias, depth + 1, Math.max(0, at - 1), seen));
  }
  // Assigned to a variable (`let s; s = o;`, `({ a } = holder)`): an alias, as a declared one is;
  // and the assignment's own value is the object too (`(a = o).X = 1`).
  if (parent.type === 'AssignmentExpression') {
    const { left, right } = parent as unknown as ESTree.AssignmentExpression;
    if (right !== (top as unknown)) return false;
    if (referenceChanges(sourceCode, parent, depth, at, seen)) return true;
    return patternAliases(sourceCode, left).some(({ variable, levels }) => variable === undefined || changed(sourceCode, variable, depth + 1, Math.max(0, at - levels), seen));
  }
  if (is(parent, 'VariableDeclarator') && (parent.init as AnyNode | null | undefined) === top) {
    const id = parent.id as unknown as AnyNode;
    return sourceCode.getDeclaredVariables(parent).some((alias) => changed(sourceCode, alias, depth + 1, Math.max(0, at - levelsOf(alias, id)), seen));
  }
  return false;
}

/**
 * How many members down a destructuring pattern binds `variable` (`const { a } = h` binds a one
 * member down h, `const [[x]] = h` two; a rest element binds a copy of the members, no level down):
 * the alias holds the object `levels` fewer members down than the value destructured. 0 for a plain name.
 */
function levelsOf(variable: Scope.Variable, root: AnyNode): number {
  const name = variable.defs[0]?.name as AnyNode | undefined;
  return name === undefined ? 0 : levelsUp(name, root);
}

function levelsUp(name: AnyNode, root: AnyNode): number {
  let levels = 0;
  for (let node: AnyNode = name; node !== root && node.parent !== null && node.parent !== undefined; node = node.parent) {
    const parent = node.parent;
    if ((is(parent, 'Property') && (parent.value as AnyNode) === node) || parent.type === 'ArrayPattern') levels += 1;
  }
  return levels;
}

/** The variables a destructuring (or plain) assignment target binds, each with `levelsOf`; an undefined variable: one not found (taken as changed). */
function patternAliases(sourceCode: SourceCode, target: AnyNode): { readonly variable: Scope.Variable | undefined; readonly levels: number }[] {
  const names: AnyNode[] = [];
  const collect = (node: AnyNode | null | undefined): void => {
    if (node === null || node === undefined) return;
    if (is(node, 'Identifier')) names.push(node);
    else if (is(node, 'ObjectPattern')) for (const property of node.properties as AnyNode[]) collect(is(property, 'Property') ? property.value : property);
    else if (node.type === 'ArrayPattern') for (const element of (node as unknown as ESTree.ArrayPattern).elements) collect(element);
    else if (node.type === 'RestElement') collect((node as unknown as ESTree.RestElement).argument);
    else if (node.type === 'AssignmentPattern') collect((node as unknown as ESTree.AssignmentPattern).left);
    // A member target (`({ a: o.X } = h)`) binds no variable: what it writes is another object's member.
  };
  collect(target);
  return names.map((name) => ({ variable: findVariable(sourceCode, name as unknown as ESTree.Identifier), levels: levelsUp(name, target) }));
}

/** Whether the member expression `member` (`x.Y`) changes `x`: written, updated or deleted, or a changing method of it called. */
function changesObject(member: AnyNode): boolean {
  const parent = member.parent;
  if (parent === null || parent === undefined) return false;
  if (is(parent, 'CallExpression') && (parent.callee as AnyNode) === member) return isChangingMethod(member);
  return isWriteTarget(parent, member);
}

/**
 * Whether `call` changes its argument `argument`: `Object.assign(o, …)` and its kin,
 * `Array.prototype.push.call(o, …)` (or `.apply`), `Reflect.apply(Date.prototype.setTime, o, …)`.
 */
function changingArgument(call: ESTree.CallExpression & AnyNode, argument: AnyNode): boolean {
  const [first, second] = call.arguments as AnyNode[];
  const callee = call.callee as AnyNode;
  if (first === argument && isChangingFunction(callee)) return true;
  if (!is(callee, 'MemberExpression')) return false;
  const method = memberName(callee);
  const object = callee.object as AnyNode;
  // `X.prototype.push.call(o, …)`, `.apply(o, …)`: a changing method called on its first argument.
  if (first === argument && (method === 'call' || method === 'apply')) return isChangingMethod(object);
  // `Reflect.apply(X.prototype.setTime, o, …)`.
  return second === argument && method === 'apply' && is(object, 'Identifier') && object.name === 'Reflect' && first !== undefined && isChangingMethod(first);
}

/** Whether `node` reads a changing method (`Array.prototype.push`, `list.splice`). */
function isChangingMethod(node: AnyNode): boolean {
  return is(node, 'MemberExpression') && CHANGING_METHODS.has(memberName(node) ?? '');
}

/** Whether a function given to `call` (a method of the value: `list.forEach((item) => …)`) changes the items it may be given, which hold the object at `nesting`. */
function itemAliasesChange(sourceCode: SourceCode, call: ESTree.CallExpression, depth: number, nesting: Nesting, seen: Map<Scope.Variable, Nesting>): boolean {
  for (const argument of call.arguments as AnyNode[]) {
    if (argument.type !== 'ArrowFunctionExpression' && argument.type !== 'FunctionExpression') continue;
    for (const alias of sourceCode.getDeclaredVariables(argument as unknown as ESTree.Node)) {
      // A parameter destructured (`({ r }) => …`) binds a part of the item: levels down from it.
      const parameter = alias.defs.find((definition) => definition.type === 'Parameter');
      const levels = parameter === undefined ? 0 : levelsUp(parameter.name, argument);
      if (parameter !== undefined && changed(sourceCode, alias, depth + 1, Math.max(0, nesting - levels), seen)) return true;
    }
  }
  return false;
}

/** The variables a `for…of` binds (`for (const item of list)`, `for (item of list)`). */
function declaredIn(sourceCode: SourceCode, loop: ESTree.ForOfStatement): Scope.Variable[] {
  const { left } = loop;
  if (left.type === 'VariableDeclaration') return sourceCode.getDeclaredVariables(left);
  if (left.type !== 'Identifier') return [];
  const variable = findVariable(sourceCode, left);
  return variable === undefined ? [] : [variable];
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
