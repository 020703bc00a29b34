/**
 * Compares the model facts the toolkit states outside the request and response schemas — the
 * constants of `src/contract/model.ts` and the error body schema's message length — with the
 * Smithy model. Each difference is one readable line naming the constant and the model shape.
 */
import { locationOf, refChain, schemaAt, type SchemaSet } from './json-schemas.js';
import { compareExact, keywordValues } from './model-conformance.js';
import { enumValues, isRequired, lengthTrait, localName, patternTrait, shapeId, shapeOf, type SmithyModel } from './smithy-model.js';

/** The shape of `src/contract/model.ts`'s constants, loose enough to pass a changed copy. */
export interface ModelConstants {
  readonly EVENT_DATA_STORE_ARN: { readonly minLength: number; readonly maxLength: number; readonly pattern: string };
  readonly IMPORT_DESTINATIONS: { readonly minItems: number; readonly maxItems: number };
  readonly IMPORT_ID: { readonly minLength: number; readonly maxLength: number; readonly pattern: string };
  readonly IMPORT_STATUSES: readonly string[];
  readonly START_IMPORT_REQUEST_MEMBERS: readonly string[];
  readonly START_IMPORT_RESPONSE_MEMBERS: readonly string[];
  readonly S3_IMPORT_SOURCE_MEMBERS: readonly string[];
  readonly TIMESTAMP_MEMBERS: readonly string[];
  readonly START_IMPORT_ERRORS: Readonly<Record<string, number>>;
}

/** The error body schema and the message properties in it that carry `com.amazonaws.cloudtrail#ErrorMessage`. */
export const ERROR_SCHEMA = 'start-import-error.schema.json';
export const ERROR_MESSAGE_PROPERTIES = ['message', 'Message'] as const;

type Report = (problem: string) => void;

/** Two lists must hold the same names in the same order. */
function compareList(actual: readonly string[], expected: readonly string[], what: string, modelWhat: string, report: Report): void {
  for (const name of expected) if (!actual.includes(name)) report(`${what} lacks '${name}', which ${modelWhat} has`);
  for (const name of actual) if (!expected.includes(name)) report(`${what} has '${name}', which ${modelWhat} does not have`);
  const sameSet = actual.length === expected.length && expected.every((name) => actual.includes(name));
  if (sameSet && actual.some((name, i) => name !== expected[i])) report(`${what} is in the order ${actual.join(', ')}; ${modelWhat} has ${expected.join(', ')}`);
}

function compareStringFacts(
  model: SmithyModel,
  name: string,
  facts: { readonly minLength: number; readonly maxLength: number; readonly pattern: string },
  constant: string,
  report: Report,
): void {
  const id = shapeId(name);
  const { traits } = shapeOf(model, id);
  const length = lengthTrait(traits);
  const at = (key: string): string => `${constant}.${key} (src/contract/model.ts) ↔ ${id}`;
  if (facts.minLength !== length?.min) report(`${at('minLength')}: ${facts.minLength} but smithy.api#length min is ${String(length?.min)}`);
  if (facts.maxLength !== length?.max) report(`${at('maxLength')}: ${facts.maxLength} but smithy.api#length max is ${String(length?.max)}`);
  const pattern = patternTrait(traits);
  if (facts.pattern !== pattern) report(`${at('pattern')}: ${JSON.stringify(facts.pattern)} but smithy.api#pattern is ${JSON.stringify(pattern)}`);
}

function membersOf(model: SmithyModel, name: string): string[] {
  return Object.keys(shapeOf(model, shapeId(name)).members ?? {});
}

