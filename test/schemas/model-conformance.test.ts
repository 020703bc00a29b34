import { describe, expect, it } from 'vitest';
import * as contract from '../../src/contract/model.js';
import * as operations from '../../src/contract/operations.js';
import { loadSchemas, schemaAt, type SchemaSet } from '../support/json-schemas.js';
import { compareSchemasWithModel } from '../support/model-conformance.js';
import { compareOperationsWithModel, type OperationConstants } from '../support/operation-facts.js';
import { compareConstantsWithModel, compareErrorSchemaWithModel, type ModelConstants } from '../support/model-facts.js';
import { loadModel, shapeId } from '../support/smithy-model.js';

const model = loadModel();
const schemas = loadSchemas();

const COMMON = 'common.schema.json';
const REQUEST = 'start-import-request.schema.json';
const RESPONSE = 'start-import-response.schema.json';
const ERROR = 'start-import-error.schema.json';

/** A deliberate change and the fragments one reported difference must contain. */
interface Mutation<T> {
  readonly change: string;
  readonly mutate: (copy: T) => T;
  readonly expected: readonly string[];
}

function changed(mutate: (copy: SchemaSet) => void): (copy: SchemaSet) => SchemaSet {
  return (copy) => {
    mutate(copy);
    return copy;
  };
}

function expectDifferenceWith(differences: readonly string[], fragments: readonly string[]): void {
  const matching = differences.filter((line) => fragments.every((fragment) => line.includes(fragment)));
  expect(matching, `no difference contains all of ${JSON.stringify(fragments)}; got:\n${differences.join('\n')}`).not.toEqual([]);
}

describe('the StartImport JSON Schemas', () => {
  it('say what the Smithy model says about every shape StartImport reaches', () => {
    expect(compareSchemasWithModel(model, schemas).differences).toEqual([]);
  });

  it('are compared shape by shape from StartImportRequest and StartImportResponse down to every string, list, enum and timestamp', () => {
    const { compared } = compareSchemasWithModel(model, schemas);
    expect(new Set(compared.map(({ shape }) => shape))).toEqual(
      new Set(
        ['StartImportRequest', 'StartImportResponse', 'ImportDestinations', 'EventDataStoreArn', 'ImportSource', 'S3ImportSource', 'String', 'Date', 'UUID', 'ImportStatus'].map(shapeId),
      ),
    );
    expect(compared).toContainEqual({ shape: shapeId('EventDataStoreArn'), schema: `${COMMON}#/$defs/ImportDestinations/items` });
    expect(compared).toContainEqual({ shape: shapeId('ImportStatus'), schema: `${RESPONSE}#/properties/ImportStatus` });
  });

  it("give the error body's message the length of com.amazonaws.cloudtrail#ErrorMessage", () => {
    expect(compareErrorSchemaWithModel(model, schemas)).toEqual([]);
  });
});

describe('src/contract/model.ts', () => {
  it('states the lengths, patterns, enum values, members and errors of the Smithy model', () => {
    expect(compareConstantsWithModel(model, contract)).toEqual([]);
  });
});

describe('src/contract/operations.ts', () => {
  it('states the import operations, their errors and statuses, the pagination bounds, failure statuses and statistics of the Smithy model', () => {
    expect(compareOperationsWithModel(model, operations)).toEqual([]);
  });

  const mutations: readonly Mutation<OperationConstants>[] = [
    { change: 'an operation dropped', mutate: (c) => ({ ...c, IMPORT_OPERATIONS: c.IMPORT_OPERATIONS.slice(1) }), expected: ['IMPORT_OPERATIONS', 'StartImport'] },
    {
      change: "an operation's error dropped",
      mutate: (c) => ({ ...c, OPERATION_ERRORS: { ...c.OPERATION_ERRORS, ListImports: ['InvalidParameterException'] } }),
      expected: ['OPERATION_ERRORS.ListImports', 'InvalidNextTokenException'],
    },
    {
      change: 'a wrong HTTP status',
      mutate: (c) => ({ ...c, IMPORT_ERRORS: { ...c.IMPORT_ERRORS, ImportNotFoundException: 400 } }),
      expected: ['IMPORT_ERRORS.ImportNotFoundException', '404'],
    },
    { change: 'a wrong MaxResults bound', mutate: (c) => ({ ...c, MAX_RESULTS: { minimum: 1, maximum: 100 } }), expected: ['MAX_RESULTS', '1–1000'] },
    { change: 'a wrong token length', mutate: (c) => ({ ...c, PAGINATION_TOKEN: { minLength: 1, maxLength: 1000 } }), expected: ['PAGINATION_TOKEN', '4–1000'] },
    { change: 'a failure status dropped', mutate: (c) => ({ ...c, IMPORT_FAILURE_STATUSES: ['FAILED'] }), expected: ['IMPORT_FAILURE_STATUSES', 'RETRY'] },
    { change: 'a statistic dropped', mutate: (c) => ({ ...c, IMPORT_STATISTICS_MEMBERS: ['PrefixesFound'] }), expected: ['IMPORT_STATISTICS_MEMBERS', 'FailedEntries'] },
  ];
  it.each(mutations.map((m) => [m.change, m] as const))('is shown to differ when a copy has %s', (_change, mutation) => {
    expectDifferenceWith(compareOperationsWithModel(model, mutation.mutate({ ...operations })), mutation.expected);
  });
});

