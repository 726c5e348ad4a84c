/**
 * Code columns of a Parquet file handed over by DuckDB as dictionary positions (issue 14), for the
 * Parquet reader (`parquet-duckdb.ts`). A code column (F3: a sex, a municipality, a service branch)
 * repeats a few spellings, and a Parquet writer stores such a column dictionary-encoded. Reading it
 * as text costs a 16-byte string slot per cell copied out of DuckDB and a dictionary look-up per cell
 * in JavaScript; instead:
 *
 * 1. the file's metadata says which text columns are stored in small dictionaries: in every row group
 *    a dictionary page, of at most {@link ROW_GROUP_DICTIONARY} bytes (at most
 *    {@link FILE_DICTIONARIES} over the file), and no page fallen back to plain values
 *    ({@link dictionaryEncodedColumns}), so their spellings are few and bounded before any is read;
 * 2. before the stream, their distinct spellings are taken from their dictionary pages
 *    (`parquet-dictionaries.ts`), or, where a page cannot be read there, by one query of DuckDB
 *    ({@link readSpellings}); both decode the bytes, so a leading byte order mark is kept, as
 *    everywhere in the reader;
 * 3. the stream selects each such column as the 1-based position of its cell in that list, bound as a
 *    parameter with one more spelling, not among them, standing for an absent cell (`list_position`,
 *    an exact byte comparison: {@link codedSql}); a chunk's column becomes its codes (−1 absent)
 *    ({@link readCodedColumn}), and its cells, each spelling one string, are made from them only
 *    when read (the validator takes the codes).
 *
 * The cells, the codes' meaning and every value are exactly those of the text path; only the codes'
 * order differs (the list's, not first-seen), which nothing downstream reads. A column with more than
 * `DICTIONARY_LIMIT` spellings stays on the text path. A cell whose spelling is not in the list (the
 * file changed after its spellings were read, or a writer's metadata claims dictionaries that a page
 * does not use) has no position, and the reader fails, naming the rows and the column, instead of
 * taking it for absent.
 *
 * 2 M visits with seven code columns (the bench's file): the dictionary pages ≈ 15 ms (DuckDB's query
 * 43–95 ms); the stream of those columns 0.25 s against 0.40 s as text; the JavaScript reading them
 * ≈ 0.1 s against ≈ 0.3 s.
 */
import type { DuckDBConnection, DuckDBVector } from "@duckdb/node-api";
import type { FileMetaData } from "hyparquet";
import { validWordsOf } from "./duckdb-vectors";
import { DICTIONARY_LIMIT } from "./word-dictionary";

/** The largest dictionary page (bytes as stored) of a row group for a column to be read as codes. */
export const ROW_GROUP_DICTIONARY = 128 * 1024;
/** The most bytes of dictionary pages, over the file, for a column to be read as codes. */
export const FILE_DICTIONARIES = 4 * 1024 * 1024;

/** The spellings of a coded column, by code. */
export type Spellings = readonly string[];

const DICTIONARY_ENCODINGS = new Set(["PLAIN_DICTIONARY", "RLE_DICTIONARY"]);

/**
 * Per name in `names`, whether the file stores that top-level text column in small dictionaries (see
 * the module comment): in every row group a dictionary page of at most {@link ROW_GROUP_DICTIONARY}
 * bytes (as stored), at most {@link FILE_DICTIONARIES} in all, and every data page in a dictionary
 * encoding (by the page encoding statistics when the writer gives them, else by the chunk's encodings
 * having no plain one).
 *
 * @example
 * ```ts
 * dictionaryEncodedColumns(await parquetMetadataAsync(file), ["visit_id", "sex"]); // [false, true]
 * ```
 */
export function dictionaryEncodedColumns(metadata: FileMetaData, names: readonly string[]): boolean[] {
  return names.map((name) => {
    if (metadata.row_groups.length === 0) return false;
    let total = 0;
    for (const group of metadata.row_groups) {
      const chunk = group.columns.find((column) => {
        const path = column.meta_data?.path_in_schema;
        return path !== undefined && path.length === 1 && path[0] === name;
      })?.meta_data;
      if (chunk === undefined || chunk.dictionary_page_offset === undefined) return false;
      // The dictionary page comes first, so its bytes run up to the first data page.
      const size = Number(chunk.data_page_offset) - Number(chunk.dictionary_page_offset);
      total += size;
      if (!(size > 0 && size <= ROW_GROUP_DICTIONARY && total <= FILE_DICTIONARIES)) return false;
      const plain =
        chunk.encoding_stats === undefined
          ? chunk.encodings.includes("PLAIN")
          : chunk.encoding_stats.some(
              (stats) => stats.page_type !== "DICTIONARY_PAGE" && !DICTIONARY_ENCODINGS.has(stats.encoding),
            );
      if (plain) return false;
    }
    return true;
  });
}

/**
 * The spellings of each column read as codes (see the module comment), `null` for the others: of the
 * columns `dictionaryEncoded` in the file, those with at most `DICTIONARY_LIMIT` spellings, as `known`
 * from their dictionary pages or else from a query of DuckDB, made before the stream (a query on the
 * stream's connection would end it). When the query fails, its columns stay on the text path, whose
 * stream then reports why the file cannot be read.
 *
 * @example
 * ```ts
 * await codeColumnsOf(connection, "visits.parquet", ["visit_id", "sex"], [false, true], [null, null]);
 * // [null, ["female", "male"]]
 * ```
 */
