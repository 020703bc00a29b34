import { describe, expect, it } from 'vitest';
import { importWithPeer, isMissingPackage, missingPeerError, type OptionalPeer } from '../src/peer.js';

const msw: OptionalPeer = { subpath: 'cloudtrail-import-contract/msw', peer: 'msw' };
const jest: OptionalPeer = { subpath: 'cloudtrail-import-contract/jest', peer: 'jest', module: '@jest/globals' };

/** An error as Node throws it for a module it cannot find. */
function notFound(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isMissingPackage', () => {
  it('recognises the ES module and the CommonJS failure to find that package', () => {
    expect(isMissingPackage(notFound('ERR_MODULE_NOT_FOUND', "Cannot find package 'msw' imported from /p/handlers.js"), 'msw')).toBe(true);
    expect(isMissingPackage(notFound('MODULE_NOT_FOUND', "Cannot find module 'msw'\nRequire stack: …"), 'msw')).toBe(true);
  });

  it('rejects another missing package, another error code, and a thrown non-error', () => {
    expect(isMissingPackage(notFound('ERR_MODULE_NOT_FOUND', "Cannot find package 'graphql' imported from /p/msw/index.js"), 'msw')).toBe(false);
    expect(isMissingPackage(notFound('ERR_PACKAGE_PATH_NOT_EXPORTED', "No \"exports\" main defined in 'msw'"), 'msw')).toBe(false);
    expect(isMissingPackage("Cannot find package 'msw'", 'msw')).toBe(false);
  });
});

describe('missingPeerError', () => {
  it('names the subpath, the peer to install and the command, keeping the cause', () => {
    const cause = notFound('MODULE_NOT_FOUND', "Cannot find module '@jest/globals'");
    const error = missingPeerError(jest, cause);
    expect(error.message).toBe('cloudtrail-import-contract/jest needs the optional peer dependency jest: npm i -D jest');
    expect(error.cause).toBe(cause);
  });
});

describe('importWithPeer', () => {
  it('resolves to what the load resolves to', async () => {
    await expect(importWithPeer(() => Promise.resolve({ loaded: true }), msw)).resolves.toEqual({ loaded: true });
  });

  it('rejects with the named error when the peer (or the module standing for it) is missing', async () => {
    const missing = notFound('ERR_MODULE_NOT_FOUND', "Cannot find package '@jest/globals' imported from /p/jest.js");
    await expect(importWithPeer(() => Promise.reject(missing), jest)).rejects.toThrow(
      'cloudtrail-import-contract/jest needs the optional peer dependency jest: npm i -D jest',
    );
  });

  it('passes any other failure through unchanged', async () => {
    const other = notFound('ERR_MODULE_NOT_FOUND', "Cannot find package 'graphql' imported from /p/msw/index.js");
    await expect(importWithPeer(() => Promise.reject(other), msw)).rejects.toBe(other);
  });
});

// The ES module entries list the names they re-export: they must stay the module's own.
describe.each([
  ['msw', () => import('../src/msw/esm-entry.js'), () => import('../src/msw/index.js')],
  ['client-mock', () => import('../src/client-mock/esm-entry.js'), () => import('../src/client-mock/index.js')],
  ['arbitraries', () => import('../src/arbitraries/esm-entry.js'), () => import('../src/arbitraries/index.js')],
])('the ES module entry of %s', (_name, entry, module) => {
  it('exports exactly what the module exports, the same values', async () => {
    const [fromEntry, fromModule] = await Promise.all([entry(), module()]);
    expect(Object.keys(fromEntry).sort()).toEqual(Object.keys(fromModule).sort());
    for (const [name, value] of Object.entries(fromModule)) expect(fromEntry[name as keyof typeof fromEntry], name).toBe(value);
  });
});
