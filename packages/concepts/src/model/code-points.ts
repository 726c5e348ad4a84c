/** Counting characters as the spec does (F6): Unicode code points, not UTF-16 code units. */

/**
 * Number of Unicode code points (F6).
 *
 * @example
 * ```ts
 * codePointLength("Åbo"); // 3
 * codePointLength("😀"); // 1
 * ```
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}
