/**
 * Bindings of `@aws-sdk/client-cloudtrail` and `@aws-sdk/client-cloudwatch-logs` in one file: ES imports (named, renamed, namespace,
 * default, type-only), `require` and `await import(...)`, destructured or not. Anything else that
 * merely shares a name (a local `StartImportCommand` class, one imported from another module) is
 * never one of them.
 */
import type { SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { is, memberName, stringValue, unwrap, type AnyNode } from './nodes.js';
import { SDK_SERVICES } from './operations.js';
import { findVariable, isGlobal, neverReassigned, onlyDefinition } from './scope.js';

/** The SDK modules whose bindings are followed. */
export const SDK_MODULES: readonly string[] = SDK_SERVICES.map((service) => service.module);

/** Whether a module specifier is one of the SDK modules. */
export function isSdkModule(specifier: string | undefined): boolean {
  return specifier !== undefined && SDK_MODULES.includes(specifier);
}

/** The module object itself (`import * as ct`, `const ct = require(...)`), or one named export of it. */
type SdkBinding = { readonly namespace: true } | { readonly namespace: false; readonly name: string };

const NAMESPACE: SdkBinding = { namespace: true };

/** What the SDK is loaded as by `init`: the module object, one export of it, or not the SDK. */
function loaded(sourceCode: SourceCode, init: AnyNode): SdkBinding | undefined {
  let node = unwrap(init);
  if (is(node, 'MemberExpression')) {
    const name = memberName(node);
    return name !== undefined && loaded(sourceCode, node.object) === NAMESPACE ? { namespace: false, name } : undefined;
  }
  if (is(node, 'AwaitExpression')) node = unwrap(node.argument);
  if (is(node, 'ImportExpression')) return isSdkModule(stringValue(node.source)) ? NAMESPACE : undefined;
  if (!is(node, 'CallExpression') || node.arguments.length !== 1 || !is(node.callee, 'Identifier') || node.callee.name !== 'require') return undefined;
  return isSdkModule(stringValue(node.arguments[0])) && isGlobal(sourceCode, node.callee) ? NAMESPACE : undefined;
}

/** Whether `init` may load the SDK: the cheap test the walk makes before anything is resolved. */
export function mayLoadSdk(init: AnyNode): boolean {
  let node = unwrap(init);
  while (is(node, 'MemberExpression') || is(node, 'AwaitExpression')) node = unwrap(is(node, 'AwaitExpression') ? node.argument : node.object);
  if (is(node, 'ImportExpression')) return isSdkModule(stringValue(node.source));
  return is(node, 'CallExpression') && isSdkModule(stringValue(node.arguments[0]));
}

/** The SDK bindings of a file, by the identifier that declares each. */
export class SdkBindings {
  private readonly byDeclaration = new Map<AnyNode, SdkBinding>();
  /** The local names of the bindings: a reference to any other name is not resolved at all. */
  private readonly names = new Set<string>();

  constructor(private readonly sourceCode: SourceCode) {}

  get empty(): boolean {
    return this.names.size === 0;
  }

  private bind(identifier: AnyNode | null | undefined, binding: SdkBinding): void {
    if (!is(identifier, 'Identifier')) return;
    this.byDeclaration.set(identifier, binding);
    this.names.add(identifier.name);
  }

  /** Records the bindings of `import … from '@aws-sdk/client-cloudtrail'` (or the Logs client's module). */
  addImport(declaration: ESTree.ImportDeclaration): void {
    for (const specifier of declaration.specifiers) {
      if (specifier.type !== 'ImportSpecifier') {
        // A default import of the CommonJS build is the module object too.
        this.bind(specifier.local, NAMESPACE);
        continue;
      }
      const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : stringValue(specifier.imported);
      if (name !== undefined) this.bind(specifier.local, { namespace: false, name });
    }
  }

  /** Records the bindings of `const … = require('@aws-sdk/client-cloudtrail')` (or `await import(…)`, or `.Export` of either). */
  addDeclarator(declarator: ESTree.VariableDeclarator): void {
    const binding = declarator.init === null || declarator.init === undefined ? undefined : loaded(this.sourceCode, declarator.init);
    if (binding === undefined) return;
    if (declarator.id.type === 'Identifier') {
      this.bind(declarator.id, binding);
      return;
    }
    if (declarator.id.type !== 'ObjectPattern' || binding !== NAMESPACE) return;
    for (const property of declarator.id.properties) {
      if (property.type === 'RestElement') {
        this.bind(property.argument, NAMESPACE);
        continue;
      }
      const name = property.computed ? stringValue(property.key) : property.key.type === 'Identifier' ? property.key.name : stringValue(property.key);
      const target = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (name !== undefined) this.bind(target, { namespace: false, name });
    }
  }

  private bindingOf(identifier: ESTree.Identifier): SdkBinding | undefined {
    if (!this.names.has(identifier.name)) return undefined;
    const variable = findVariable(this.sourceCode, identifier);
    const definition = onlyDefinition(variable);
    if (definition === undefined || variable === undefined) return undefined;
    const binding = this.byDeclaration.get(definition.name);
    // A `let`/`var` binding reassigned somewhere may hold anything by the time it is used.
    return binding !== undefined && (definition.type === 'ImportBinding' || neverReassigned(variable)) ? binding : undefined;
  }

  /**
   * The SDK export an expression or type name denotes: `StartImportCommand`, `S` (renamed),
   * `ct.StartImportCommand`, `ct['StartImportCommand']`, the type `ct.StartImportCommandInput`.
   */
  exportOf(node: AnyNode): string | undefined {
    const target = unwrap(node);
    if (is(target, 'Identifier')) {
      const binding = this.bindingOf(target);
      return binding === undefined || binding.namespace ? undefined : binding.name;
    }
    let object: AnyNode;
    let name: string | undefined;
    if (is(target, 'MemberExpression')) [object, name] = [unwrap(target.object), memberName(target)];
    else if (is(target, 'TSQualifiedName')) [object, name] = [target.left, target.right.name];
    else return undefined;
    return name !== undefined && is(object, 'Identifier') && this.bindingOf(object)?.namespace === true ? name : undefined;
  }

  /** Whether a type (`T`, `ns.T`, or `Promise<T>` when `promised`) names one of the SDK's `names`. */
  namesType(type: AnyNode | undefined, names: ReadonlySet<string>, promised = false): boolean {
    if (!is(type, 'TSTypeReference')) return false;
    const name = this.exportOf(type.typeName);
    if (name !== undefined && names.has(name)) return true;
    const [inner] = type.typeArguments?.params ?? [];
    const { typeName } = type;
    return promised && inner !== undefined && is(typeName, 'Identifier') && typeName.name === 'Promise' && isGlobal(this.sourceCode, typeName) && this.namesType(inner, names);
  }
}