describe('the model-conformance checker', () => {
  const schemaMutations: readonly Mutation<SchemaSet>[] = [
    {
      change: 'a string length',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/EventDataStoreArn')['maxLength'] = 255)),
      expected: [shapeId('EventDataStoreArn'), `${COMMON}#/$defs/EventDataStoreArn/maxLength is 255`, 'smithy.api#length max is 256'],
    },
    {
      change: 'a pattern',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/UUID')['pattern'] = '^[a-f0-9-]+$')),
      expected: [shapeId('UUID'), `${COMMON}#/$defs/UUID/pattern is "^[a-f0-9-]+$"`, 'smithy.api#pattern'],
    },
    {
      change: 'an enum value',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/ImportStatus')['enum'] = ['INITIALIZING', 'IN_PROGRESS', 'FAILED', 'CANCELLED', 'COMPLETED'])),
      expected: [shapeId('ImportStatus'), `${COMMON}#/$defs/ImportStatus/enum lacks 'STOPPED'`],
    },
    {
      change: 'a removed member',
      mutate: changed((s) => delete schemaAt(s, REQUEST, '/properties')['EndEventTime']),
      expected: [shapeId('StartImportRequest'), `${REQUEST}#`, "properties lacks member 'EndEventTime'"],
    },
    {
      change: 'an added member',
      mutate: changed((s) => (schemaAt(s, RESPONSE, '/properties')['ImportStatistics'] = { type: 'object' })),
      expected: [shapeId('StartImportResponse'), `${RESPONSE}#`, "properties has 'ImportStatistics'"],
    },
    {
      change: 'a dropped required entry',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/S3ImportSource')['required'] = ['S3LocationUri', 'S3BucketAccessRoleArn'])),
      expected: [shapeId('S3ImportSource'), `${COMMON}#/$defs/S3ImportSource`, "required lacks 'S3BucketRegion'"],
    },
    {
      change: 'an added required entry',
      mutate: changed((s) => (schemaAt(s, REQUEST, '')['required'] = ['Destinations'])),
      expected: [shapeId('StartImportRequest'), "required has 'Destinations'"],
    },
    {
      change: 'a list size',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/ImportDestinations')['maxItems'] = 5)),
      expected: [shapeId('ImportDestinations'), `${COMMON}#/$defs/ImportDestinations/maxItems is 5`, 'smithy.api#length max is 1'],
    },
    {
      change: 'a structure left open to unknown keys',
      mutate: changed((s) => delete schemaAt(s, COMMON, '/$defs/ImportSource')['additionalProperties']),
      expected: [shapeId('ImportSource'), 'must have additionalProperties: false'],
    },
    {
      change: 'a timestamp typed as a string',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/Date')['type'] = 'string')),
      expected: [shapeId('Date'), `${COMMON}#/$defs/Date/type is "string"`, 'JSON type for a timestamp shape is "number"'],
    },
    {
      change: 'a length beside a $ref',
      mutate: changed((s) => (schemaAt(s, REQUEST, '/properties/ImportId')['maxLength'] = 40)),
      expected: [shapeId('UUID'), `${REQUEST}#/properties/ImportId/maxLength is 40`],
    },
    {
      change: 'a pattern the model does not have',
      mutate: changed((s) => (schemaAt(s, COMMON, '/$defs/S3ImportSource/properties/S3BucketRegion')['pattern'] = '^[a-z0-9-]+$')),
      expected: [shapeId('String'), 'S3ImportSource$S3BucketRegion', 'but the model has no smithy.api#pattern'],
    },
    {
      change: 'a removed length',
      mutate: changed((s) => delete schemaAt(s, COMMON, '/$defs/UUID')['minLength']),
      expected: [shapeId('UUID'), "minLength is missing; the model's smithy.api#length min is 36"],
    },
    {
      change: 'a $ref that does not resolve',
      mutate: changed((s) => (schemaAt(s, REQUEST, '/properties/ImportSource')['$ref'] = `${COMMON}#/$defs/S3Source`)),
      expected: [shapeId('ImportSource'), `'${COMMON}#/$defs/S3Source' that does not resolve`],
    },
  ];

  it.each(schemaMutations)('reports $change changed in a copy of the schemas', ({ mutate, expected }) => {
    expectDifferenceWith(compareSchemasWithModel(model, mutate(structuredClone(schemas))).differences, expected);
  });

  const errorSchemaMutations: readonly Mutation<SchemaSet>[] = [
    {
      change: "the message's maximum length",
      mutate: changed((s) => (schemaAt(s, ERROR, '/properties/message')['maxLength'] = 1024)),
      expected: [shapeId('ErrorMessage'), `${ERROR}#/properties/message/maxLength is 1024`],
    },
    {
      change: "the Message's minimum length removed",
      mutate: changed((s) => delete schemaAt(s, ERROR, '/properties/Message')['minLength']),
      expected: [shapeId('ErrorMessage'), `${ERROR}#/properties/Message`, 'minLength is missing'],
    },
  ];

  it.each(errorSchemaMutations)('reports $change in a copy of the error body schema', ({ mutate, expected }) => {
    expectDifferenceWith(compareErrorSchemaWithModel(model, mutate(structuredClone(schemas))), expected);
  });

  const constantMutations: readonly Mutation<ModelConstants>[] = [
    {
      change: 'IMPORT_ID.maxLength',
      mutate: (c) => ({ ...c, IMPORT_ID: { ...c.IMPORT_ID, maxLength: 37 } }),
      expected: ['IMPORT_ID.maxLength', shapeId('UUID'), '37'],
    },
    {
      change: 'EVENT_DATA_STORE_ARN.pattern',
      mutate: (c) => ({ ...c, EVENT_DATA_STORE_ARN: { ...c.EVENT_DATA_STORE_ARN, pattern: '^[a-zA-Z0-9._/-:]+$' } }),
      expected: ['EVENT_DATA_STORE_ARN.pattern', shapeId('EventDataStoreArn')],
    },
    {
      change: 'IMPORT_DESTINATIONS.maxItems',
      mutate: (c) => ({ ...c, IMPORT_DESTINATIONS: { minItems: 1, maxItems: 2 } }),
      expected: ['IMPORT_DESTINATIONS', shapeId('ImportDestinations')],
    },
    {
      change: 'IMPORT_STATUSES',
      mutate: (c) => ({ ...c, IMPORT_STATUSES: c.IMPORT_STATUSES.filter((s) => s !== 'STOPPED') }),
      expected: ["IMPORT_STATUSES (src/contract/model.ts) lacks 'STOPPED'", shapeId('ImportStatus')],
    },
    {
      change: 'START_IMPORT_REQUEST_MEMBERS',
      mutate: (c) => ({ ...c, START_IMPORT_REQUEST_MEMBERS: [...c.START_IMPORT_REQUEST_MEMBERS, 'Destination'] }),
      expected: ["START_IMPORT_REQUEST_MEMBERS (src/contract/model.ts) has 'Destination'", shapeId('StartImportRequest')],
    },
    {
      change: 'START_IMPORT_RESPONSE_MEMBERS',
      mutate: (c) => ({ ...c, START_IMPORT_RESPONSE_MEMBERS: c.START_IMPORT_RESPONSE_MEMBERS.filter((m) => m !== 'ImportStatus') }),
      expected: ["START_IMPORT_RESPONSE_MEMBERS (src/contract/model.ts) lacks 'ImportStatus'"],
    },
    {
      change: 'the order of S3_IMPORT_SOURCE_MEMBERS',
      mutate: (c) => ({ ...c, S3_IMPORT_SOURCE_MEMBERS: [...c.S3_IMPORT_SOURCE_MEMBERS].reverse() }),
      expected: ['S3_IMPORT_SOURCE_MEMBERS (src/contract/model.ts) is in the order', shapeId('S3ImportSource')],
    },
    {
      change: 'TIMESTAMP_MEMBERS',
      mutate: (c) => ({ ...c, TIMESTAMP_MEMBERS: ['StartEventTime', 'EndEventTime', 'CreatedTimestamp'] }),
      expected: ["TIMESTAMP_MEMBERS (src/contract/model.ts) lacks 'UpdatedTimestamp'"],
    },
    {
      change: "an error's HTTP status",
      mutate: (c) => ({ ...c, START_IMPORT_ERRORS: { ...c.START_IMPORT_ERRORS, ImportNotFoundException: 400 } }),
      expected: ['START_IMPORT_ERRORS.ImportNotFoundException', shapeId('ImportNotFoundException'), 'smithy.api#httpError is 404'],
    },
    {
      change: 'an error StartImport does not have',
      mutate: (c) => ({ ...c, START_IMPORT_ERRORS: { ...c.START_IMPORT_ERRORS, EventDataStoreHasOngoingImportException: 400 } }),
      expected: ["START_IMPORT_ERRORS (src/contract/model.ts) has 'EventDataStoreHasOngoingImportException'", `the errors of ${shapeId('StartImport')}`],
    },
    {
      change: 'a missing error',
      mutate: (c) => ({ ...c, START_IMPORT_ERRORS: Object.fromEntries(Object.entries(c.START_IMPORT_ERRORS).filter(([name]) => name !== 'InvalidImportSourceException')) }),
      expected: ["START_IMPORT_ERRORS (src/contract/model.ts) lacks 'InvalidImportSourceException'"],
    },
  ];

  it.each(constantMutations)('reports a changed $change in src/contract/model.ts', ({ mutate, expected }) => {
    expectDifferenceWith(compareConstantsWithModel(model, mutate(contract)), expected);
  });
});
