// Type-checked, never run: a user's ES module written against the installed package's public types,
// under the strictest settings a user may have. Each `@ts-expect-error` proves a type is real
// (it fails the check when the type has decayed to `any` or lost a member).
import {
  classifyStartImportRequest,
  formatViolations,
  ruleCatalogue,
  toWireStartImportRequest,
  validateStartImportRequest,
  type CatalogueEntry,
  type PolicyCode,
  type RequestKind,
  type RequestValidationOptions,
  type Severity,
  type StartImportSdkInput,
  type StartImportWireRequest,
  type ValidationResult,
  type Violation,
  type ViolationCode,
} from 'cloudtrail-import-contract';
import { importMatchers, startImportMatchers, toBeValidStartImportRequest, type MatcherResult } from 'cloudtrail-import-contract/matchers';
import packageJson from 'cloudtrail-import-contract/package.json' with { type: 'json' };
import requestSchema from 'cloudtrail-import-contract/schemas/start-import-request.schema.json' with { type: 'json' };

const input: StartImportSdkInput = {
  Destinations: ['arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/0b2f7a4c-9f3e-4c1d-8a55-6c1e2f3d4b5a'],
  ImportSource: {
    S3: {
      S3LocationUri: 's3://example-trail-logs/AWSLogs/123456789012/CloudTrail/',
      S3BucketRegion: 'us-east-1',
      S3BucketAccessRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailLakeImportRole',
    },
  },
  StartEventTime: new Date('2024-01-01T00:00:00Z'),
  EndEventTime: new Date('2024-02-01T00:00:00Z'),
};
const options: RequestValidationOptions = { shape: 'sdk', now: () => new Date('2025-01-01T00:00:00Z') };

const result: ValidationResult = validateStartImportRequest(input, options);
const valid: boolean = result.valid;
const codes: readonly (ViolationCode | PolicyCode)[] = result.violations.map((violation: Violation) => violation.code);
const severities: readonly Severity[] = result.violations.map((violation) => violation.severity);
const report: string = formatViolations(result.violations);
const wire: StartImportWireRequest = toWireStartImportRequest(input);
const startSeconds: number | undefined = wire.StartEventTime;
const catalogue: readonly CatalogueEntry[] = ruleCatalogue;
const schemaId: string = requestSchema.$id;
const version: string = packageJson.version;

// The side-effect-free matchers called bare, as a pure check: the named export and, as the README
// lists them, a method of the matchers objects (`this` is then that object, not a runner's context).
const bareChecks: readonly MatcherResult[] = [
  toBeValidStartImportRequest(input),
  startImportMatchers.toBeValidStartImportRequest(input, options),
  startImportMatchers.toViolateStartImportContract({ ImportId: 'ABC' }, 'import-id-invalid'),
  importMatchers.toBeValidImportRequest({ MaxResults: 5 }, 'ListImports'),
  importMatchers.toViolateImportContract({}, 'GetImport', 'required-member-missing'),
];
const bareMessages: readonly string[] = bareChecks.map((check) => check.message());

/** Exhaustive over RequestKind: a new kind in the package would fail this switch. */
function describeKind(kind: RequestKind): string {
  switch (kind) {
    case 'new':
      return 'a new import';
    case 'retry':
      return 'a retry';
    case 'ambiguous':
    case 'empty':
      return 'neither';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}
const kind: string = describeKind(classifyStartImportRequest(wire));

// @ts-expect-error 'not-a-code' is not a ViolationCode
const wrongCode: ViolationCode = 'not-a-code';
// @ts-expect-error 'xml' is not a shape
validateStartImportRequest(input, { shape: 'xml' });
// @ts-expect-error the SDK takes Dates, not ISO-8601 strings
const wrongInput: StartImportSdkInput = { StartEventTime: '2024-01-01T00:00:00Z' };
// @ts-expect-error a result is read-only
result.valid = true;
// @ts-expect-error wire timestamps are epoch seconds
const wrongWire: StartImportWireRequest = { EndEventTime: new Date() };

export { bareMessages, catalogue, codes, kind, report, schemaId, severities, startSeconds, valid, version, wrongCode, wrongInput, wrongWire };
