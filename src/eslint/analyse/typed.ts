/**
 * What type information adds, when the parser has a program (`parserOptions.projectService` or
 * `project`): the SDK's request types and CloudTrail client recognised by their declarations,
 * wherever the code got them from. Asked only about the few nodes the syntax left undecided.
 */
import type { SourceCode } from 'eslint';
import type * as ts from 'typescript';
import type { ContractOperation } from '../../contract/operations.js';
import type { AnyNode } from './nodes.js';
import { CLIENT_OPERATIONS, REQUEST_TYPES_OF } from './operations.js';
import { SDK_MODULES } from './sdk.js';

/** The questions the analysis asks a type checker. */
export interface TypeInfo {
  /**
   * The operation whose SDK input type (`StartImportCommandInput`, `StartImportRequest`,
   * `CreateImportTaskCommandInput`, …) is the object literal's contextual type, or `undefined`.
   */
  requestContextOf(node: AnyNode): ContractOperation | undefined;
  /** The SDK's aggregated client the expression's type is (`CloudTrail`, `CloudWatchLogs`), or `undefined`. */
  clientOf(node: AnyNode): string | undefined;
  /** Whether the expression's type is the built-in `Date` (declared in TypeScript's default library). */
  isDate(node: AnyNode): boolean;
}

/** What typescript-eslint's parser services hold with type information (typed structurally: no parser is needed at run time). */
interface TypedServices {
  /** Null when the file was parsed without type information. */
  readonly program: ts.Program | null;
  readonly esTreeNodeToTSNodeMap: { get(node: never): ts.Node | undefined };
}

const SDK_PATHS = SDK_MODULES.map((module) => `/${module}/`);

function typedServices(sourceCode: SourceCode): (TypedServices & { readonly program: ts.Program }) | undefined {
  const services = sourceCode.parserServices as Partial<TypedServices> | null | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  return program === undefined || program === null || map === undefined ? undefined : { program, esTreeNodeToTSNodeMap: map };
}

/**
 * The type questions for a file, or undefined when it was parsed without type information.
 *
 * @example
 * typeInfoOf(context.sourceCode)?.requestContextOf(objectLiteral); // 'StartImport' for `send(new StartImportCommand({…}))`'s literal
 */
export function typeInfoOf(sourceCode: SourceCode): TypeInfo | undefined {
  const services = typedServices(sourceCode);
  if (services === undefined) return undefined;
  const checker = services.program.getTypeChecker();
  const fromSdk = new Map<ts.Symbol, boolean>();
  const declaredBySdk = (symbol: ts.Symbol): boolean => {
    let known = fromSdk.get(symbol);
    if (known === undefined) {
      known = symbol.getDeclarations()?.some((declaration) => SDK_PATHS.some((path) => declaration.getSourceFile().fileName.includes(path))) ?? false;
      fromSdk.set(symbol, known);
    }
    return known;
  };
  const isSdkType = (type: ts.Type, names: ReadonlySet<string>): boolean => {
    // `T | undefined` (an optional parameter), `T & U`: any part will do.
    if (type.isUnionOrIntersection()) return type.types.some((part) => isSdkType(part, names));
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol !== undefined && names.has(symbol.getName()) && declaredBySdk(symbol);
  };
  const tsNode = (node: AnyNode): ts.Node | undefined => services.esTreeNodeToTSNodeMap.get(node as never);
  return {
    requestContextOf(node) {
      const expression = tsNode(node);
      const type = expression === undefined ? undefined : checker.getContextualType(expression as ts.Expression);
      return type === undefined ? undefined : [...REQUEST_TYPES_OF].find(([, names]) => isSdkType(type, names))?.[0];
    },
    clientOf(node) {
      const expression = tsNode(node);
      if (expression === undefined) return undefined;
      const type = checker.getTypeAtLocation(expression);
      return [...CLIENT_OPERATIONS.keys()].find((client) => isSdkType(type, new Set([client])));
    },
    isDate(node) {
      const expression = tsNode(node);
      const symbol = expression === undefined ? undefined : checker.getTypeAtLocation(expression).getSymbol();
      if (symbol?.getName() !== 'Date') return false;
      return symbol.getDeclarations()?.some((declaration) => services.program.isSourceFileDefaultLibrary(declaration.getSourceFile())) ?? false;
    },
  };
}
