import type { DestinationFacts } from '../contract/event-data-store.js';
import { clip } from '../contract/timestamps.js';
import type { ValueView } from './context.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry, Violation } from './types.js';
import { DESCRIBED_IMPORTS } from './operation-subjects.js';

const REQ_RES = ['request', 'response'] as const;

/** The text of the destination at `index`, a string (its reading says so). */
function textAt(view: ValueView, index: number): string {
  return (view.destinations as readonly string[])[index] as string;
}

function pathAt(index: number): string {
  return index === 0 ? '/Destinations/0' : `/Destinations/${String(index)}`;
}

const notEventDataStoreRow: CatalogueEntry = {
  code: 'destination-not-event-data-store',
  severity: 'error',
  basis: 'documented',
  exception: 'EventDataStoreARNInvalidException',
  subjects: REQ_RES,
  operations: DESCRIBED_IMPORTS,
  description: 'a destination must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or a bare event data store ID',
};

/** destination-not-event-data-store: a destination that is neither an event data store ARN nor an ID. */
export const destinationNotEventDataStoreCheck: StartImportCheck = {
  row: notEventDataStoreRow,
  operations: START_IMPORT,
  reads: ['/Destinations/*'],
  lintRule: 'valid-destination',
  run(view, _context, out) {
    for (let index = 0; index < view.checkedDestinations; index += 1) {
      if (view.isCommonDestination(index)) continue;
      const found = notEventDataStore(view.destinationAt(index), textAt(view, index), pathAt(index));
      if (found !== undefined) out.push(found);
    }
  },
};

const regionInvalidRow: CatalogueEntry = {
  code: 'destination-region-invalid',
  severity: 'error',
  basis: 'inferred',
  exception: 'EventDataStoreARNInvalidException',
  subjects: REQ_RES,
  operations: DESCRIBED_IMPORTS,
  description: "an event data store ARN's Region must be a Region of the ARN's partition (assumed)",
};

/** destination-region-invalid: an event data store ARN whose partition is unknown or whose Region is not of it. */
export const destinationRegionInvalidCheck: StartImportCheck = {
  row: regionInvalidRow,
  operations: START_IMPORT,
  reads: ['/Destinations/*'],
  lintRule: 'valid-destination',
  run(view, _context, out) {
    for (let index = 0; index < view.checkedDestinations; index += 1) {
      if (view.isCommonDestination(index)) continue;
      const found = regionInvalid(view.destinationAt(index), pathAt(index));
      if (found !== undefined) out.push(found);
    }
  },
};

const idNotUuidRow: CatalogueEntry = {
  code: 'destination-id-not-uuid',
  severity: 'warning',
  basis: 'inferred',
  subjects: REQ_RES,
  description: 'an event data store ID should be a lowercase UUID, as every real one is (placeholders land here)',
};

/** destination-id-not-uuid: an event data store (by ARN or ID) whose ID is not a lowercase UUID. */
export const destinationIdNotUuidCheck: StartImportCheck = {
  row: idNotUuidRow,
  operations: START_IMPORT,
  reads: ['/Destinations/*'],
  lintRule: 'valid-destination-warnings',
  run(view, _context, out) {
    for (let index = 0; index < view.checkedDestinations; index += 1) {
      if (view.isCommonDestination(index)) continue;
      const found = idNotUuid(view.destinationAt(index), pathAt(index));
      if (found !== undefined) out.push(found);
    }
  },
};

/** destination-not-event-data-store of one destination string, read as `facts` (undefined: not a string). */
function notEventDataStore(facts: DestinationFacts | undefined, text: string, path: string): Violation | undefined {
  if (facts === undefined || facts.ref !== undefined) return undefined;
  return violationOf(notEventDataStoreRow, path, `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(text)}')`);
}

function regionInvalid(facts: DestinationFacts | undefined, path: string): Violation | undefined {
  return facts?.ref !== undefined && facts.regionProblem !== undefined ? violationOf(regionInvalidRow, path, clip(facts.regionProblem, 100)) : undefined;
}

function idNotUuid(facts: DestinationFacts | undefined, path: string): Violation | undefined {
  if (facts?.ref === undefined || facts.uuid) return undefined;
  return violationOf(idNotUuidRow, path, `should have a lowercase UUID as its event data store ID (got '${clip(facts.ref.id, 40)}')`);
}

/**
 * The one test of each destination code, for a destination of any operation (ListImports'
 * `Destination`, a described import's `Destinations`): the violation `facts` earn at `path`.
 */
export const DESTINATION_TESTS = {
  'destination-not-event-data-store': notEventDataStore,
  'destination-region-invalid': (facts: DestinationFacts | undefined, _text: string, path: string): Violation | undefined => regionInvalid(facts, path),
  'destination-id-not-uuid': (facts: DestinationFacts | undefined, _text: string, path: string): Violation | undefined => idNotUuid(facts, path),
} as const;