/** Compares every constant of `src/contract/model.ts` with the model. */
export function compareConstantsWithModel(model: SmithyModel, constants: ModelConstants): string[] {
  const differences: string[] = [];
  const report: Report = (problem) => {
    differences.push(problem);
  };
  compareStringFacts(model, 'EventDataStoreArn', constants.EVENT_DATA_STORE_ARN, 'EVENT_DATA_STORE_ARN', report);
  compareStringFacts(model, 'UUID', constants.IMPORT_ID, 'IMPORT_ID', report);

  const destinations = lengthTrait(shapeOf(model, shapeId('ImportDestinations')).traits);
  const { minItems, maxItems } = constants.IMPORT_DESTINATIONS;
  if (minItems !== destinations?.min || maxItems !== destinations.max) {
    report(`IMPORT_DESTINATIONS (src/contract/model.ts) ↔ ${shapeId('ImportDestinations')}: ${minItems}–${maxItems} items but smithy.api#length is ${String(destinations?.min)}–${String(destinations?.max)}`);
  }

  const on = (constant: string): string => `${constant} (src/contract/model.ts)`;
  compareList(constants.IMPORT_STATUSES, enumValues(shapeOf(model, shapeId('ImportStatus'))), on('IMPORT_STATUSES'), `the enum ${shapeId('ImportStatus')}`, report);
  for (const [constant, shape] of [
    ['START_IMPORT_REQUEST_MEMBERS', 'StartImportRequest'],
    ['START_IMPORT_RESPONSE_MEMBERS', 'StartImportResponse'],
    ['S3_IMPORT_SOURCE_MEMBERS', 'S3ImportSource'],
  ] as const) {
    compareList(constants[constant], membersOf(model, shape), on(constant), `the structure ${shapeId(shape)}`, report);
  }
  const s3 = shapeOf(model, shapeId('S3ImportSource')).members ?? {};
  for (const name of constants.S3_IMPORT_SOURCE_MEMBERS) {
    const member = s3[name];
    if (member !== undefined && !isRequired(member)) report(`S3_IMPORT_SOURCE_MEMBERS (src/contract/model.ts) says every member is required, but ${shapeId('S3ImportSource')}$${name} is not smithy.api#required`);
  }

  const timestamps = new Set<string>();
  for (const structure of ['StartImportRequest', 'StartImportResponse']) {
    for (const [name, member] of Object.entries(shapeOf(model, shapeId(structure)).members ?? {})) {
      if (shapeOf(model, member.target).type === 'timestamp') timestamps.add(name);
    }
  }
  for (const name of timestamps) if (!constants.TIMESTAMP_MEMBERS.includes(name)) report(`TIMESTAMP_MEMBERS (src/contract/model.ts) lacks '${name}', a timestamp member of StartImportRequest or StartImportResponse`);
  for (const name of constants.TIMESTAMP_MEMBERS) if (!timestamps.has(name)) report(`TIMESTAMP_MEMBERS (src/contract/model.ts) has '${name}', which is no timestamp member of StartImportRequest or StartImportResponse`);

  compareErrors(model, constants.START_IMPORT_ERRORS, report);
  return differences;
}

/** START_IMPORT_ERRORS must list StartImport's `errors` in the model's order, each with its `smithy.api#httpError`. */
function compareErrors(model: SmithyModel, errors: Readonly<Record<string, number>>, report: Report): void {
  const operation = shapeOf(model, shapeId('StartImport'));
  const modelled = (operation.errors ?? []).map(({ target }) => target);
  compareList(Object.keys(errors), modelled.map(localName), 'START_IMPORT_ERRORS (src/contract/model.ts)', `the errors of ${shapeId('StartImport')}`, report);
  for (const id of modelled) {
    const status = errors[localName(id)];
    const httpError = shapeOf(model, id).traits?.['smithy.api#httpError'];
    if (status !== undefined && status !== httpError) {
      report(`START_IMPORT_ERRORS.${localName(id)} (src/contract/model.ts) ↔ ${id}: ${status} but smithy.api#httpError is ${String(httpError)}`);
    }
  }
}

/** The error body schema's message properties must have the length of `com.amazonaws.cloudtrail#ErrorMessage`. */
export function compareErrorSchemaWithModel(model: SmithyModel, schemas: SchemaSet): string[] {
  const differences: string[] = [];
  const id = shapeId('ErrorMessage');
  const length = lengthTrait(shapeOf(model, id).traits);
  for (const property of ERROR_MESSAGE_PROPERTIES) {
    const pointer = `/properties/${property}`;
    const chain = refChain(schemas, { file: ERROR_SCHEMA, pointer, node: schemaAt(schemas, ERROR_SCHEMA, pointer) });
    if ('problem' in chain) {
      differences.push(`${id} ↔ ${ERROR_SCHEMA}#${pointer}: ${chain.problem}`);
      continue;
    }
    const report: Report = (problem) => {
      differences.push(`${id} ↔ ${chain.map(locationOf).join(' → ')}: ${problem}`);
    };
    compareExact(keywordValues(chain, 'type'), 'string', 'type', 'JSON type for a string shape', report);
    compareExact(keywordValues(chain, 'minLength'), length?.min, 'minLength', 'smithy.api#length min', report);
    compareExact(keywordValues(chain, 'maxLength'), length?.max, 'maxLength', 'smithy.api#length max', report);
  }
  return differences;
}
