/**
 * The contract engine's fast pass (src/core/fast.ts) against its full pass: for every compiled
 * operation's request and response, valid, labelled-invalid, mutated and hostile values in every
 * encoding, `runContract` returns exactly what decoding, `runStructural` and each semantic check
 * run in turn return — validity, every violation (code, path, message, order) and the decoded copy
 * — so both generated passes, the fast pass (src/core/fast.ts) and the structural run
 * (src/core/structural-run.ts), are held to the checks run one by one.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakableCodes, contractInvalidValue, contractValue } from '../../src/arbitraries/_internals/contract-values.js';
import { CONTRACT_OPERATIONS } from '../../src/contract/operations.js';
import type { Shape } from '../../src/contract/timestamps.js';
import type { CheckContext } from '../../src/core/check.js';
import { compileContract, runContract, type OperationContract, type OperationResult } from '../../src/core/contract.js';
import type { Verdict } from '../../src/core/fast.js';
import { operationContracts, type CompiledOperation } from '../../src/operations/index.js';
import type { Shapes } from '../../src/core/sites.js';
import type { ShapeOption } from '../../src/validate/types.js';
import { hostileLeaf, type Hostile } from '../support/hostile-arbitrary.js';

const OPERATIONS = CONTRACT_OPERATIONS.filter((operation): operation is CompiledOperation => operation !== 'StartImport');
const CONTRACTS = OPERATIONS.flatMap((operation) => (['request', 'response'] as const).map((subject) => operationContracts(operation)[subject]));
const SHAPES: readonly Shape[] = ['sdk', 'wire', 'cli'];
const CLOCK: CheckContext = { now: () => 1_780_000_000 };

/** `contract` without its fast pass and with its structural and semantic checks run one by one: the engine as it was. */
function fullPassOf(contract: OperationContract): OperationContract {
  const structural = contract.checks.slice(0, contract.checks.length - contract.semantic.length);
  return {
    ...contract,
    decodeClean: () => undefined,
    // Each check located by its own walk (`locator`), not the contract's generated run (src/core/structural-run.ts).
    runStructural: (input, out) => {
      for (const check of structural) check.run(input, CLOCK, out);
    },
    runSemantic: (input, context, out) => {
      for (const check of contract.semantic) check.run(input, context, out);
    },
  };
}

/** The fast pass's copy of `value` when its structural tests find nothing in it, else `undefined`. */
function cleanCopy(contract: OperationContract, value: unknown, option: ShapeOption): unknown {
  const verdict: Verdict = { marks: -1 };
  const copy = contract.decodeClean(value, option, verdict);
  return verdict.marks === 0 ? copy : undefined;
}

/** `value` with every own member read through an enumerable getter. */
function withGetters(value: Record<string, unknown>): Record<string, unknown> {
  const out = {};
  for (const [key, item] of Object.entries(value)) Object.defineProperty(out, key, { get: () => item, enumerable: true, configurable: true });
  return out;
}

/** A copy of `value` with the place `choices` lead to (descending into members and items) given `replacement()`. */
function replaced(value: unknown, choices: Iterator<number>, replacement: () => unknown): unknown {
  const keys = Array.isArray(value) ? value.map((_, i) => i) : typeof value === 'object' && value !== null && !(value instanceof Date) ? Object.keys(value) : [];
  const pick = choices.next().value as number;
  if (keys.length === 0 || pick % 3 === 0) return replacement();
  const key = keys[pick % keys.length] as string | number;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[key] = replaced(copy[key], choices, replacement);
  return copy;
}

/** A value made inside the property (fast-check must never read a Proxy or a throwing getter). */
type Make = () => unknown;

const replacement: fc.Arbitrary<{ readonly label: string; readonly make: Make }> = fc.oneof(
  hostileLeaf.map((leaf: Hostile) => ({ label: leaf.label, make: leaf.make })),
  fc.anything({ maxDepth: 2 }).map((value) => ({ label: 'anything', make: () => value })),
  fc.constantFrom(null, undefined, 'x', 42, 4.5, true).map((value) => ({ label: String(value), make: () => value })),
  fc.date({ noInvalidDate: true }).map((date) => ({ label: 'a Date', make: () => new Date(date) })),
);

/** Values of `contract` in `shape`: valid, one labelled break, a place replaced, a key added, every member a getter. */
function values(contract: OperationContract, shape: Shape): fc.Arbitrary<{ readonly label: string; readonly make: Make }> {
  const valid = contractValue(contract, shape);
  const codes = breakableCodes(contract);
  const broken = codes.length === 0 ? valid : fc.constantFrom(...codes).chain((code) => contractInvalidValue(contract, code, shape, 'fast.test').map(({ value }) => value));
  return fc.oneof(
    valid.map((value) => ({ label: 'valid', make: () => value })),
    broken.map((value) => ({ label: 'broken', make: () => value })),
    fc.tuple(valid, fc.infiniteStream(fc.nat()), replacement).map(([value, choices, by]) => ({ label: `replaced by ${by.label}`, make: () => replaced(value, choices[Symbol.iterator](), by.make) })),
    fc.tuple(valid, fc.string({ maxLength: 12 }), replacement).map(([value, key, by]) => ({ label: `with member '${key}': ${by.label}`, make: () => ({ ...value, [key]: by.make() }) })),
    valid.map((value) => ({ label: 'getters', make: () => withGetters({ ...value }) })),
  );
}

