/**
 * Memoises a pure function of one string. Validators see the same destinations, roles, buckets
 * and Regions again and again (one request's rules share them, and a test suite repeats them),
 * so each is parsed once. The cache is bounded: when full it starts afresh, so memory stays
 * small whatever the input. Results must be treated as immutable.
 */
export function memoize<T>(parse: (text: string) => T, capacity = 1024): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = parse(text);
    // Very long strings are not worth keeping.
    if (text.length <= 2048) {
      if (cache.size >= capacity) cache = new Map();
      cache.set(text, value);
    }
    return value;
  };
}
