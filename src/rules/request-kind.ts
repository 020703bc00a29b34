import { NO_VIOLATIONS, type Presence, type RequestKind, type Rule } from './context.js';
import { violation } from './violation.js';

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
    if (kind === 'empty') {
      return [violation('request-empty', '', 'must start a new import (Destinations and ImportSource) or retry one (ImportId alone)')];
    }
    if (kind === 'ambiguous') {
      return NEW_IMPORT_MEMBERS.filter((name) => value[HAS[name]]).map((name) =>
        violation('retry-with-new-import-params', `/${name}`, `must not be sent with ImportId: a retry sends ImportId alone`),
      );
    }
    if (value.hasDestinations && value.hasImportSource) return NO_VIOLATIONS;
    const out = [];
    if (!value.hasDestinations) {
      out.push(violation('new-import-missing-destinations', '/Destinations', 'must be given for a new import (no ImportId): the event data store to import into'));
    }
    if (!value.hasImportSource) {
      out.push(violation('new-import-missing-import-source', '/ImportSource', 'must be given for a new import (no ImportId): the S3 location to import from'));
    }
    return out;
  },
};
