/**
 * The policy loader and the listing reader over random and hostile input: a policy or a
 * PolicyError, items or a ListingError — never another error, never a changed prototype.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListingError, readListObjectsV2 } from '../../src/plan/index.js';
import { loadImportPolicy, PolicyError } from '../../src/policy/index.js';
import { POLICY_RULE_NAMES } from '../../src/policy/index.js';
import { hostileValue, isPrototypePolluted } from '../support/hostile-arbitrary.js';
import { listingText } from '../plan/listings.js';
import { split } from '../plan/support.js';

const directory = mkdtempSync(join(tmpdir(), 'fuzz-policy-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** An error other than the one expected, for the failure message. */
function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown non-Error';
}

/** What loading `value` does: 'policy', 'PolicyError', or the other error it threw. */
function load(value: string | object): string {
  try {
    loadImportPolicy(value);
    return 'policy';
  } catch (error) {
    return error instanceof PolicyError ? 'PolicyError' : describeError(error);
  }
}

const ruleValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ regions: fc.array(fc.constantFrom('us-east-1', 'eu-*', '[', 'x')), buckets: fc.array(fc.string({ maxLength: 6 })), accounts: fc.array(fc.string({ maxLength: 12 })), earliest: fc.string() }, { requiredKeys: [] }));
const policyLike = fc.record(
  { version: fc.oneof(fc.constant(1), fc.jsonValue({ maxDepth: 1 })), rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...POLICY_RULE_NAMES, '__proto__', 'constructor'), fc.string({ maxLength: 6 })), ruleValue, { maxKeys: 4 }), fc.jsonValue({ maxDepth: 2 })) },
  { requiredKeys: [] },
);

describe('loadImportPolicy, fuzzed', () => {
  it('turns any JSON text in a file into a policy or a PolicyError', () => {
    const file = join(directory, 'policy.json');
    const text = fc.oneof(
      policyLike.map((value) => JSON.stringify(value)),
      fc.json({ maxDepth: 4 }),
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.constantFrom('\uFEFF', '', ' '), policyLike).map(([head, value]) => head + JSON.stringify(value, null, 2)),
      fc.tuple(policyLike, fc.nat()).map(([value, cut]) => JSON.stringify(value).slice(0, cut % 40)),
    );
    fc.assert(
      fc.property(text, (content) => {
        writeFileSync(file, content);
        expect(['policy', 'PolicyError']).toContain(load(file));
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('turns any object, hostile ones too, into a policy or a PolicyError', () => {
    const value = fc.oneof(policyLike.map((v) => ({ label: 'policy-like', make: (): unknown => v })), hostileValue(['version', 'rules', ...POLICY_RULE_NAMES]));
    fc.assert(
      fc.property(value, (hostile) => {
        const made = hostile.make();
        // A string is a path: the hostile strings name no file, which is a PolicyError too.
        const result = typeof made === 'object' && made !== null ? load(made) : typeof made === 'string' ? load(join(directory, 'none', made.slice(0, 50))) : 'PolicyError';
        expect(['policy', 'PolicyError']).toContain(result);
        expect(isPrototypePolluted()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

/** What reading `bytes` does: the number of items, 'ListingError', or the other error it threw. */
async function read(bytes: Uint8Array, cuts: readonly number[]): Promise<number | string> {
  try {
    let count = 0;
    for await (const page of readListObjectsV2(split(bytes, cuts.map((cut) => cut % (bytes.length + 1))), { label: 'fuzz.json' })) count += page.Contents?.length ?? 0;
    return count;
  } catch (error) {
    return error instanceof ListingError ? 'ListingError' : describeError(error);
  }
}

describe('readListObjectsV2, fuzzed', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('reads random bytes into items or a ListingError', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }).map(encode),
      listingText.map(encode),
      fc.tuple(listingText, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([text, at, noise]) => {
        const b = encode(text);
        const i = at % b.length;
        return Uint8Array.from([...b.subarray(0, i), ...noise, ...b.subarray(i + noise.length)]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 4 }), async (input, cuts) => {
        const outcome = await read(input, cuts);
        expect(typeof outcome === 'number' || outcome === 'ListingError', String(outcome)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('reads what JSON.parse accepts and refuses what it rejects, for listings with characters changed', async () => {
    const changed = fc.tuple(listingText, fc.nat(), fc.constantFrom('\n', '\t', '\u0001', '\u001f', '"', '\\', '{', ']', ',', 'x')).map(([text, at, character]) => {
      const i = at % text.length;
      return text.slice(0, i) + character + text.slice(i + 1);
    });
    await fc.assert(
      fc.asyncProperty(changed, async (text) => {
        const parses = (piece: string): boolean => {
          try {
            JSON.parse(piece);
            return true;
          } catch {
            return false;
          }
        };
        // One JSON value, or pages that each are one, one after another with any JSON whitespace or
        // none between them; an array of pages is the whole listing (the README's three forms). A
        // page ends at a `}` before a `{` only where the text so far is a whole value: a break before
        // a nested `{` splits nothing (seeds 1394310621 and -1844523771 made one in a Contents array).
        const pages = (): boolean => {
          let page = '';
          for (const piece of text.split(/(?<=\})(?=[ \t\n\r]*\{)/)) {
            page += piece;
            if (parses(page)) page = '';
          }
          return page === '';
        };
        const valid = parses(text) || (!/^[ \t\n\r]*\[/.test(text) && pages());
        const outcome = await read(encode(text), []);
        // A valid text may still be no listing (a Key that became a number): then a ListingError too.
        if (!valid) expect(outcome).toBe('ListingError');
        else expect(typeof outcome === 'number' || outcome === 'ListingError').toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