/**
 * Whether two decoded copies are alike: the same input values (a member copied unread, a hostile
 * value kept in place, never read here) or containers made by decoding with the same keys in the
 * same order, holding alike copies.
 */
function alike(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.join('\u0000') !== Object.keys(b).join('\u0000')) return false;
  return keys.every((key) => alike((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function expectSame(fast: OperationResult, full: OperationResult): void {
  expect(fast.valid).toBe(full.valid);
  expect(fast.violations).toEqual(full.violations);
  expect(alike(fast.value, full.value)).toBe(true);
}

describe('runContract', () => {
  it.each(CONTRACTS.map((contract) => [contract.operation, contract.subject, contract] as const))(
    'returns for every %s %s exactly what the full pass returns, in every encoding',
    (_operation, _subject, contract) => {
      const full = fullPassOf(contract);
      fc.assert(
        fc.property(
          fc.constantFrom(...SHAPES).chain((shape) => values(contract, shape).map((value) => ({ shape, value }))),
          fc.constantFrom<ShapeOption | 'as made'>('as made', 'auto'),
          ({ shape, value }, option) => {
            const made = value.make();
            const as: ShapeOption = option === 'as made' ? shape : option;
            expectSame(runContract(contract, made, as, CLOCK), runContract(full, made, as, CLOCK));
          },
        ),
        { numRuns: 250 },
      );
    },
  );

  it.each(CONTRACTS.map((contract) => [contract.operation, contract.subject, contract] as const))(
    'decodes every valid %s %s in one pass (the full pass runs only for a value with a structural finding)',
    (_operation, _subject, contract) => {
      fc.assert(
        fc.property(fc.constantFrom(...SHAPES).chain((shape) => contractValue(contract, shape).map((value) => ({ shape, value }))), ({ shape, value }) => {
          expect(cleanCopy(contract, value, shape)).toEqual(runContract(fullPassOf(contract), value, shape, CLOCK).value);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('leaves to the full pass a wire timestamp given as a Date, a list past the items read and a value that throws', () => {
    const { response } = operationContracts('GetImport');
    const { request } = operationContracts('DescribeImportTaskBatches');
    const throwing = Object.defineProperty({}, 'ImportId', { get: () => { throw new Error('no'); }, enumerable: true });
    const cases: [OperationContract, unknown, string][] = [
      [response, { CreatedTimestamp: new Date(0) }, 'timestamp-invalid'],
      [request, { importId: 'a', batchImportStatus: Array.from({ length: 1001 }, () => 'FAILED') }, 'violations-truncated'],
      [operationContracts('GetImport').request, throwing, 'type-mismatch'],
    ];
    for (const [contract, value, code] of cases) {
      expect(contract.decodeClean(value, 'wire', { marks: -1 })).toBeUndefined();
      const result = runContract(contract, value, 'wire', CLOCK);
      expect(result.violations.map((v) => v.code)).toContain(code);
      expectSame(result, runContract(fullPassOf(contract), value, 'wire', CLOCK));
    }
  });

  it('reports the same where code cannot be generated (node --disallow-code-generation-from-strings): every value takes the full pass', () => {
    const entry = fileURLToPath(new URL('../../src/operations/validate-import.ts', import.meta.url));
    const script = `import { validateImportRequest } from ${JSON.stringify(entry)};
      const run = (value) => validateImportRequest('ListImports', value, { shape: 'wire' }).violations.map((v) => v.code);
      console.log(JSON.stringify([run({ MaxResults: 5 }), run({ MaxResults: 0, Extra: 1 })]));`;
    const output = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([[], ['unknown-member', 'max-results-out-of-range']]);
  });

  it("leaves out the test of a pattern matching every string (`.*`, ListImports' NextToken): it passes any string, line breaks and lone surrogates too", () => {
    const { request } = operationContracts('ListImports');
    expect(request.shapes['PaginationToken']).toMatchObject({ pattern: '.*' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 4, maxLength: 30 }), fc.constantFrom('\n', '\u2028', '\ud800', ''), (text, odd) => {
        const value = { NextToken: `${odd}${text}${odd}` };
        expect(new RegExp('.*', 'u').test(value.NextToken)).toBe(true);
        expectSame(runContract(request, value, 'wire', CLOCK), runContract(fullPassOf(request), value, 'wire', CLOCK));
      }),
    );
  });

  it('drops the SDK’s $metadata and null members in the sdk encoding, as decoding does', () => {
    const { request } = operationContracts('ListImports');
    const value = { $metadata: { httpStatusCode: 200 }, MaxResults: 5, NextToken: null };
    expect(cleanCopy(request, value, 'sdk')).toEqual({ MaxResults: 5 });
    expect(cleanCopy(request, value, 'wire')).toBeUndefined();
    expect(runContract(request, value, 'wire', CLOCK).violations.map((v) => v.code)).toEqual(['unknown-member', 'type-mismatch']);
  });
});

describe('CheckGroup', () => {
  const { request } = operationContracts('CreateImportTask');
  const full = fullPassOf(request);
  const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-x', 'AWS');
  const region = fc.constantFrom('us-east-1', 'eu-west-3', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1', 'xx-east-1', 'us-east-1x', '');
  // Mostly the common forms (12 digits, a lowercase UUID, a role without a path), so that every pairing of partitions and Region is met.
  const digits = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^\d{12}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^\d{11,13}$/) });
  const name = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_+=,.@-]{1,64}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_+=,.@ -]{0,66}$/) });
  const path = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('service-role/', 'a/b/') });
  const arns = fc
    .tuple(partition, partition, fc.boolean(), region, digits, fc.uuid(), fc.boolean(), digits, path, name)
    .map(([p, other, same, r, account, id, upper, roleAccount, rolePath, roleName]) => ({
      importSourceArn: `arn:${p}:cloudtrail:${r}:${account}:eventdatastore/${upper ? id.toUpperCase() : id}`,
      importRoleArn: `arn:${same ? p : other}:iam::${roleAccount}:role/${rolePath}${roleName}`,
    }));

  it("reports for CreateImportTask's source and role ARNs what its three checks report, for any partitions and Region", () => {
    fc.assert(
      fc.property(arns, (value) => {
        expectSame(runContract(request, value, 'wire', CLOCK), runContract(full, value, 'wire', CLOCK));
      }),
      { numRuns: 400 },
    );
  });
});

