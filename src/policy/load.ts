import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validatePolicySchema } from '../generated/validators.js';
import { offsetOf } from '../json/locate.js';
import { lineStarts, positionAt } from '../json/positions.js';
import { readJson } from '../json/read-json.js';
import { repeatedMembers } from '../json/repeated-members.js';
import { MAX_VIOLATIONS_PER_DOCUMENT } from '../rules/limits.js';
import { clip } from '../contract/timestamps.js';
import type { CompiledSchema, SchemaError } from '../validate/schema.js';
import { reasonOf } from '../validate/run.js';
import { compilePolicy, type CompiledPolicy } from './compile.js';
import { MAX_POLICY_DEPTH, pointerTooDeep, tooDeep } from './depth.js';
import { PolicyError } from './error.js';
import type { ImportPolicy } from './types.js';

const OBJECT_SOURCE = '(policy object)';
const compiled = new WeakMap<ImportPolicy, CompiledPolicy>();
const policySchema = validatePolicySchema as CompiledSchema;

/** An ajv error with its message. */
interface MessagedError extends SchemaError {
  readonly message?: string;
}

interface Text {
  readonly text: string;
  readonly source: string;
}

/** 1-based `line:column` of `offset` in `text`. */
function position(text: string, offset: number): string {
  const { line, column } = positionAt(lineStarts(text), offset);
  return `${String(line)}:${String(column)}`;
}

// As request files are read (src/cli/read-inputs.ts): a TextDecoder drops a leading byte order mark,
// and invalid UTF-8 is refused (`fatal`), never read as U+FFFD, which would change a pattern silently.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The policy file's text. Only a regular file is read: a device (`/dev/zero`) or a FIFO never ends,
 * and reading one would hang the caller, as `check`'s and `plan`'s inputs are refused for it.
 */
function readText(path: string): Text {
  const bytes = readRegularFile(path);
  try {
    return { text: UTF8.decode(bytes), source: path };
  } catch {
    throw new PolicyError(path, ['is not a text file (it is not valid UTF-8)']);
  }
}

/** The bytes of the regular file at `path`; a PolicyError saying why for anything else. */
function readRegularFile(path: string): Uint8Array {
  let reason: string;
  try {
    const stats = statSync(path);
    if (stats.isFile()) return readFileSync(path);
    reason = stats.isDirectory() ? 'is a directory' : 'is not a regular file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error);
  }
  throw new PolicyError(path, [`cannot be read: ${reason}`]);
}

function parseJson({ text, source }: Text): { value: unknown; where: (pointer: string) => string } {
  const read = readJson(text, MAX_POLICY_DEPTH);
  if ('beyond' in read) throw new PolicyError(source, [tooDeep(position(text, read.beyond))]);
  if ('syntax' in read) throw new PolicyError(source, [`${position(text, read.syntax.offset)}: invalid JSON (${read.syntax.code})`]);
  if ('empty' in read) throw new PolicyError(source, ['is empty']);
  if ('refused' in read) throw new PolicyError(source, [`invalid JSON (${read.refused})`]);
  // JSON.parse keeps a repeated member's last value: a second `rules` or `deny` would drop the first without a word.
  const { repeats, more } = repeatedMembers(text, MAX_VIOLATIONS_PER_DOCUMENT);
  if (repeats.length > 0) {
    const problems = repeats.map(({ path, name, offset }) => `${position(text, offset)} (${path}): the member '${clip(name)}' is written twice in one object (only the last would be read)`);
    if (more > 0) problems.push(`${String(more)} more members are written twice (only the first ${String(MAX_VIOLATIONS_PER_DOCUMENT)} are named)`);
    throw new PolicyError(source, problems);
  }
  const where = (pointer: string): string => {
    const offset = offsetOf(text, pointer);
    return offset === undefined ? pointer || '/' : `${position(text, offset)} (${pointer || '/'})`;
  };
  return { value: read.value, where };
}

