import { NO_VIOLATIONS, type Presence, type RequestKind, type Rule } from './context.js';
import type { Violation } from './types.js';
import { shared, violation } from './violation.js';

/** The members only a new import sends. */
export const NEW_IMPORT_MEMBERS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime'] as const;

const HAS = {
  Destinations: 'hasDestinations',
  ImportSource: 'hasImportSource',
  StartEventTime: 'hasStartEventTime',
  EndEventTime: 'hasEndEventTime',
} as const satisfies Record<(typeof NEW_IMPORT_MEMBERS)[number], keyof Presence>;

/** What a request asks for, from the members it has. */
export function requestKindOf(presence: Readonly<Presence>): RequestKind {
  const fresh = presence.hasDestinations || presence.hasImportSource || presence.hasStartEventTime || presence.hasEndEventTime;
  if (presence.hasImportId) return fresh ? 'ambiguous' : 'retry';
  return fresh ? 'new' : 'empty';
}

// Each finding of this rule reads the same every time: built once, shared (frozen) by every result.
const EMPTY = shared([violation('request-empty', '', 'must start a new import (Destinations and ImportSource) or retry one (ImportId alone)')]);
const WITH_IMPORT_ID = Object.fromEntries(
  NEW_IMPORT_MEMBERS.map((name) => [name, shared([violation('retry-with-new-import-params', `/${name}`, `must not be sent with ImportId: a retry sends ImportId alone`)])[0]]),
) as Readonly<Record<(typeof NEW_IMPORT_MEMBERS)[number], Violation>>;
const MISSING_DESTINATIONS = shared([violation('new-import-missing-destinations', '/Destinations', 'must be given for a new import (no ImportId): the event data store to import into')]);
const MISSING_IMPORT_SOURCE = shared([violation('new-import-missing-import-source', '/ImportSource', 'must be given for a new import (no ImportId): the S3 location to import from')]);
const MISSING_BOTH = shared([...MISSING_DESTINATIONS, ...MISSING_IMPORT_SOURCE]);

/**
 * A new import names its Destinations and ImportSource; a retry sends ImportId alone
 * ("start-import with only the import id", StartImport API reference).
 */
export const requestKindRule: Rule = {
  name: 'request-kind',
  subjects: ['request'],
  check(value) {
    const kind = requestKindOf(value);
    if (kind === 'retry') return NO_VIOLATIONS;
    if (kind === 'empty') return EMPTY;
    if (kind === 'ambiguous') return NEW_IMPORT_MEMBERS.filter((name) => value[HAS[name]]).map((name) => WITH_IMPORT_ID[name]);
    if (value.hasDestinations) return value.hasImportSource ? NO_VIOLATIONS : MISSING_IMPORT_SOURCE;
    return value.hasImportSource ? MISSING_DESTINATIONS : MISSING_BOTH;
  },
};
