/**
 * Memoises a pure function of one string. Validators see the same destinations, roles, buckets
 * and Regions again and again (one request's rules share them, a test suite repeats them, and
 * fast-check revisits values while shrinking), so each is parsed once. Results must be treated
 * as immutable.
 */
export function memoize<T>(parse: (text: string) => T, capacity = 1024): (text: string) => T {
  // Bounded: when full, the cache starts afresh, so memory stays small whatever the input.
  let entries = new Map<string, T>();
  return (text: string): T => {
    const hit = entries.get(text);
    if (hit !== undefined || entries.has(text)) return hit as T;
    const value = parse(text);
    // Very long strings are not worth keeping; the bound also caps the memory a cache holds.
    if (text.length <= 2048) {
      if (entries.size >= capacity) entries = new Map();
      entries.set(text, value);
    }
    return value;
  };
}