function schemaProblem(error: MessagedError, where: (pointer: string) => string): string {
  const at = where(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}: unknown member '${String(params['additionalProperty'])}'`;
    case 'required':
      return `${at}: missing member '${String(params['missingProperty'])}'`;
    case 'enum':
      return `${at}: must be one of ${JSON.stringify(params['allowedValues'])}`;
    case 'const':
      return `${at}: must be ${JSON.stringify(params['allowedValue'])}`;
    case 'anyOf':
      return `${at}: must set at least one of its lists`;
    default:
      return `${at}: ${error.message ?? error.keyword}`;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Schema-checks and prepares a parsed policy, or throws every problem found. */
function accept(value: unknown, source: string, where: (pointer: string) => string): ImportPolicy {
  const problems: string[] = [];
  // Before the schema check, whose precompiled code recurses once per level.
  let deep: string | undefined;
  try {
    deep = pointerTooDeep(value);
  } catch (error) {
    throw new PolicyError(source, [`cannot be read as plain data (reading it threw: ${reasonOf(error)})`]);
  }
  if (deep !== undefined) throw new PolicyError(source, [tooDeep(where(deep))]);
  if (!policySchema(value)) {
    // `anyOf` branches report their own `required`; the `anyOf` line says it for them.
    const errors = (policySchema.errors ?? []).filter((e) => !e.schemaPath.includes('/anyOf/'));
    for (const error of errors) problems.push(schemaProblem(error, where));
    throw new PolicyError(source, [...new Set(problems)]);
  }
  const copy = structuredClone(value) as ImportPolicy;
  const policy: ImportPolicy = source === OBJECT_SOURCE ? copy : { ...copy, source };
  const prepared = compilePolicy(policy, (pointer, message) => problems.push(`${where(pointer)}: ${message}`));
  if (problems.length > 0) throw new PolicyError(source, problems);
  deepFreeze(policy);
  compiled.set(policy, prepared);
  return policy;
}

/**
 * Loads an import policy from a JSON file (a path, or a file URL object) or an object, checks it against
 * `schemas/policy.schema.json` and its globs and dates, and returns it deep-frozen. A policy
 * returned by this function is returned as it is.
 *
 * @throws PolicyError naming the file and listing every problem (missing file, bad JSON with
 * line:column, every schema error; once the schema is met, every bad glob or date).
 * @example
 * const policy = loadImportPolicy({ version: 1, rules: { 'allowed-regions': { regions: ['eu-west-1'] } } });
 * validateStartImportRequest(request, { policy }).violations; // … policy/allowed-regions when outside eu-west-1
 */
// The declared type leaves URL out: consumers without Node's types have no global URL.
export function loadImportPolicy(pathOrObject: string | object): ImportPolicy {
  if (typeof pathOrObject === 'string' || isUrl(pathOrObject)) {
    const path = typeof pathOrObject === 'string' ? pathOrObject : pathOfUrl(pathOrObject);
    const { value, where } = parseJson(readText(path));
    return accept(value, path, where);
  }
  if (compiled.has(pathOrObject as ImportPolicy)) return pathOrObject as ImportPolicy;
  try {
    return accept(pathOrObject, OBJECT_SOURCE, (pointer) => pointer || '/');
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    // A throwing getter, a Proxy (revoked, or whose traps throw), a value structuredClone refuses.
    throw new PolicyError(OBJECT_SOURCE, [`cannot be read as plain data (reading it threw: ${reasonOf(error)})`]);
  }
}

/** The path of a `file:` URL; a PolicyError naming any other URL, which names no file to read. */
function pathOfUrl(url: URL): string {
  if (url.protocol !== 'file:') throw new PolicyError(url.href, [`cannot be read: only a file: URL names a policy file (got ${url.protocol})`]);
  try {
    return fileURLToPath(url);
  } catch (error) {
    throw new PolicyError(url.href, [`cannot be read: ${reasonOf(error)}`]);
  }
}

function isUrl(value: unknown): value is URL {
  try {
    return value instanceof URL;
  } catch {
    // A revoked Proxy throws when asked for its prototype: it is no URL.
    return false;
  }
}

/** The prepared form of a loaded policy (loading it first when it is a plain object). */
export function compiledPolicy(policy: ImportPolicy): CompiledPolicy {
  const loaded = loadImportPolicy(policy);
  return compiled.get(loaded) as CompiledPolicy;
}