export async function codeColumnsOf(
  connection: DuckDBConnection,
  path: string,
  names: readonly string[],
  dictionaryEncoded: readonly boolean[],
  known: ReadonlyArray<Spellings | null>,
): Promise<Array<Spellings | null>> {
  const asked = names.map((_, index) => dictionaryEncoded[index] === true && !known[index]);
  let lists: Array<Spellings | null> = [];
  if (asked.some(Boolean)) {
    try {
      lists = await readSpellings(
        connection,
        path,
        names.filter((_, index) => asked[index]),
      );
    } catch {
      lists = asked.filter(Boolean).map(() => null);
    }
  }
  let next = 0;
  return names.map((_, index) => {
    if (!dictionaryEncoded[index]) return null;
    return asked[index] ? lists[next++]! : known[index]!;
  });
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** UTF-8 keeping a leading byte order mark (F1 trims ASCII white space only). */
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The distinct spellings of each column in `names` (exact, in the list's order), in one scan of the
 * file; `null` for a column with more than `DICTIONARY_LIMIT`.
 *
 * @example
 * ```ts
 * await readSpellings(connection, "visits.parquet", ["sex", "urgency"]);
 * // [["female", "male"], ["urgent", "non_urgent"]]
 * ```
 */
export async function readSpellings(
  connection: DuckDBConnection,
  path: string,
  names: readonly string[],
): Promise<Array<Spellings | null>> {
  const selected = names.map((name) => {
    // Encoded after the distinct spellings are found, and NULL taken out of the short list (a FILTER
    // clause would test every cell): 2 M rows, seven columns, 43–72 ms against 86–134 ms.
    const distinct = `list_filter(list(DISTINCT ${quoted(name)}), spelling -> spelling IS NOT NULL)`;
    return `list_transform(${distinct}, spelling -> encode(spelling))`;
  });
  const reader = await connection.runAndReadAll(`SELECT ${selected.join(", ")} FROM read_parquet($1)`, [path]);
  const row = reader.getRows()[0]!;
  return names.map((_, index) => {
    const list = (row[index] as { items: ReadonlyArray<{ bytes: Uint8Array }> } | null)?.items ?? [];
    return list.length > DICTIONARY_LIMIT ? null : list.map((blob) => UTF8.decode(blob.bytes));
  });
}

/**
 * The spelling that stands for an absent cell in a coded column's bound list: ASCII, not among
 * `spellings`.
 *
 * @example
 * ```ts
 * absentSpelling(["female", "male"]); // "absent"
 * absentSpelling(["absent"]); // "absent_"
 * ```
 */
export function absentSpelling(spellings: Spellings): string {
  let absent = "absent";
  while (spellings.includes(absent)) absent += "_";
  return absent;
}

/**
 * The SELECT expression of a coded column: the 1-based position of its cell in the list bound as
 * parameter `parameter`, whose last spelling, `absent`, stands for an absent cell (NULL: a spelling
 * not in the list).
 *
 * @example
 * ```ts
 * codedSql("sex", 2, "absent"); // 'CAST(list_position($2, coalesce("sex", \'absent\')) AS USMALLINT)'
 * ```
 */
export function codedSql(name: string, parameter: number, absent: string): string {
  return `CAST(list_position($${parameter}, coalesce(${quoted(name)}, '${absent}')) AS USMALLINT)`;
}

/**
 * One chunk's coded column: `codes` (position − 1, −1 absent) from `rowCount` cells of the
 * USMALLINT vector, where position `values.length + 1` is the absent cell's (see {@link codedSql});
 * returns how many cells had no position (a spelling not in `values`). The reader makes the cells
 * (each spelling's one string, `null` absent) from the codes only when they are read
 * (`defineCodedCells` of `@virta/core`).
 *
 * @example
 * ```ts
 * const codes = new Int32Array(chunk.rowCount);
 * readCodedColumn(chunk.getColumnVector(3), chunk.rowCount, ["female", "male"], codes); // 0
 * ```
 */
export function readCodedColumn(vector: DuckDBVector, rowCount: number, values: Spellings, codes: Int32Array): number {
  const items = (vector as unknown as { readonly items?: unknown }).items;
  const valid = validWordsOf(vector);
  const absent = values.length;
  let unknown = 0;
  if (!(items instanceof Uint16Array) || valid === undefined) {
    for (let row = 0; row < rowCount; row++) {
      const position = vector.getItem(row) as number | null;
      if (position === null) unknown++;
      const code = position === null || position - 1 === absent ? -1 : position - 1;
      codes[row] = code;
    }
    return unknown;
  }
  for (let row = 0; row < rowCount; row++) {
    let code = items[row]! - 1;
    if (valid !== null && (valid[row >>> 5]! & (1 << (row & 31))) === 0) {
      unknown++;
      code = -1;
    } else if (code === absent) code = -1;
    codes[row] = code;
  }
  return unknown;
}
