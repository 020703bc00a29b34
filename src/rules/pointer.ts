/** The keys of a JSON Pointer (RFC 6901), unescaped: the inverse of `pointer`. */
export function pointerKeys(path: string): string[] {
  if (path === '') return [];
  const keys = path.slice(1).split('/');
  return path.includes('~') ? keys.map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~')) : keys;
}

/** A JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    const text = String(segment);
    // Most keys need no escape: skip the two replacements for them.
    out += text.includes('~') || text.includes('/') ? `/${text.replace(/~/g, '~0').replace(/\//g, '~1')}` : `/${text}`;
  }
  return out;
}
