/**
 * Reading cell text (F1: trim ASCII white space; F6: lengths in code points) and showing offending
 * values in messages (F6: truncated to 40 code points; F11: identifiers masked).
 */
import { maskIdentifier, maskIdentityCodes } from "../hetu/personal-identity-code";
import { codePointLength } from "../model/code-points";

function isAsciiWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/**
 * Trims ASCII white space (tab, LF, FF, CR, space) from both ends (F1); other white space (such as
 * U+00A0) is kept. Returns the same string when there is nothing to trim (no allocation).
 *
 * @example
 * ```ts
 * trimAscii("  091\t"); // "091"
 * trimAscii("\u00a0x"); // "\u00a0x"
 * ```
 */
export function trimAscii(text: string): string {
  const length = text.length;
  if (length === 0 || (text.charCodeAt(0) > 32 && text.charCodeAt(length - 1) > 32)) return text;
  let start = 0;
  let end = length;
  while (start < end && isAsciiWhiteSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isAsciiWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === length ? text : text.slice(start, end);
}

/** The most code points of a value shown in a message (F6). */
export const SHOWN_VALUE_LENGTH = 40;

/**
 * The text of an offending value as a rejection shows it: trimmed (F1), identifiers masked (F11), at
 * most 40 code points (F6). An absent value shows as the empty string; a `Date` as its ISO instant.
 *
 * @example
 * ```ts
 * shownValue("131052-308T", true); // "13*********"
 * shownValue("x".repeat(50), false).length; // 40
 * shownValue(undefined, false); // ""
 * ```
 */
export function shownValue(value: unknown, isIdentifier: boolean): string {
  let text: string;
  if (value === undefined || value === null) text = "";
  else if (typeof value === "string") text = trimAscii(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  else if (typeof value === "object") {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      // Too deeply nested (or cyclic) to print: never String() it, which recurses as deep (issue 20).
      text = Array.isArray(value) ? "[a nested array]" : "[a nested object]";
    }
  } else text = String(value);
  if (isIdentifier) text = maskIdentifier(text);
  else text = maskIdentityCodes(text); // F36: an identity code in any other field is masked too
  if (text.length > SHOWN_VALUE_LENGTH && codePointLength(text) > SHOWN_VALUE_LENGTH) {
    text = Array.from(text).slice(0, SHOWN_VALUE_LENGTH).join("");
  }
  return text;
}
