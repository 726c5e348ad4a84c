import { describe, expect, it } from "vitest";
import { firstInvalidUtf8, incompleteTail } from "./utf8-text";

describe("UTF-8 chunk helpers", () => {
  it("finds the bytes of a character cut off at the end of a chunk", () => {
    const euro = [0xe2, 0x82, 0xac]; // "€"
    expect(incompleteTail(Uint8Array.of(0x61, euro[0]!))).toBe(1);
    expect(incompleteTail(Uint8Array.of(0x61, euro[0]!, euro[1]!))).toBe(2);
    expect(incompleteTail(Uint8Array.of(0x61, ...euro))).toBe(0);
    expect(incompleteTail(Uint8Array.of(0xf0, 0x9f, 0x98))).toBe(3); // 3 of the 4 bytes of "😀"
    expect(incompleteTail(Uint8Array.of())).toBe(0);
  });

  it("finds the first invalid byte: Latin-1, overlong forms, surrogates, truncation", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("aä€😀"))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0x62, 0xe4, 0x0a))).toBe(2); // Latin-1 "ä"
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xed, 0xa0, 0x80))).toBe(1); // surrogate U+D800
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe2, 0x82))).toBe(1); // truncated "€"
  });
});
