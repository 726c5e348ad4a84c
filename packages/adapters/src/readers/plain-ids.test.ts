import { DuckDBInstance } from "@duckdb/node-api";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ColumnBatch } from "@virta/core";
import { createValidator } from "@virta/concepts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOD_ROWS } from "../../../concepts/src/test-support/rows";
import { openCsvTable } from "./csv-reader";
import { openParquetTable } from "./parquet-reader";
import { isPlainId, PlainIdCells } from "./plain-ids";
import { tempFolder } from "./test-support/temp-files";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** DuckDB's 16-byte string slots of short cells (length, then the inlined bytes); `null` absent. */
function slots(cells: ReadonlyArray<string | null>): { words: Uint32Array; bytes: Uint8Array; valid: Uint32Array } {
  const bytes = new Uint8Array(16 * cells.length);
  const valid = new Uint32Array(Math.ceil(cells.length / 32));
  cells.forEach((cell, row) => {
    if (cell === null) return;
    valid[row >>> 5]! |= 1 << (row & 31);
    const encoded = bytesOf(cell);
    new DataView(bytes.buffer).setUint32(row * 16, encoded.length, true);
    bytes.set(encoded.subarray(0, 12), row * 16 + 4);
  });
  return { words: new Uint32Array(bytes.buffer), bytes, valid };
}

describe("isPlainId: cells that plainly pass the identifier check (F1, F5a, F6, F11)", () => {
  it("takes 1–12 printable ASCII characters, ! to ~", () => {
    for (const text of ["c", "!", "~", "c12345678901", "A31052-308T", "v-1_2.3"]) {
      expect(isPlainId(bytesOf(text), 0, text.length), text).toBe(true);
    }
  });

  it("leaves to the validator white space, NUL, DEL, non-ASCII, empty and longer cells", () => {
    for (const text of ["", " c1", "c1 ", "c 1", "c\t1", "c\u00001", "c\u007f", "ä1", "c123456789012"]) {
      expect(isPlainId(bytesOf(text), 0, bytesOf(text).length), JSON.stringify(text)).toBe(false);
    }
  });

  it("leaves to the validator 11 characters beginning with a digit (F11's shape), identity code or not", () => {
    expect(isPlainId(bytesOf("131052-308T"), 0, 11)).toBe(false);
    expect(isPlainId(bytesOf("1234567890a"), 0, 11)).toBe(false);
    expect(isPlainId(bytesOf("a234567890a"), 0, 11)).toBe(true);
  });

  it("reads the bytes from `start` for `length`", () => {
    expect(isPlainId(bytesOf(" c1 "), 1, 2)).toBe(true);
    expect(isPlainId(bytesOf(" c1 "), 1, 3)).toBe(false);
  });
});

describe("PlainIdCells: plainly passing cells as the representative, every other cell as itself", () => {
  it("reads the cells before the first representative as themselves, then plain cells as it", () => {
    const given = [" c0", null, "c1", "c2", "c 3", "a234567890a", "c4"];
    const { words, bytes, valid } = slots(given);
    const ids = new PlainIdCells();
    const cells: unknown[] = ["before"];
    let calls = 0;
    ids.read(words, bytes, valid, given.length, cells, 1, (target) => {
      calls += 1;
      given.forEach((cell, row) => (target[row] = cell));
    });
    expect(calls).toBe(1);
    expect(ids.representative).toBe("c1");
    expect(cells).toEqual(["before", " c0", null, "c1", "c1", "c 3", "c1", "c1"]);
  });

  it("takes as the representative the first plain cell of a length other than 11", () => {
    const given = ["a234567890a", "c1", "a234567890b"];
    const { words, bytes, valid } = slots(given);
    const ids = new PlainIdCells();
    const cells: unknown[] = [];
    ids.read(words, bytes, valid, 3, cells, 0, (target) => given.forEach((cell, row) => (target[row] = cell)));
    expect(cells).toEqual(["a234567890a", "c1", "c1"]);
  });

  it("does not read the chunk's cells when every cell is plain or absent", () => {
    const ids = new PlainIdCells();
    ids.representative = "c9";
    const { words, bytes, valid } = slots(["c1", null, "v22"]);
    const cells: unknown[] = [];
    ids.read(words, bytes, valid, 3, cells, 0, () => {
      throw new Error("read");
    });
    expect(cells).toEqual(["c9", null, "c9"]);
  });
});

