/**
 * The one walk of a file: collects, by cheap syntactic tests only, every node that may build a
 * StartImport request. Nothing is resolved here; `find.ts` resolves the few candidates afterwards.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { annotationOf, is, isFunction, isTypedExpression, keyName, memberName, stringValue, type AnyNode, type FunctionNode } from './nodes.js';
import { IMPORT_METHODS } from './operations.js';
import { isSdkModule, mayLoadSdk, SdkBindings } from './sdk.js';

/** An expression and the type it is declared, cast to or checked as. */
export interface TypedExpression {
  readonly expression: AnyNode;
  readonly type: AnyNode;
}

/** A value returned by a function with a declared return type. */
export interface ReturnedValue {
  readonly fn: FunctionNode;
  readonly argument: AnyNode;
}

/** What the walk found. */
export interface Candidates {
  readonly sdk: SdkBindings;
  /** `new X(arg, …)`. */
  readonly news: ESTree.NewExpression[];
  /** `x.startImport(arg, …)`, and the other import operations' methods (`x.listImports(arg)`, `x.createImportTask(arg)`, …). */
  readonly calls: ESTree.CallExpression[];
  /** `e as T`, `e satisfies T`, `<T>e`, `const x: T = e`, for a named type `T`. */
  readonly typed: TypedExpression[];
  readonly returns: ReturnedValue[];
  /** Object literals with a request member or a near miss among their keys (collected only when asked). */
  readonly objects: ESTree.ObjectExpression[];
}

// Lower case: the keys of a request (StartImport's, and CreateImportTask's), and the typo the issue names.
const REQUEST_KEYS: ReadonlySet<string> = new Set(['destinations', 'destination', 'importsource', 'importid', 'starteventtime', 'endeventtime', 'importsourcearn', 'importrolearn', 'importfilter']);
const LONGEST_KEY = Math.max(...[...REQUEST_KEYS].map((key) => key.length));

function hasRequestKey(node: ESTree.ObjectExpression): boolean {
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = keyName(property);
    if (key !== undefined && key.length <= LONGEST_KEY && REQUEST_KEYS.has(key.toLowerCase())) return true;
  }
  return false;
}

const NOT_CHILDREN: ReadonlySet<string> = new Set(['parent', 'loc', 'range', 'type', 'leadingComments', 'trailingComments', 'comments', 'tokens']);

/** The keys to walk into for a node type the parser gave no visitor keys for. */
function fallbackKeys(node: AnyNode): string[] {
  return Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

interface Frame {
  readonly node: AnyNode;
  /** The nearest enclosing function, when it declares a return type (its returns are candidates). */
  readonly fn: FunctionNode | undefined;
}

/** Records `node` when it is a candidate; returns the function context for its children. */
function visit(node: AnyNode, fn: FunctionNode | undefined, found: Candidates, objects: boolean): FunctionNode | undefined {
  if (is(node, 'NewExpression')) {
    if (node.arguments.length > 0) found.news.push(node);
  } else if (is(node, 'CallExpression')) {
    if (node.arguments.length > 0 && is(node.callee, 'MemberExpression') && IMPORT_METHODS.has(memberName(node.callee) ?? '')) found.calls.push(node);
  } else if (is(node, 'ObjectExpression')) {
    if (objects && hasRequestKey(node)) found.objects.push(node);
  } else if (is(node, 'ReturnStatement')) {
    if (fn !== undefined && node.argument !== null && node.argument !== undefined) found.returns.push({ fn, argument: node.argument });
  } else if (is(node, 'VariableDeclarator')) {
    const { init } = node;
    if (init === null || init === undefined) return fn;
    if (mayLoadSdk(init)) found.sdk.addDeclarator(node);
    const type = annotationOf(node.id);
    if (is(type, 'TSTypeReference')) found.typed.push({ expression: init, type });
  } else if (is(node, 'ImportDeclaration')) {
    if (isSdkModule(stringValue(node.source))) found.sdk.addImport(node);
  } else if (isTypedExpression(node)) {
    if (is(node.typeAnnotation, 'TSTypeReference')) found.typed.push({ expression: node.expression, type: node.typeAnnotation });
  } else if (isFunction(node)) {
    // A nested function's returns are its own: they belong to it or to no candidate at all.
    if (!is(annotationOf(node, 'returnType'), 'TSTypeReference')) return undefined;
    if (node.type === 'ArrowFunctionExpression' && node.expression) found.returns.push({ fn: node, argument: node.body });
    return node;
  }
  return fn;
}

/**
 * Walks the file once (iteratively: deep expressions cannot overflow the stack), with the
 * parser's visitor keys, and collects the candidates; `objects` also collects the object literals
 * a type checker should be asked about.
 */
export function collectCandidates(sourceCode: SourceCode, objects: boolean): Candidates {
  const found: Candidates = { sdk: new SdkBindings(sourceCode), news: [], calls: [], typed: [], returns: [], objects: [] };
  const keysOf = sourceCode.visitorKeys;
  const stack: Frame[] = [{ node: sourceCode.ast, fn: undefined }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node } = frame;
    const fn = visit(node, frame.fn, found, objects);
    const record = node as unknown as Readonly<Record<string, unknown>>;
    for (const key of keysOf[node.type] ?? fallbackKeys(node)) {
      const child = record[key];
      if (Array.isArray(child)) {
        for (const item of child as readonly unknown[]) if (isNode(item)) stack.push({ node: item, fn });
      } else if (isNode(child)) {
        stack.push({ node: child, fn });
      }
    }
  }
  return found;
}
