import { fc } from '@fast-check/vitest';
import type { ListedObject } from '../../src/plan/index.js';

/** The items JSON.parse reads from a listing: Key, and Size and StorageClass when they are not null. */
function parsedPage(text: string): ListedObject[] {
  const value = JSON.parse(text) as { Contents?: Record<string, unknown>[] } | { Contents?: Record<string, unknown>[] }[];
  return (Array.isArray(value) ? value : [value]).flatMap((page) =>
    (page.Contents ?? []).map((item) => ({
      Key: item['Key'] as string,
      ...(item['Size'] === undefined || item['Size'] === null ? {} : { Size: item['Size'] as number }),
      ...(item['StorageClass'] === undefined || item['StorageClass'] === null ? {} : { StorageClass: item['StorageClass'] as string }),
    })),
  );
}

/** The items JSON.parse reads from the pages of `listingText` (pages written one after another start a line with `{`). */
export function parsedItems(text: string): ListedObject[] {
  return text.startsWith('[') ? parsedPage(text) : text.split(/\n(?=\{)/).flatMap(parsedPage);
}

/** A Key: any text, with characters JSON escapes and ones beyond the Basic Multilingual Plane likelier than by chance. */
const keyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('a"b', 'c\\d', 'e\nf', '😀/é', 'AWSLogs/111122223333/CloudTrail/x'));
const listedObject = fc.record(
  { Key: keyText, Size: fc.oneof(fc.nat(), fc.constant(null)), StorageClass: fc.oneof(fc.constantFrom('STANDARD', 'GLACIER', 'DEEP_ARCHIVE', 'é'), fc.constant(null)), ETag: fc.string(), Owner: fc.object({ maxDepth: 2 }) },
  { requiredKeys: ['Key'] },
);
/** The text of a listing: pages of random objects, one after another or in an array, indented or not. */
export const listingText: fc.Arbitrary<string> = fc.record({ pages: fc.array(fc.array(listedObject, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), indent: fc.constantFrom(0, 1, 4), asArray: fc.boolean() }).map(({ pages, indent, asArray }) => {
  const values = pages.map((Contents) => ({ Contents, KeyCount: Contents.length }));
  return asArray ? JSON.stringify(values, null, indent) : values.map((page) => JSON.stringify(page, null, indent)).join('\n');
});

