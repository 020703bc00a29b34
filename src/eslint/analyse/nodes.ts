/**
 * The few AST node shapes the analysis reads: ESTree's (espree and @typescript-eslint/parser
 * agree on them) and the TypeScript-only ones of typescript-estree, typed here so the plugin
 * needs no parser at run time.
 */
import type * as ESTree from 'estree';

/** Any node: the analysis walks by `type` and the parser's visitor keys. */
export interface AnyNode {
  readonly type: string;
  readonly range?: [number, number] | undefined;
  /** Set by ESLint on every node before rules run. */
  readonly parent?: AnyNode | null | undefined;
}

/** `Foo` or `ns.Foo` in a type. */
export interface TSQualifiedName {
  readonly type: 'TSQualifiedName';
  readonly left: AnyNode;
  readonly right: ESTree.Identifier;
}

/** A named type with optional type arguments: `StartImportCommandInput`, `Promise<T>`. */
export interface TSTypeReference {
  readonly type: 'TSTypeReference';
  readonly typeName: AnyNode;
  readonly typeArguments?: { readonly params: readonly AnyNode[] } | undefined;
}

/** `: T` after a name or a parameter list. */
export interface TSTypeAnnotation {
  readonly type: 'TSTypeAnnotation';
  readonly typeAnnotation: AnyNode;
}

/** `x as T`, `x satisfies T`, `<T>x`: an expression and the type it is given. */
export interface TSTypedExpression {
  readonly type: 'TSAsExpression' | 'TSSatisfiesExpression' | 'TSTypeAssertion';
  readonly expression: AnyNode;
  readonly typeAnnotation: AnyNode;
}

/** `x!`. */
export interface TSNonNullExpression {
  readonly type: 'TSNonNullExpression';
  readonly expression: AnyNode;
}

/** A function of any form, with its declared return type when TypeScript. */
export type FunctionNode = ESTree.FunctionDeclaration | ESTree.FunctionExpression | ESTree.ArrowFunctionExpression;

interface NodeTypes {
  readonly ArrayExpression: ESTree.ArrayExpression;
  readonly ArrowFunctionExpression: ESTree.ArrowFunctionExpression;
  readonly AwaitExpression: ESTree.AwaitExpression;
  readonly BinaryExpression: ESTree.BinaryExpression;
  readonly CallExpression: ESTree.CallExpression;
  readonly ChainExpression: ESTree.ChainExpression;
  readonly ConditionalExpression: ESTree.ConditionalExpression;
  readonly FunctionDeclaration: ESTree.FunctionDeclaration;
  readonly FunctionExpression: ESTree.FunctionExpression;
  readonly Identifier: ESTree.Identifier;
  readonly ImportDeclaration: ESTree.ImportDeclaration;
  readonly ImportExpression: ESTree.ImportExpression;
  readonly Literal: ESTree.Literal;
  readonly MemberExpression: ESTree.MemberExpression;
  readonly NewExpression: ESTree.NewExpression;
  readonly ObjectExpression: ESTree.ObjectExpression;
  readonly ObjectPattern: ESTree.ObjectPattern;
  readonly Property: ESTree.Property;
  readonly ReturnStatement: ESTree.ReturnStatement;
  readonly TemplateLiteral: ESTree.TemplateLiteral;
  readonly UnaryExpression: ESTree.UnaryExpression;
  readonly VariableDeclaration: ESTree.VariableDeclaration;
  readonly VariableDeclarator: ESTree.VariableDeclarator;
  readonly TSQualifiedName: TSQualifiedName;
  readonly TSTypeAnnotation: TSTypeAnnotation;
  readonly TSTypeReference: TSTypeReference;
}

/** Whether `node` is of `type` (narrowing it). */
export function is<K extends keyof NodeTypes>(node: AnyNode | null | undefined, type: K): node is NodeTypes[K] & AnyNode {
  return node?.type === type;
}

/** Whether `node` is a function of any form. */
export function isFunction(node: AnyNode): node is FunctionNode & AnyNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

const WRAPPERS: ReadonlySet<string> = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression']);

/** Whether `node` gives an expression a type (`as`, `satisfies`, `<T>`). */
export function isTypedExpression(node: AnyNode): node is TSTypedExpression {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSTypeAssertion';
}

/** The expression inside `as T`, `as const`, `satisfies T`, `<T>` and `!` wrappers (which change no value). */
export function unwrap(node: AnyNode): AnyNode {
  let current = node;
  while (WRAPPERS.has(current.type)) current = (current as TSTypedExpression | TSNonNullExpression).expression;
  return current;
}

/**
 * Whether an expression is spread into an object (`{ ...x }`, `{ ...(c ? x : {}) }`, `{ ...(c && x) }`):
 * then it holds only part of that object.
 */
export function isSpreadPart(node: AnyNode): boolean {
  let child = node;
  for (let parent = node.parent; parent !== null && parent !== undefined; parent = parent.parent) {
    if (parent.type === 'SpreadElement') return true;
    const passesThrough = WRAPPERS.has(parent.type) || parent.type === 'LogicalExpression' || (is(parent, 'ConditionalExpression') && parent.test !== child);
    if (!passesThrough) return false;
    child = parent;
  }
  return false;
}

/** The declared type of a name, a parameter or a function's result (`: T`), when written. */
export function annotationOf(node: AnyNode, field: 'typeAnnotation' | 'returnType' = 'typeAnnotation'): AnyNode | undefined {
  const annotation = (node as unknown as Partial<Record<typeof field, AnyNode | null>>)[field];
  return is(annotation, 'TSTypeAnnotation') ? annotation.typeAnnotation : undefined;
}

/** The name of a property key as the object gets it: `a`, `'a'`, `1`; undefined when computed. */
export function keyName(property: ESTree.Property | ESTree.MethodDefinition | ESTree.PropertyDefinition): string | undefined {
  if (property.computed) return undefined;
  const { key } = property;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

/** The member a member expression reads: `a.b`, `a['b']`; undefined when computed from an expression. */
export function memberName(node: ESTree.MemberExpression): string | undefined {
  const { property } = node;
  if (!node.computed) return property.type === 'Identifier' ? property.name : undefined;
  return property.type === 'Literal' && typeof property.value === 'string' ? property.value : undefined;
}

/** A string literal's value (also a template literal without expressions). */
export function stringValue(node: AnyNode | null | undefined): string | undefined {
  if (is(node, 'Literal')) return typeof node.value === 'string' ? node.value : undefined;
  if (is(node, 'TemplateLiteral') && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
