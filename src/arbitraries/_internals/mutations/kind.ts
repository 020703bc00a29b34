import fc from 'fast-check';
import { NEW_IMPORT_MEMBERS } from '../../../rules/request-kind.js';
import { importId } from '../../import-id.js';
import { mutation, without, type Mutation } from './mutation.js';

/** `new-import-missing-*`: a new import (no ImportId) without one of its two required members. */
export const newImportMissing: readonly Mutation[] = [
  mutation({
    code: 'new-import-missing-destinations',
    base: 'new',
    what: 'a new import without Destinations (absent or undefined)',
    params: fc.boolean(),
    apply: (request, undefinedValue) => (undefinedValue ? { ...request, Destinations: undefined } : without(request, 'Destinations')),
  }),
  mutation({
    code: 'new-import-missing-import-source',
    base: 'new',
    what: 'a new import without ImportSource (absent or undefined)',
    params: fc.boolean(),
    apply: (request, undefinedValue) => (undefinedValue ? { ...request, ImportSource: undefined } : without(request, 'ImportSource')),
  }),
];

/** `retry-with-new-import-params`: an ImportId sent with members of a new import. */
export const retryWithNewImportParams: readonly Mutation[] = [
  mutation({
    code: 'retry-with-new-import-params',
    base: 'new',
    what: 'an ImportId added to a whole new import',
    params: importId(),
    apply: (request, id) => ({ ...request, ImportId: id }),
  }),
  mutation({
    code: 'retry-with-new-import-params',
    base: 'new',
    what: 'a retry that repeats some members of the import it retries',
    params: fc.record({ id: importId(), kept: fc.subarray([...NEW_IMPORT_MEMBERS], { minLength: 1 }) }),
    apply: (request, { id, kept }) => {
      // A base without a time range has none to repeat: then its Destinations are repeated.
      const present = kept.filter((name) => request[name] !== undefined);
      const names = present.length > 0 ? present : ['Destinations'];
      return { ImportId: id, ...Object.fromEntries(names.map((name) => [name, request[name]])) };
    },
  }),
];
