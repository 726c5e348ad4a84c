/**
 * `scanDate` over UTF-8 bytes (issue 14: the CSV reader's worker reads day columns from the file's
 * bytes without making a string per cell). The same rule as `scanDate` (fine-print F4: a strict
 * `YYYY-MM-DD` of an existing day), through the same `dayOfDigits`.
 */
import { type DayNumber, dayOfDigits } from "./date";

/** Digit value of the byte at `index`, or −1 when it is not an ASCII digit. */
function digitAt(bytes: Uint8Array, index: number): number {
  const code = bytes[index]! - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The day number of the `YYYY-MM-DD` bytes at `offset`, or `NaN` when they are not a valid date; reads
 * exactly ten bytes (the caller makes sure they exist).
 *
 * @example
 * ```ts
 * scanDateBytes(new TextEncoder().encode("1,2024-03-05,x"), 2); // 19787
 * scanDateBytes(new TextEncoder().encode("2023-02-29"), 0); // NaN
 * ```
 */
export function scanDateBytes(bytes: Uint8Array, offset: number): DayNumber {
  const y0 = digitAt(bytes, offset),
    y1 = digitAt(bytes, offset + 1),
    y2 = digitAt(bytes, offset + 2);
  return dayOfDigits(
    y0 * 100 + y1 * 10 + y2,
    (y0 | y1 | y2) < 0,
    digitAt(bytes, offset + 3),
    digitAt(bytes, offset + 5),
    digitAt(bytes, offset + 6),
    digitAt(bytes, offset + 8),
    digitAt(bytes, offset + 9),
    bytes[offset + 4] === 45 && bytes[offset + 7] === 45,
  );
}
