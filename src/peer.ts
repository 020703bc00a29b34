/**
 * Optional peer dependencies: a subpath that needs one names it, and how to install it, when it is
 * missing, instead of Node's bare "Cannot find package". Each such subpath has an ES module entry
 * (`esm-entry.ts`, which imports the module and turns the failure into that error) and, for the
 * CommonJS build, a check it requires before the peer (`requirePeer`).
 */
import { createRequire } from 'node:module';

/** A subpath and the optional peer it cannot load without. */
export interface OptionalPeer {
  /** The subpath, as a user imports it (`cloudtrail-import-contract/msw`). */
  readonly subpath: string;
  /** The package to install (`jest`). */
  readonly peer: string;
  /** The module the subpath loads, when not the peer itself (`@jest/globals`, which Jest provides). */
  readonly module?: string;
}

/** Whether `error` is Node's failure to find the package `name` (ES modules' or CommonJS's). */
export function isMissingPackage(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as { code?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && error.message.includes(`'${name}'`);
}

/** The error a subpath throws when its peer is missing: what needs what, and the command that installs it. */
export function missingPeerError(peer: OptionalPeer, cause: unknown): Error {
  return new Error(`${peer.subpath} needs the optional peer dependency ${peer.peer}: npm i -D ${peer.peer}`, { cause });
}

/**
 * CommonJS: throws `missingPeerError` when the peer's module cannot be resolved from this package.
 * Required before the modules that require the peer. Does nothing in an ES module, which has no
 * `__filename` and links every static import before running any: there, `importWithPeer` does it.
 */
export function requirePeer(peer: OptionalPeer): void {
  if (typeof __filename !== 'string') return;
  const name = peer.module ?? peer.peer;
  try {
    createRequire(__filename).resolve(name);
  } catch (error) {
    // Any other failure is the peer's own (e.g. an ES-module-only export): requiring it reports that.
    if (isMissingPackage(error, name)) throw missingPeerError(peer, error);
  }
}

/** ES modules: `load()`, with a missing peer turned into `missingPeerError`. */
export async function importWithPeer<T>(load: () => Promise<T>, peer: OptionalPeer): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw isMissingPackage(error, peer.module ?? peer.peer) ? missingPeerError(peer, error) : error;
  }
}
