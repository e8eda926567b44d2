/**
 * The least string after every string that begins with `prefix`, in byte (code point) order: the
 * prefix with its last character raised by one. Null when there is none (the last character is
 * the highest code point), and then the range is open above.
 */
export function prefixUpperBound(prefix: string): string | null {
  const chars = [...prefix];
  const last = chars.pop();
  if (last === undefined) return null;
  let next = (last.codePointAt(0) as number) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000; // surrogates are not characters
  if (next > 0x10ffff) return null;
  return chars.join('') + String.fromCodePoint(next);
}
