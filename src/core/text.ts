const SURROGATE = /[\uD800-\uDFFF]/;

/** How Smithy counts a string's `length`: in Unicode code points (a surrogate pair is one). */
export function codePoints(text: string): number {
  // Most text holds no surrogate: one scan by the regular expression engine, no loop in JS.
  if (!SURROGATE.test(text)) return text.length;
  let length = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length -= 1;
        i += 1;
      }
    }
  }
  return length;
}
