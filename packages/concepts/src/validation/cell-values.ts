/**
 * Reading raw cells as integers, codes and padded digits (fine-print F1 trimming, F3 padding of
 * municipality codes, F5 integers): the shared helpers of the per-field checks (field-parsers.ts).
 */
import { trimAscii } from "./text";

/** Parses `-?digits` to a safe integer; NaN for another shape, ±Infinity when too large. */
export function integerOfText(text: string): number {
  const length = text.length;
  let index = text.charCodeAt(0) === 45 ? 1 : 0;
  if (index === length) return Number.NaN;
  let value = 0;
  for (; index < length; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  if (!Number.isSafeInteger(value)) value = Number.POSITIVE_INFINITY;
  return text.charCodeAt(0) === 45 ? -value : value;
}

/** A raw cell as integer: NaN for a wrong shape, ±Infinity when not a safe integer. */
export function integerOfValue(value: unknown): number {
  if (typeof value === "string") return integerOfText(trimAscii(value));
  if (typeof value === "number")
    return Number.isInteger(value)
      ? Number.isSafeInteger(value)
        ? value
        : value > 0
          ? Infinity
          : -Infinity
      : Number.NaN;
  if (typeof value === "bigint") {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : number > 0 ? Infinity : -Infinity;
  }
  return Number.NaN;
}

/** The text of a cell that should be a code or word: strings trimmed, integers and bigints as digits. */
export function codeText(value: unknown): string | null {
  if (typeof value === "string") return trimAscii(value);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : null;
  if (typeof value === "bigint") return String(value);
  return null;
}

/** Pads 1–3 digits to 3 (F3); null for another shape. */
export function paddedDigits(text: string, width: number): string | null {
  const length = text.length;
  if (length === 0 || length > width) return null;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return null;
  }
  return length === width ? text : "0".repeat(width - length) + text;
}
