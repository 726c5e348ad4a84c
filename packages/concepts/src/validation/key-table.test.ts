import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyTable } from "./key-table";

/** The answers of `firstRowsOrAdd` over `keys` cut into batches of `size`, rows 1, 2, … */
function batched(table: KeyTable, keys: readonly string[], size: number, firstRow = 1): number[] {
  const answers: number[] = [];
  for (let start = 0; start < keys.length; start += size) {
    const part = keys.slice(start, start + size);
    const firsts = new Float64Array(part.length);
    const rows = part.map((_, index) => firstRow + start + index);
    table.firstRowsOrAdd(part, rows, part.length, firsts);
    answers.push(...firsts);
  }
  return answers;
}

describe("KeyTable: the first row of each key (F9)", () => {
  it("returns −1 for a new key and the first row for a repeated one, never the later rows", () => {
    const table = new KeyTable();
    expect(table.firstRowOrAdd("v1", 1)).toBe(-1);
    expect(table.firstRowOrAdd("v2", 2)).toBe(-1);
    expect(table.firstRowOrAdd("v1", 3)).toBe(1);
    expect(table.firstRowOrAdd("v1", 7)).toBe(1);
    expect(table.firstRowOrAdd("v2", 9)).toBe(2);
    expect(table.size).toBe(2);
  });

  it("tells apart keys that are prefixes of each other, the empty key, and keys differing only in case", () => {
    const table = new KeyTable();
    const keys = ["", "a", "ab", "abc", "A", "aB", "a\u001fb"];
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, index + 1)).toBe(-1));
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, 100)).toBe(index + 1));
  });

  it("is exact on strings UTF-8 cannot write: a lone surrogate is neither U+FFFD nor the other half of a pair", () => {
    const table = new KeyTable();
    const keys = [
      "\ud800",
      "\udc00",
      "\ufffd",
      "\ud800\udc00",
      "\udc00\ud800",
      "\ud800x",
      "\u{10000}x",
      "é",
      "e\u0301",
    ];
    expect("\ud800\udc00").toBe("\u{10000}"); // one string, two spellings
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, index + 1), JSON.stringify(key)).toBe(-1));
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, 100)).toBe(index + 1));
    expect(table.firstRowOrAdd("\u{10000}", 100)).toBe(4);
  });

  it("keeps row numbers exactly, also beyond 2³² − 2 and non-integer ones", () => {
    const table = new KeyTable();
    table.firstRowOrAdd("a", 4_294_967_294);
    table.firstRowOrAdd("b", 4_294_967_295);
    table.firstRowOrAdd("c", 2 ** 40 + 1);
    table.firstRowOrAdd("d", 1.5);
    table.firstRowOrAdd("e", 0);
    expect(["a", "b", "c", "d", "e"].map((key) => table.firstRowOrAdd(key, 1))).toEqual([
      4_294_967_294,
      4_294_967_295,
      2 ** 40 + 1,
      1.5,
      0,
    ]);
  });

  it("keeps long keys (a length of two LEB128 bytes) and tells apart ones differing in the last character", () => {
    const table = new KeyTable();
    const long = "é".repeat(200); // 400 bytes
    expect(table.firstRowOrAdd(`${long}a`, 1)).toBe(-1);
    expect(table.firstRowOrAdd(`${long}b`, 2)).toBe(-1);
    expect(table.firstRowOrAdd(`${long}a`, 3)).toBe(1);
    expect(table.firstRowOrAdd(`${long}b`, 4)).toBe(2);
  });

  it("keeps ASCII keys around the one-byte length (written in place) and after a non-ASCII character", () => {
    const table = new KeyTable();
    // Under 128 characters an ASCII key is hashed where its record goes; from 128 on it is copied.
    const keys = [126, 127, 128, 129].flatMap((size) => ["a".repeat(size), `${"a".repeat(size - 1)}b`]);
    keys.push("ab\u00e9", "ab", "ab\u00e9c"); // a non-ASCII character met after ASCII bytes were written
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, index + 1), `${key.length}`).toBe(-1));
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, 500)).toBe(index + 1));
    expect(table.size).toBe(keys.length);
  });

  it("agrees with a Map on 300 000 keys across index growth and several 1 MiB arena chunks", () => {
    const table = new KeyTable();
    // Keys ending in a letter are no numbered ids: all of them are hashed.
    for (let n = 0; n < 300_000; n += 1) expect(table.firstRowOrAdd(`key-${n}x`, n + 1)).toBe(-1);
    let wrong = 0;
    for (let n = 0; n < 300_000; n += 7) if (table.firstRowOrAdd(`key-${n}x`, 0) !== n + 1) wrong += 1;
    expect(wrong).toBe(0);
    expect(table.size).toBe(300_000);
    expect(table.byteLength).toBeGreaterThan(2 ** 20 * 4); // 300 000 records of 15–16 bytes fill five chunks
  });

  it("agrees with a Map on any sequence of unicode keys (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 200 }), (keys) => {
        const table = new KeyTable();
        const reference = new Map<string, number>();
        return keys.every((key, index) => {
          const expected = reference.get(key) ?? -1;
          if (expected === -1) reference.set(key, index + 1);
          return table.firstRowOrAdd(key, index + 1) === expected;
        });
      }),
      { numRuns: 500 },
    );
  });

  it("takes at most 30 bytes per key at a million hashed ids 0v…999999v (index 16.8 + records 11.9 + slack)", () => {
    const table = new KeyTable();
    for (let n = 0; n < 1_000_000; n += 1) table.firstRowOrAdd(`${n}v`, n + 1);
    // Index: 2²¹ slots · 8 bytes = 16 777 216;
    // records: 1 000 000 · (4 + 1) + 6 888 890 key bytes = 11 888 890 in 12 chunks of 1 MiB.
    expect(table.byteLength).toBe(2 ** 21 * 8 + 12 * 2 ** 20);
    expect(table.byteLength / table.size).toBeLessThanOrEqual(30);
  });
});