describe("onlyValidatedIds on Parquet and CSV files: the same rejections, reasons and counts", () => {
  // A valid visit's other fields (the concept's order: visit_id and client_id come first).
  const { visit_id: _visit, client_id: _client, ...good } = GOOD_ROWS.health_care_visit as Record<string, string>;
  // Plain, white space around and inside, empty, absent, NUL, too long (F6), identity code (F11),
  // 11 characters, non-ASCII, 12 and 13 characters.
  const ids = [
    ...["c1", " c2", "c 3", "", null, "c\u00004", "x".repeat(65), "131052-308T", "A31052-308T"],
    ...["1234567890a", "\u00e45", "c12345678901", "c123456789012", "c6", "131052-308T  "],
  ];

  async function batches(onlyValidatedIds: readonly string[]): Promise<ColumnBatch[]> {
    const path = join(folder.path, "ids.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const rows = ids.map((id, index) => {
      const literal = id === null ? "NULL" : `'${id.replaceAll("\u0000", "' || chr(0) || '")}'`;
      const cells = Object.entries(good).map(([name, cell]) => `'${cell}' AS ${name}`);
      return `SELECT ${index} AS n, 'v${index}' AS visit_id, ${literal} AS client_id, ${cells.join(", ")}`;
    });
    await connection.run(`COPY (SELECT * EXCLUDE (n) FROM (${rows.join(" UNION ALL ")}) ORDER BY n) TO '${path}'`);
    connection.closeSync();
    instance.closeSync();
    const table = await openParquetTable(path, "ids", 2048, "auto", [], undefined, onlyValidatedIds);
    const all: ColumnBatch[] = [];
    for await (const batch of table.batches()) all.push(batch);
    return all;
  }

  function validated(all: readonly ColumnBatch[]) {
    const validator = createValidator("health_care_visit", { maxRejectedShare: 1, keepRejections: 100 });
    for (const batch of all) validator.pushColumns(batch);
    return { summary: validator.finish(), rejections: validator.rejections };
  }

  /** The same rows as a CSV file, read by the worker thread. */
  async function csvBatches(onlyValidatedIds: readonly string[]): Promise<ColumnBatch[]> {
    const header = ["visit_id", "client_id", ...Object.keys(good)];
    // A NUL would hand the file back to CsvScanner (which this option does not change): U+0001 instead.
    const cell = (id: string | null) => (id ?? "").replace("\u0000", "\u0001");
    // The worker posts 8 192 rows at a time, a column as codes until a posting has brought more distinct
    // cells than its dictionary takes (DICTIONARY_LIMIT), then as text, as it does a large file's
    // `client_id`: 9 000 distinct identifiers first.
    const rest = Object.values(good).join(",");
    const filler = Array.from({ length: 9_000 }, (_, index) => `f${index},k${index},${rest}`);
    const lines = ids.map((id, index) => [`v${index}`, cell(id), rest].join(","));
    const path = join(folder.path, "ids.csv");
    await writeFile(path, `${[header.join(","), ...filler, ...lines, `v99,"c7",${rest}`].join("\n")}\n`);
    const table = await openCsvTable(path, "ids", 1024, [], "always", undefined, undefined, onlyValidatedIds);
    const all: ColumnBatch[] = [];
    for await (const batch of table.batches()) all.push(batch);
    return all;
  }

  it("gives plain cells as the first plain one, and the rest as they are", async () => {
    const column = (await batches(["client_id"]))[0]!.columns[1]!;
    expect(Array.from(column)).toEqual([
      ...["c1", " c2", "c 3", "", null, "c\u00004", "x".repeat(65), "131052-308T", "c1"],
      ...["1234567890a", "\u00e45", "c1", "c123456789012", "c1", "131052-308T  "],
    ]);
  });

  it("validates to the same summary and rejections as the cells themselves", async () => {
    const plain = validated(await batches([]));
    expect(plain.summary.rows_rejected).toBe(6);
    expect(plain.rejections.map((rejection) => [rejection.row, rejection.reason])).toEqual([
      [4, "missing"],
      [5, "missing"],
      [6, "invalid_format"],
      [7, "too_long"],
      [8, "personal_identity_code"],
      [15, "personal_identity_code"],
    ]);
    expect(validated(await batches(["client_id"]))).toEqual(plain);
  });

  it("does the same from a CSV file's worker thread, a quoted cell included", async () => {
    const column = (await csvBatches(["client_id"])).flatMap((batch) => Array.from(batch.columns[1]!));
    expect(column.length).toBe(9_016);
    // The first posting as codes, each cell itself; then the text's first plain cell stands for the others.
    expect(column.slice(8_190, 8_194)).toEqual(["k8190", "k8191", "k8192", "k8192"]);
    const k = "k8192";
    expect(column.slice(9_000)).toEqual([
      ...[k, " c2", "c 3", "", "", "c\u00014", "x".repeat(65), "131052-308T", k],
      ...["1234567890a", "\u00e45", k, "c123456789012", k, "131052-308T  ", k],
    ]);
    const plain = validated(await csvBatches([]));
    expect(plain.summary.rows_rejected).toBe(5);
    expect(validated(await csvBatches(["client_id"]))).toEqual(plain);
  });
});
