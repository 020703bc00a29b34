import type { Node } from 'estree';

// TypeScript's wrappers around an expression (`x as const`, `x satisfies T`, `x!`, `<T>x`): not in ESTree's types.
const TS_WRAPPERS: ReadonlySet<string> = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

/** The expression under TypeScript's type-only wrappers, which do not change its value. */
export function withoutTypeWrappers(node: Node): Node {
  let current = node;
  while (TS_WRAPPERS.has(current.type)) current = (current as unknown as { readonly expression: Node }).expression;
  return current;
}

/** The string a literal or an expression-free template literal spells, the number a numeric literal is; else undefined. */
export function literalValue(node: Node): string | number | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
