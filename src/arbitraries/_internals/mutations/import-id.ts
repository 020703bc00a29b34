import fc from 'fast-check';
import { mutation, type Draft, type Mutation } from './mutation.js';

function importIdOf(request: Draft): string {
  const id = request['ImportId'];
  return typeof id === 'string' ? id : '';
}

/** `import-id-invalid`: an ImportId that is not 36 characters of a-f, 0-9 and `-` (and no documentation placeholder). */
export const importIdInvalid: readonly Mutation[] = [
  mutation({
    code: 'import-id-invalid',
    base: 'retry',
    what: 'the import id upper case, without dashes, in braces, or with a newline',
    params: fc.constantFrom('upper', 'no-dashes', 'braces', 'newline'),
    apply: (request, how) => {
      const id = importIdOf(request);
      const upper = id.toUpperCase();
      // An id of digits only (00000000-…, where shrinking goes) has no case: its first digit becomes a letter.
      const wrong = { upper: upper === id ? `A${upper.slice(1)}` : upper, 'no-dashes': id.replaceAll('-', ''), braces: `{${id}}`, newline: `${id}\n` }[how];
      return { ImportId: wrong };
    },
  }),
  mutation({
    code: 'import-id-invalid',
    base: 'retry',
    what: 'the import id one character short or long, or with a letter beyond f',
    params: fc.record({ how: fc.constantFrom('short', 'long', 'letter'), at: fc.integer({ min: 0, max: 35 }), letter: fc.constantFrom('g', 'o', 'x', 'z') }),
    apply: (request, { how, at, letter }) => {
      const id = importIdOf(request);
      const wrong = how === 'short' ? id.slice(0, -1) : how === 'long' ? `${id}0` : `${id.slice(0, at)}${letter}${id.slice(at + 1)}`;
      return { ImportId: wrong };
    },
  }),
];

/** `import-id-placeholder` (a warning): an import id from AWS's documentation, 36 characters with EXAMPLE in them. */
export const importIdPlaceholder: readonly Mutation[] = [
  mutation({
    code: 'import-id-placeholder',
    base: 'retry',
    // EXAMPLE overwrites letters and digits of the first or last group, as in the User Guide's EXAMPLEe-7be2-4658-9204-b38c3257fcd1.
    what: 'EXAMPLE written over the start of the first or the last group',
    params: fc.constantFrom(0, 1, 24, 29),
    apply: (request, at) => {
      const id = importIdOf(request);
      return { ImportId: `${id.slice(0, at)}EXAMPLE${id.slice(at + 7)}` };
    },
  }),
];
