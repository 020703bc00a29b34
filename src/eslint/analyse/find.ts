/**
 * Resolves the walk's candidates into the request builders of the list, each request
 * object once per operation it is given to (the first form in the order of `BuilderKind` names it).
 */
import type { SourceCode } from 'eslint';
import type { ContractOperation } from '../../contract/operations.js';
import { annotationOf, is, isSpreadPart, memberName, unwrap, type AnyNode, type FunctionNode } from './nodes.js';
import { CLIENT_OPERATIONS, OPERATION_OF_COMMAND, OPERATION_OF_METHOD, REQUEST_TYPES_OF } from './operations.js';
import type { SdkBindings } from './sdk.js';
import { constInitOf, mayBeChangedFrom } from './const-values.js';
import { boundInitOf, findVariable, onlyDefinition } from './scope.js';
import type { TypeInfo } from './typed.js';
import type { BuilderKind } from './types.js';
import type { Candidates } from './walk.js';

/** A request expression and how it was recognised. */
export interface Builder {
  readonly kind: BuilderKind;
  readonly node: AnyNode;
  /** The operation whose input it is. */
  readonly operation: ContractOperation;
}

const CLIENT_TYPES: ReadonlySet<string> = new Set(CLIENT_OPERATIONS.keys());

// `const a = b; const b = c; …`: a chain this long is not a request built by hand.
const MAX_HOPS = 8;

/**
 * The request expressions an argument, an annotated initialiser or a returned value stands for:
 * the object literal itself, the literal a `const` is bound to (followed in the module), both
 * branches of `c ? a : b`, or any other expression (kept when its value turns out known, such as
 * a string given where a request belongs).
 */
export function requestRoots(sourceCode: SourceCode, expression: AnyNode, hops = 0): AnyNode[] {
  const node = unwrap(expression);
  if (is(node, 'ConditionalExpression')) return [...requestRoots(sourceCode, node.consequent, hops), ...requestRoots(sourceCode, node.alternate, hops)];
  if (!is(node, 'Identifier')) return [node];
  const init = hops < MAX_HOPS ? constInitOf(sourceCode, node) : undefined;
  return init === undefined ? [] : requestRoots(sourceCode, init, hops + 1);
}

/** The aggregated client class a `new` creates (`CloudTrail`, `CloudWatchLogs`), or `undefined`. */
function createdClient(sdk: SdkBindings, node: AnyNode | undefined): string | undefined {
  const created = node === undefined ? undefined : unwrap(node);
  if (!is(created, 'NewExpression')) return undefined;
  const name = sdk.exportOf(created.callee);
  return name !== undefined && CLIENT_TYPES.has(name) ? name : undefined;
}

/**
 * The aggregated client `object` is (`CloudTrail`, `CloudWatchLogs`): `new CloudTrail(…)`, a name
 * bound to one, or a name declared `: CloudTrail`; `undefined` for anything else.
 */
function clientOf(sourceCode: SourceCode, sdk: SdkBindings, object: AnyNode): string | undefined {
  const node = unwrap(object);
  if (is(node, 'NewExpression')) return createdClient(sdk, node);
  if (!is(node, 'Identifier')) return undefined;
  const variable = findVariable(sourceCode, node);
  const definition = onlyDefinition(variable);
  if (definition === undefined) return undefined;
  if (definition.type === 'Parameter' || definition.type === 'Variable') {
    const declared = [...CLIENT_TYPES].find((name) => sdk.namesType(annotationOf(definition.name), new Set([name])));
    if (declared !== undefined) return declared;
  }
  return createdClient(sdk, boundInitOf(variable));
}

/**
 * The request builders of a file, in the order of `BuilderKind` (command, client method,
 * annotation, return type, contextual type), each request object once per operation.
 */
export function findBuilders(sourceCode: SourceCode, candidates: Candidates, types: TypeInfo | undefined): Builder[] {
  const { sdk } = candidates;
  // By request object, then by operation: one object given to two operations (a StartImport and a
  // GetImport built from one `const`) is the request of each, and checked as each.
  const found = new Map<AnyNode, Map<ContractOperation, BuilderKind>>();
  // The arguments of commands whose `input` the code changes: no form reads them, the contextual type's neither.
  const changed = new Set<AnyNode>();
  const add = (kind: BuilderKind, expression: AnyNode | undefined, operation: ContractOperation = 'StartImport'): void => {
    if (expression === undefined || expression.type === 'SpreadElement') return;
    // A request the code changes after building it is not what the literal says (const-values.ts): it is not read.
    for (const node of requestRoots(sourceCode, expression)) {
      if (changed.has(node) || mayBeChangedFrom(sourceCode, node)) continue;
      const operations = found.get(node) ?? new Map<ContractOperation, BuilderKind>();
      if (!operations.has(operation)) operations.set(operation, kind);
      found.set(node, operations);
    }
  };
  if (!sdk.empty) {
    for (const node of candidates.news) {
      const operation = OPERATION_OF_COMMAND.get(sdk.exportOf(node.callee) ?? '');
      if (operation === undefined) continue;
      const [argument] = node.arguments;
      // `command.input.ImportId = id` changes the request the argument made.
      if (!mayBeChangedFrom(sourceCode, node)) add('command', argument, operation);
      else if (argument !== undefined && argument.type !== 'SpreadElement') for (const root of requestRoots(sourceCode, argument)) changed.add(root);
    }
  }
  for (const node of candidates.calls) {
    const { callee } = node;
    if (!is(callee, 'MemberExpression')) continue;
    const operation = OPERATION_OF_METHOD.get(memberName(callee) ?? '');
    if (operation === undefined) continue;
    const client = (sdk.empty ? undefined : clientOf(sourceCode, sdk, callee.object)) ?? types?.clientOf(callee.object);
    // A method of the other service's client (`logs.startImport`) is no import operation's.
    if (client !== undefined && CLIENT_OPERATIONS.get(client)?.has(operation) === true) add('client-method', node.arguments[0], operation);
  }
  if (!sdk.empty) {
    const operationOfType = (type: AnyNode | undefined, promised = false): ContractOperation | undefined =>
      [...REQUEST_TYPES_OF].find(([, names]) => sdk.namesType(type, names, promised))?.[0];
    for (const { expression, type } of candidates.typed) {
      const operation = operationOfType(type);
      if (operation !== undefined) add('type-annotation', expression, operation);
    }
    const returnsRequest = new Map<FunctionNode, ContractOperation | null>();
    for (const { fn, argument } of candidates.returns) {
      let operation = returnsRequest.get(fn);
      if (operation === undefined) {
        operation = operationOfType(annotationOf(fn, 'returnType'), fn.async === true) ?? null;
        returnsRequest.set(fn, operation);
      }
      if (operation !== null) add('return-type', argument, operation);
    }
  }
  if (types !== undefined) {
    // A literal spread into a request has the request as its contextual type, yet is only part of one.
    for (const node of candidates.objects) {
      if (found.has(node) || changed.has(node) || isSpreadPart(node) || mayBeChangedFrom(sourceCode, node)) continue;
      const operation = types.requestContextOf(node);
      if (operation !== undefined) found.set(node, new Map([[operation, 'contextual-type']]));
    }
  }
  return [...found].flatMap(([node, operations]) => [...operations].map(([operation, kind]) => ({ kind, node, operation })));
}
