import { clip } from '../contract/timestamps.js';
import type { ValueView } from './context.js';
import { START_IMPORT, violationOf, type StartImportCheck } from './report.js';
import type { CatalogueEntry } from './types.js';

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
      const facts = view.destinationAt(index);
      if (facts === undefined || facts.ref !== undefined) continue;
      const message = `must be an event data store ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:eventdatastore/ID) or ID (got '${clip(textAt(view, index))}')`;
      out.push(violationOf(notEventDataStoreRow, pathAt(index), message));
    }
  },
};

const regionInvalidRow: CatalogueEntry = {
  code: 'destination-region-invalid',
  severity: 'error',
  basis: 'inferred',
  exception: 'EventDataStoreARNInvalidException',
  subjects: REQ_RES,
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
      const facts = view.destinationAt(index);
      if (facts?.ref !== undefined && facts.regionProblem !== undefined) out.push(violationOf(regionInvalidRow, pathAt(index), clip(facts.regionProblem, 100)));
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
      const facts = view.destinationAt(index);
      if (facts?.ref !== undefined && !facts.uuid) {
        out.push(violationOf(idNotUuidRow, pathAt(index), `should have a lowercase UUID as its event data store ID (got '${clip(facts.ref.id, 40)}')`));
      }
    }
  },
};
