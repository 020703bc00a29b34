import type { RequestKind, Rule } from './context.js';
import { violation } from './violation.js';

/** The members only a new import sends. */
export const NEW_IMPORT_MEMBERS = ['Destinations', 'ImportSource', 'StartEventTime', 'EndEventTime'] as const;

/** What a request asks for, from the members it has (`present`: own keys whose value is not undefined). */
export function requestKindOf(present: ReadonlySet<string>): RequestKind {
  const retry = present.has('ImportId');
  const fresh = NEW_IMPORT_MEMBERS.some((name) => present.has(name));
  if (retry) return fresh ? 'ambiguous' : 'retry';
  return fresh ? 'new' : 'empty';
}

/**
 * A new import names its Destinations and ImportSource; a retry sends ImportId alone
 * ("start-import with only the import id", StartImport API reference).
 */
export const requestKindRule: Rule = {
  name: 'request-kind',
  subjects: ['request'],
  check(_value, { present }) {
    const kind = requestKindOf(present);
    if (kind === 'empty') {
      return [violation('request-empty', '', 'must start a new import (Destinations and ImportSource) or retry one (ImportId alone)')];
    }
    if (kind === 'ambiguous') {
      return NEW_IMPORT_MEMBERS.filter((name) => present.has(name)).map((name) =>
        violation('retry-with-new-import-params', `/${name}`, `must not be sent with ImportId: a retry sends ImportId alone`),
      );
    }
    if (kind === 'retry') return [];
    const out = [];
    if (!present.has('Destinations')) {
      out.push(violation('new-import-missing-destinations', '/Destinations', 'must be given for a new import (no ImportId): the event data store to import into'));
    }
    if (!present.has('ImportSource')) {
      out.push(violation('new-import-missing-import-source', '/ImportSource', 'must be given for a new import (no ImportId): the S3 location to import from'));
    }
    return out;
  },
};
