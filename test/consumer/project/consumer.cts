// Type-checked, never run: a user's CommonJS module (require) written against the installed
// package's CommonJS declarations. Each `@ts-expect-error` proves a type is real.
import contract = require('cloudtrail-import-contract');
import requestSchema = require('cloudtrail-import-contract/schemas/start-import-request.schema.json');
import type { PolicyCode, ValidationResult, Violation, ViolationCode } from 'cloudtrail-import-contract';

const result: ValidationResult = contract.validateStartImportRequest({ ImportId: '4b9e2f7a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' });
const first: Violation | undefined = result.violations[0];
// A violation's code is a catalogue code or, with an organisation policy, a policy code.
const code: ViolationCode | PolicyCode | undefined = first?.code;
const schemaId: string = requestSchema.$id;

// @ts-expect-error 'not-a-code' is not a ViolationCode
const wrongCode: ViolationCode = 'not-a-code';
// @ts-expect-error the package has no default export
contract.default;

export = { code, schemaId, wrongCode };
