import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isAccountId,
  isAlnumOrHyphen,
  isAlnumThenAlnumOrHyphen,
  isEventDataStoreArnText,
  isLowerAlnumOrHyphen,
  isLowercaseUuidForm,
  isLowerHexOrHyphen,
  isPartitionForm,
} from '../../src/contract/characters.js';
import { EVENT_DATA_STORE_ARN, IMPORT_ID } from '../../src/contract/model.js';

const SCANS: readonly (readonly [string, (text: string) => boolean, RegExp])[] = [
  ['isAccountId', isAccountId, /^\d{12}$/],
  ['isLowerAlnumOrHyphen', isLowerAlnumOrHyphen, /^[a-z0-9-]+$/],
  ['isAlnumOrHyphen', isAlnumOrHyphen, /^[A-Za-z0-9-]+$/],
  ['isAlnumThenAlnumOrHyphen', isAlnumThenAlnumOrHyphen, /^[A-Za-z0-9][A-Za-z0-9-]*$/],
  ['isPartitionForm', isPartitionForm, /^aws(?:-[a-z0-9]+)*$/],
  ['isLowercaseUuidForm', isLowercaseUuidForm, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
  ['isLowerHexOrHyphen', isLowerHexOrHyphen, new RegExp(IMPORT_ID.pattern, 'u')],
  ['isEventDataStoreArnText', isEventDataStoreArnText, new RegExp(EVENT_DATA_STORE_ARN.pattern, 'u')],
];

/** Strings near the edges of the classes: their characters and their neighbours, lone surrogates, astral ones. */
const nearTheClasses = fc.oneof(
  fc.array(fc.constantFrom(...'aws-0123456789abcdefgzAFGZ._/:@`[{\n é'.split(''), '😀', '\uD800', 'aws', 'aws-', '--'), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.uuid().map((uuid) => uuid.toLowerCase()),
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^\d{10,13}$/),
  fc.stringMatching(/^aws(-[a-z0-9-]{0,4}){0,3}$/),
);

describe('the character scans', () => {
  for (const [name, scan, regex] of SCANS) {
    it(`${name} accepts exactly what ${String(regex)} accepts`, () => {
      fc.assert(
        fc.property(nearTheClasses, (text) => {
          expect(scan(text)).toBe(regex.test(text));
        }),
        { numRuns: 5000 },
      );
    });
  }
});
