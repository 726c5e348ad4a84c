/**
 * `ByteRecordScanner.scan`'s record limit (issue 14): the worker's first batch is small, so that the
 * main thread starts on it while the scanner is still unoptimised; the records after it are the next
 * batch's, unchanged.
 */
import { describe, expect, it } from "vitest";
import { ByteRecordScanner, SLACK_BYTES } from "./byte-scanner";

/** The bytes of `text` with room for the scanner's sentinel, and their length. */
function bytesOf(text: string): { bytes: Uint8Array; end: number } {
  const encoded = new TextEncoder().encode(text);
  const bytes = new Uint8Array(encoded.length + SLACK_BYTES);
  bytes.set(encoded);
  return { bytes, end: encoded.length };
}

describe("ByteRecordScanner.scan with a record limit (issue 14)", () => {
  it("takes at most `limit` records, and the next scan goes on from there", () => {
    const scanner = new ByteRecordScanner(3, [false, false, true], ",", 8);
    const { bytes, end } = bytesOf("v1,a,2024-01-05\nv2,b,2024-01-06\n\nv3,a,\nv4,c,2024-01-07\n");
    const first = scanner.scan(bytes, 0, end, true, 2);
    expect(first.rows).toBe(2);
    expect(first.lines).toBe(2);
    expect(first.stop).toBeNull();
    expect(first.columns[1]).toMatchObject({ kind: "code", fresh: ["a", "b"] });
    expect([...(first.columns[2] as { days: Int32Array }).days.subarray(0, 2)]).toEqual([19_727, 19_728]);
    const rest = scanner.scan(bytes, first.next, end, true);
    expect(rest.rows).toBe(2); // the empty line is no record (F29)
    expect(rest.lines).toBe(3);
    expect([...(rest.columns[1] as { codes: Int32Array }).codes.subarray(0, 2)]).toEqual([0, 2]);
    expect(rest.columns[1]).toMatchObject({ fresh: ["c"] });
    // v3's empty date: row 0, its range relative to where this scan started (6 bytes on, after "\nv3,a,").
    expect((rest.columns[2] as { odd: Int32Array }).odd).toEqual(Int32Array.of(0, 6, 6));
    expect(rest.next).toBe(end);
  });

  it("never takes more than its batch size, whatever the limit", () => {
    const scanner = new ByteRecordScanner(1, [false], ",", 2);
    const { bytes, end } = bytesOf("a\nb\nc\n");
    expect(scanner.scan(bytes, 0, end, true, 100).rows).toBe(2);
  });
});
