/**
 * The parts of the AWS SDK's middleware stack the plugin touches, declared structurally so the
 * package needs neither `@smithy/types` nor the SDK at run time. A real `client.middlewareStack`
 * (any SDK v3 client) satisfies them, which the tests check by compiling `client.middlewareStack.use(…)`.
 */

/** The arguments an initialize-step handler receives: the command's input, before serialisation. */
export interface InitializeArguments {
  readonly input: unknown;
}

/** The part of the handler context the plugin reads: the client's and the command's names. */
export interface CommandContext {
  /** e.g. `'CloudTrailClient'`. */
  readonly clientName?: string;
  /** e.g. `'StartImportCommand'`. */
  readonly commandName?: string;
}

/** The next handler of the stack. */
export type NextHandler<Args extends InitializeArguments, Result> = (args: Args) => Promise<Result>;

/** An initialize-step middleware: it sees each command's input before the SDK serialises it. */
export type InitializeMiddleware = <Args extends InitializeArguments, Result>(
  next: NextHandler<Args, Result>,
  context: CommandContext,
) => NextHandler<Args, Result>;

/** Where and under which name a middleware is added. */
export interface InitializeMiddlewareOptions {
  readonly step: 'initialize';
  readonly name: string;
  /** Replace a middleware of the same name, so applying the plugin twice keeps one. */
  readonly override: true;
}

/** The part of `client.middlewareStack` a plugin uses. */
export interface MiddlewareStackLike {
  add(middleware: InitializeMiddleware, options: InitializeMiddlewareOptions): void;
}

/** A client plugin, as `client.middlewareStack.use(plugin)` takes it (the SDK's `Pluggable`). */
export interface ClientPlugin {
  applyToStack(stack: MiddlewareStackLike): void;
}
