// Type-checked, never run: the subpaths whose own dependencies still publish types for
// `moduleResolution: node10` (through typesVersions here). fast-check, Vitest and msw 3 resolve
// their types through `exports` only, so /arbitraries, /vitest and /msw need node16 or bundler.
import { validateStartImportRequest, type ValidationResult } from 'cloudtrail-import-contract';
import { checkedStartImport, useFakeCloudTrailImports, type CloudTrailMock } from 'cloudtrail-import-contract/client-mock';
import plugin, { type RuleName } from 'cloudtrail-import-contract/eslint';
import { createFakeCloudTrailImports, type FakeCloudTrailImports } from 'cloudtrail-import-contract/fake';
import { startImportMatchers } from 'cloudtrail-import-contract/matchers';
import { formatImportPlan, planImport, type ImportPlan } from 'cloudtrail-import-contract/plan';
import { loadImportPolicy, PolicyError, type ImportPolicy } from 'cloudtrail-import-contract/policy';
import { checkImportRolePolicies, type RolePolicyCheckResult } from 'cloudtrail-import-contract/role';

const result: ValidationResult = validateStartImportRequest({});
const fake: FakeCloudTrailImports = createFakeCloudTrailImports();
const ruleName: RuleName = 'valid-destination';
const rules = plugin.configs.recommended.rules;
const matcherNames = Object.keys(startImportMatchers);
export function mockWithFake(cloudTrailMock: CloudTrailMock): void {
  useFakeCloudTrailImports(cloudTrailMock, fake);
  checkedStartImport(cloudTrailMock);
}
// @ts-expect-error: an unknown rule name is a type error
const wrongRule: RuleName = 'not-a-rule';

// The planner, the role check and policies from their own subpaths; the root's copies are deprecated.
const policy: ImportPolicy = loadImportPolicy({ version: 1, rules: {} });
const plan: ImportPlan = planImport({}, []);
const checkedWithPolicy: ValidationResult = validateStartImportRequest({}, { policy });
const planText: string = formatImportPlan(plan);
const role: RolePolicyCheckResult = checkImportRolePolicies({ request: {}, trustPolicy: {}, permissionsPolicy: {} });
const policyErrorLike: boolean = new Error() instanceof PolicyError;

export { checkedWithPolicy, matcherNames, plan, planText, policyErrorLike, result, role, ruleName, rules, wrongRule };