describe('destinationChecks', () => {
  const { request } = operationContracts('ListImports');
  const full = fullPassOf(request);
  const uuid = fc.uuid();
  // Bare IDs and ARNs, common and not: lowercase and uppercase UUIDs, other IDs, near-ARNs and text that is neither.
  const destination = fc.oneof(
    uuid,
    uuid.map((id) => id.toUpperCase()),
    fc.stringMatching(/^[A-Za-z0-9-]{0,40}$/),
    fc.tuple(fc.constantFrom('aws', 'aws-cn', 'aws-x', 'AWS'), fc.constantFrom('us-east-1', 'cn-north-1', 'xx-east-1', ''), fc.stringMatching(/^\d{11,12}$/), uuid, fc.boolean()).map(
      ([partition, region, account, id, upper]) => `arn:${partition}:cloudtrail:${region}:${account}:eventdatastore/${upper ? id.toUpperCase() : id}`,
    ),
    fc.string({ maxLength: 12 }).map((text) => `arn:${text}`),
    fc.string({ maxLength: 40 }),
  );

  it("reports for ListImports' Destination what its checks report one by one, for bare IDs, ARNs and other text", () => {
    fc.assert(
      fc.property(destination, (value) => {
        expectSame(runContract(request, { Destination: value }, 'wire', CLOCK), runContract(full, { Destination: value }, 'wire', CLOCK));
      }),
      { numRuns: 600 },
    );
  });
});

describe('Verdict.marks', () => {
  // 40 members, 41 sites: the sites from index 30 on share the last bit a number's marks may take.
  const members = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`M${String(i)}`, 'Text']));
  const shapes: Shapes = { Wide: { type: 'structure', members, required: ['M35'] }, Text: { type: 'string', minLength: 1, maxLength: 5, pattern: '^[a-z]+$' } };
  const contract = compileContract({ operation: 'Wide', subject: 'request', root: 'Wide', shapes }, { Text: { length: 'import-id-invalid', pattern: 'import-id-invalid' } }, []);
  const member = fc.oneof(fc.stringMatching(/^[a-z]{1,5}$/), fc.constantFrom('', 'abcdef', 'A', 7, null));
  const value = fc.dictionary(fc.constantFrom(...Object.keys(members), 'Extra'), member, { maxKeys: 12 });

  it('marks every site with a finding in a structure of more sites than a number has bits: its report is the full pass’s', () => {
    fc.assert(
      fc.property(value, (made) => {
        expectSame(runContract(contract, made, 'wire', CLOCK), runContract(fullPassOf(contract), made, 'wire', CLOCK));
      }),
      { numRuns: 500 },
    );
  });
});