describe("KeyTable: memory of small tables", () => {
  it("starts with a 4 KiB arena chunk, so a table of a few keys holds about 12 KiB, not a whole 1 MiB chunk", () => {
    const table = new KeyTable();
    table.firstRowOrAdd("a", 1);
    expect(table.byteLength).toBe(1024 * 8 + 4096);
  });

  it("holds a few numbered ids in one page of 4096 first rows (32 KiB) beside the empty index", () => {
    const table = new KeyTable();
    table.firstRowOrAdd("v1", 1);
    table.firstRowOrAdd("v4095", 2);
    expect(table.byteLength).toBe(1024 * 8 + 4096 * 8);
  });

  it("fits a first key longer than the first chunk (a 6000-byte key), and finds it again", () => {
    const table = new KeyTable();
    const long = "x".repeat(6000);
    expect(table.firstRowOrAdd(long, 1)).toBe(-1);
    expect(table.firstRowOrAdd("y", 2)).toBe(-1);
    expect(table.firstRowOrAdd(long, 3)).toBe(1);
    expect(table.firstRowOrAdd("y", 4)).toBe(2);
  });
});

describe("KeyTable: numbered ids by their number (dense-keys.ts, F9)", () => {
  it("takes 8 bytes per key at a million ids v0…v999999 (245 pages of 4096 first rows)", () => {
    const table = new KeyTable();
    let found = 0;
    for (let n = 0; n < 1_000_000; n += 1) if (table.firstRowOrAdd(`v${n}`, n + 1) !== -1) found += 1;
    expect(found).toBe(0);
    expect(table.firstRowOrAdd("v999999", 0)).toBe(1_000_000);
    expect(table.firstRowOrAdd("v0", 0)).toBe(1);
    expect(table.size).toBe(1_000_000);
    expect(table.byteLength).toBe(1024 * 8 + 245 * 4096 * 8);
  });

  it("tells apart spellings of one number: a leading zero, another prefix, more digits than 15", () => {
    const table = new KeyTable();
    const keys = ["v12", "v012", "w12", "12", "v", "v1234567890123456", "v123456789012345", "v0", "v00", "V12", "v12 "];
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, index + 1), key).toBe(-1));
    keys.forEach((key, index) => expect(table.firstRowOrAdd(key, 99), key).toBe(index + 1));
    expect(table.size).toBe(keys.length);
  });

  it("keeps row numbers exactly, also beyond 2³² and non-integer ones", () => {
    const table = new KeyTable();
    table.firstRowOrAdd("v1", 2 ** 40 + 1);
    table.firstRowOrAdd("v2", 1.5);
    table.firstRowOrAdd("v3", 0);
    expect(["v1", "v2", "v3"].map((key) => table.firstRowOrAdd(key, 7))).toEqual([2 ** 40 + 1, 1.5, 0]);
  });

  it("keeps a zero-padded form at its width: K007 and K7 and K0007 are three keys", () => {
    const table = new KeyTable();
    expect(table.firstRowOrAdd("K007", 1)).toBe(-1);
    expect(table.firstRowOrAdd("K7", 2)).toBe(-1);
    expect(table.firstRowOrAdd("K0007", 3)).toBe(-1);
    expect(table.firstRowOrAdd("K100", 4)).toBe(-1);
    expect(["K007", "K7", "K0007", "K100"].map((key) => table.firstRowOrAdd(key, 9))).toEqual([1, 2, 3, 4]);
  });

  it("moves sparse numbered ids to the hashed table before their pages pass 1 MiB + 16 bytes per key", () => {
    const table = new KeyTable();
    const sparse = (n: number) => `v${n * 40_000}`; // a page of its own per key
    for (let n = 0; n < 1000; n += 1) expect(table.firstRowOrAdd(sparse(n), n + 1)).toBe(-1);
    for (let n = 0; n < 1000; n += 1) expect(table.firstRowOrAdd(sparse(n), 0)).toBe(n + 1);
    expect(table.firstRowOrAdd("v1", 5000)).toBe(-1);
    expect(table.firstRowOrAdd("v1", 5001)).toBe(5000);
    expect(table.size).toBe(1001);
    expect(table.byteLength).toBeLessThan(64 * 1024); // no pages: 1024-slot index and a 16 KiB arena chunk
  });

  it("keeps ids of 10–15 digits by their number too (13-digit visit numbers), pages past 2³² included", () => {
    const table = new KeyTable();
    const base = 2_024_000_000_000; // 13 digits, beyond 2³²: pages in a map
    for (let n = 0; n < 100_000; n += 1) expect(table.firstRowOrAdd(String(base + n), n + 1)).toBe(-1);
    for (let n = 0; n < 100_000; n += 7) expect(table.firstRowOrAdd(String(base + n), 0)).toBe(n + 1);
    expect(table.firstRowOrAdd("999999999999999", 1)).toBe(-1); // 15 digits, a page of its own
    expect(table.firstRowOrAdd("999999999999999", 2)).toBe(1);
    expect(table.size).toBe(100_001);
    expect(table.byteLength).toBe(1024 * 8 + 26 * 4096 * 8); // the run from a page start: 25 pages, and one more
  });

  it("moves sparse ids past 2³² to the hashed table exactly as small ones", () => {
    const table = new KeyTable();
    const sparse = (n: number) => String(5_000_000_000_000 + n * 40_000); // a page of its own per key
    for (let n = 0; n < 1000; n += 1) expect(table.firstRowOrAdd(sparse(n), n + 1)).toBe(-1);
    for (let n = 0; n < 1000; n += 1) expect(table.firstRowOrAdd(sparse(n), 0)).toBe(n + 1);
    expect(table.size).toBe(1000);
    expect(table.byteLength).toBeLessThan(64 * 1024); // no pages left
  });

  it("agrees with a Map on any sequence of short prefixed or zero-padded numbers (property)", () => {
    const key = fc
      .tuple(fc.constantFrom("", "v", "w", "v0"), fc.constantFrom("", "0", "00"), fc.nat(20_000))
      .map(([prefix, zeros, number]) => `${prefix}${zeros}${number}`);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const table = new KeyTable();
        const reference = new Map<string, number>();
        return keys.every((text, index) => {
          const expected = reference.get(text) ?? -1;
          if (expected === -1) reference.set(text, index + 1);
          return table.firstRowOrAdd(text, index + 1) === expected;
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("KeyTable.firstRowsOrAdd: a batch of keys looked up together (issue 14)", () => {
  it("answers as key by key, repeats within one batch included", () => {
    const keys = ["a-1", "b", "a-1", "v7", "v7", "ä", "b", "", ""];
    expect(batched(new KeyTable(), keys, 9)).toEqual([-1, -1, 1, -1, 4, -1, 2, -1, 8]);
    expect(batched(new KeyTable(), keys, 2)).toEqual([-1, -1, 1, -1, 4, -1, 2, -1, 8]);
  });

  it("agrees with firstRowOrAdd over 300 000 UUID-like keys, batches of 8 192, index growth within a batch", () => {
    const keys = Array.from({ length: 300_000 }, (_, n) => {
      const hex = ((n % 250_000) * 2654435761).toString(16).padStart(12, "0");
      return `9abcde3c-5846-28a0-2620-${hex}`; // the last 50 000 repeat earlier ones
    });
    const single = new KeyTable();
    const expected = keys.map((key, index) => single.firstRowOrAdd(key, index + 1));
    const table = new KeyTable();
    expect(batched(table, keys, 8192)).toEqual(expected);
    expect(expected.filter((first) => first >= 0)).toHaveLength(50_000);
    expect(table.size).toBe(250_000);
    expect(table.byteLength).toBe(single.byteLength);
  });

  it("moves numbered ids to the hashed table in the middle of a batch, answering alike", () => {
    const sparse = (n: number) => `v${n * 40_000}`; // a page of its own per key: over the bound soon
    const keys = [...Array.from({ length: 1000 }, (_, n) => sparse(n)), "w1", sparse(3), "w1"];
    const single = new KeyTable();
    const expected = keys.map((key, index) => single.firstRowOrAdd(key, index + 1));
    expect(batched(new KeyTable(), keys, 700)).toEqual(expected);
    expect(expected.slice(-3)).toEqual([-1, 4, 1001]);
  });

  it("agrees with a Map on any sequence of unicode and numbered keys, in any batches (property)", () => {
    const key = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.nat(50).map((number) => `v${number}`),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.integer({ min: 1, max: 64 }), (keys, size) => {
        const reference = new Map<string, number>();
        const expected = keys.map((text, index) => {
          const first = reference.get(text) ?? -1;
          if (first === -1) reference.set(text, index + 1);
          return first;
        });
        return batched(new KeyTable(), keys, size).every((first, index) => first === expected[index]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("KeyTable: UUIDs in their 17-byte compact form (key-bytes.ts)", () => {
  const uuid = "123e4567-e89b-12d3-a456-426614174000";

  it("tells apart a UUID, its upper-case spelling, a mixed-case one and near misses, and finds each again", () => {
    const spellings = [
      uuid,
      uuid.toUpperCase(),
      "123E4567-e89b-12d3-a456-426614174000", // mixed case: kept as its UTF-8
      "123e4567-e89b-12d3-a456-426614174001",
      "123e4567e89b-12d3-a456-426614174000-", // hyphens elsewhere
      "123e4567-e89b-12d3-a456-42661417400g", // not a hex digit
      "\u00f8\u00f8\u00f8e4567-e89b-12d3-a456-426614174000",
      "12345678-1234-1234-1234-123456789012", // digits only: one spelling
    ];
    for (const batchSize of [1, spellings.length]) {
      const table = new KeyTable();
      const keys = [...spellings, ...spellings];
      const firsts = batched(table, keys, batchSize);
      expect(firsts).toEqual([...spellings.map(() => -1), ...spellings.map((_, index) => index + 1)]);
      expect(table.size).toBe(spellings.length);
    }
  });

  it("keeps 65 536 UUIDs in 22 bytes of records each (2 arena chunks of 1 MiB, not 3)", () => {
    const table = new KeyTable();
    for (let n = 0; n < 65_536; n += 1) {
      const hex = n.toString(16).padStart(11, "0"); // ending in a letter: not a numbered id
      expect(table.firstRowOrAdd(`0f1e2d3c-4b5a-6978-8796-${hex}a`, n + 1)).toBe(-1);
    }
    expect(table.firstRowOrAdd("0f1e2d3c-4b5a-6978-8796-0000000ffffa", 70_000)).toBe(65_536);
    // Index: 2¹⁷ slots · 8 bytes; records: 65 536 · (4 + 1 + 17) = 1 441 792 bytes in two 1 MiB chunks.
    expect(table.byteLength).toBe(2 ** 17 * 8 + 2 * 2 ** 20);
  });

  it("agrees with a Map on any sequence of UUIDs in either case, mixed case and near misses (property)", () => {
    const hex = fc.constantFrom(..."0123456789abcdefABCDEFg-");
    const key = fc.oneof(
      fc.nat(40).map((n) => `${uuid.slice(0, 34)}${(n % 16).toString(16)}${Math.floor(n / 16).toString(16)}`),
      fc.nat(40).map((n) => `${uuid.slice(0, 34)}${(n % 16).toString(16)}${Math.floor(n / 16)}`.toUpperCase()),
      fc.array(hex, { minLength: 36, maxLength: 36 }).map((characters) => characters.join("")),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.integer({ min: 1, max: 64 }), (keys, size) => {
        const seen = new Map<string, number>();
        const expected = keys.map((text, index) => {
          const first = seen.get(text);
          if (first === undefined) seen.set(text, index + 1);
          return first ?? -1;
        });
        expect(batched(new KeyTable(), keys, size)).toEqual(expected);
        const single = new KeyTable();
        expect(keys.map((text, index) => single.firstRowOrAdd(text, index + 1))).toEqual(expected);
      }),
    );
  });
});

describe("KeyTable.expect: memory sized once for the rows the source holds (ColumnBatch.sourceRows)", () => {
  /** 0, 1, …, n − 1 in a shuffled order (a fixed permutation). */
  const shuffled = (n: number) => Array.from({ length: n }, (_, index) => (index * 7919) % n);

  it("keeps shuffled numbered ids by their number when told the rows, instead of hashing them all", () => {
    const keys = shuffled(200_003).map((number) => `v${number}`);
    const told = new KeyTable();
    told.expect(keys.length);
    const untold = new KeyTable();
    const answers = batched(told, keys, 2048);
    expect(batched(untold, keys, 2048)).toEqual(answers);
    expect(answers.every((first) => first === -1)).toBe(true);
    // 49 pages of 4 096 first rows (8 bytes each) beside the empty index of 1 024 slots.
    expect(told.byteLength).toBe(49 * 4096 * 8 + 1024 * 8);
    expect(untold.byteLength).toBeGreaterThan(2 * told.byteLength); // hashed: index and records
    expect(told.size).toBe(keys.length);
  });

  it("sizes the index once 4 096 keys are hashed, for the hashed share of all the rows", () => {
    // One row in ten has a numbered id (kept by number); nine in ten a UUID-like key (hashed).
    const keys = Array.from({ length: 20_000 }, (_, index) =>
      index % 10 === 0 ? `v${index}` : `k-${(index * 2654435761) % 1_000_003}-x`,
    );
    const table = new KeyTable();
    table.expect(1_000_000);
    const plain = new KeyTable();
    expect(batched(table, keys, 1000)).toEqual(batched(plain, keys, 1000));
    // After 5 000 rows (4 500 hashed) the index is sized for ≈ 900 000 keys: 2²¹ slots of 8 bytes.
    expect(table.byteLength - plain.byteLength).toBe(2 ** 21 * 8 - 2 ** 15 * 8);
  });
});

describe("KeyTable.expect with sparse numbered ids", () => {
  it("bounds their pages by the keys held, not the rows expected, when the numbers span over twice those rows", () => {
    const keys = Array.from({ length: 3000 }, (_, index) => `${(index * 2_654_435_761) % 1_000_000_007}`);
    const told = new KeyTable();
    told.expect(100_000);
    const answers = batched(told, keys.slice(0, 60), 60);
    // Pages of one key each up to 1 MiB (32 pages), then hashed: not 60 pages, as 1 MiB + 16 · 100 000
    // bytes would allow.
    expect(told.byteLength).toBeLessThan(2 ** 20);
    answers.push(...batched(told, keys.slice(60), 500, 61));
    expect(answers).toEqual(batched(new KeyTable(), keys, 500));
    expect(told.byteLength).toBeLessThan(200_000);
  });
});
