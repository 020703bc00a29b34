/**
 * Identifiers resolved with ESLint's scope manager (eslint-scope for espree, typescript-eslint's
 * for TypeScript): a name means what its declaration says, never what it merely spells.
 */
import type { Scope, SourceCode } from 'eslint';
import type * as ESTree from 'estree';
import { annotationOf, is, type AnyNode } from './nodes.js';

/** The variable `identifier` refers to, looked up from its scope outwards; undefined for an undeclared global. */
export function findVariable(sourceCode: SourceCode, identifier: ESTree.Identifier): Scope.Variable | undefined {
  let scope: Scope.Scope | null = sourceCode.getScope(identifier);
  while (scope !== null) {
    const variable = scope.set.get(identifier.name);
    if (variable !== undefined) return variable;
    scope = scope.upper;
  }
  return undefined;
}

/** Whether `identifier` names a global of the environment (`Date`, `undefined`, `require`), not a declaration of the code. */
export function isGlobal(sourceCode: SourceCode, identifier: ESTree.Identifier): boolean {
  // Globals from the configuration or TypeScript's lib are variables without definitions.
  return (findVariable(sourceCode, identifier)?.defs.length ?? 0) === 0;
}

/** The one definition of a variable, when it has exactly one. */
export function onlyDefinition(variable: Scope.Variable | undefined): Scope.Definition | undefined {
  return variable?.defs.length === 1 ? variable.defs[0] : undefined;
}

/** Whether nothing assigns the variable after its declaration. */
export function neverReassigned(variable: Scope.Variable): boolean {
  let writes = 0;
  for (const reference of variable.references) if (reference.isWrite()) writes += 1;
  return writes <= 1;
}

/**
 * The expression a variable is bound to when declared `NAME = init` with any keyword and never
 * assigned again (how CommonJS code often binds `require` results and clients).
 */
export function boundInitOf(variable: Scope.Variable | undefined): AnyNode | undefined {
  const definition = onlyDefinition(variable);
  if (definition?.type !== 'Variable' || variable === undefined || !neverReassigned(variable)) return undefined;
  const { id, init } = definition.node;
  return is(id, 'Identifier') && init !== null && init !== undefined ? init : undefined;
}

// Types with no null or undefined in them, as TypeScript reads them with strictNullChecks.
const NON_NULLABLE_TYPES: ReadonlySet<string> = new Set(['TSStringKeyword', 'TSNumberKeyword', 'TSBooleanKeyword', 'TSTemplateLiteralType', 'TSLiteralType']);

/**
 * Whether `identifier` is a parameter declared, not optional, with a type that holds neither null
 * nor undefined (`id: string`): its value is unknown, yet surely there. The declaration is taken at
 * its word, as TypeScript (with strictNullChecks) takes it.
 */
export function isNonNullableParameter(sourceCode: SourceCode, identifier: ESTree.Identifier): boolean {
  const definition = onlyDefinition(findVariable(sourceCode, identifier));
  if (definition?.type !== 'Parameter' || !is(definition.name, 'Identifier')) return false;
  const type = annotationOf(definition.name);
  return type !== undefined && NON_NULLABLE_TYPES.has(type.type) && (definition.name as { readonly optional?: boolean }).optional !== true;
}
