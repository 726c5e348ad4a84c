/**
 * The spellings of a Parquet file's code columns, read from their dictionary pages (issue 14), for the
 * code columns of the DuckDB path (`duckdb-code-columns.ts`). A column stored in dictionaries keeps
 * every spelling of a row group in that row group's dictionary page, a few hundred bytes at the head of
 * its column chunk: reading those pages (one `readSync` each, hyparquet's page header, decompression
 * and plain decoding) gives the spellings without reading any cell. 2 M visits, seven code columns in
 * 17 row groups: ≈ 15 ms, where DuckDB's `list(DISTINCT …)` over the cells took 72–95 ms (1e7 visits:
 * ≈ 37 ms against ≈ 350 ms).
 *
 * Pages compressed with Snappy, gzip, Brotli or ZSTD are read here (ZSTD, the default of some writers:
 * 2 M visits, 21–25 ms where DuckDB's query took ≈ 75 ms). A page this module cannot read (LZ4, or
 * anything unexpected) gives `null` for its column, and the caller asks DuckDB instead. The spellings are decoded
 * as UTF-8 keeping a leading byte order mark, as the reader's text path does (F1 trims ASCII white space
 * only); a spelling listed in a dictionary but used by no cell is harmless (no code points to it).
 */
import { closeSync, openSync, readSync } from "node:fs";
import * as zlib from "node:zlib";
import type { ColumnMetaData, Compressors, FileMetaData } from "hyparquet";
import { DICTIONARY_LIMIT } from "./word-dictionary";

/**
 * Codecs beyond hyparquet's own (uncompressed and Snappy): gzip and Brotli by Node, ZSTD by Node where
 * it has it (22.15 on) and else by `fzstd` (pure JavaScript; a dictionary page is a few kilobytes).
 */
function compressorsOf(zstd: (input: Uint8Array) => Uint8Array): Compressors {
  const node = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Uint8Array }).zstdDecompressSync;
  return {
    GZIP: (input) => zlib.gunzipSync(input),
    BROTLI: (input) => zlib.brotliDecompressSync(input),
    ZSTD: node ? (input) => node(input) : (input) => zstd(input),
  };
}

/** UTF-8 keeping a leading byte order mark. */
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The chunk of top-level column `name` in each row group (undefined where missing). */
function chunksOf(metadata: FileMetaData, name: string): Array<ColumnMetaData | undefined> {
  return metadata.row_groups.map(
    (group) =>
      group.columns.find((column) => {
        const path = column.meta_data?.path_in_schema;
        return path !== undefined && path.length === 1 && path[0] === name;
      })?.meta_data,
  );
}

/** hyparquet's page functions (loaded on first use, as hyparquet is: a quick CLI start). */
interface PageFunctions {
  parquetHeader: typeof import("hyparquet/src/column.js").parquetHeader;
  decompressPage: typeof import("hyparquet/src/datapage.js").decompressPage;
  readPlain: typeof import("hyparquet/src/plain.js").readPlain;
  compressors: Compressors;
}

async function loadPageFunctions(): Promise<PageFunctions> {
  const [{ parquetHeader }, { decompressPage }, { readPlain }, { decompress }] = await Promise.all([
    import("hyparquet/src/column.js"),
    import("hyparquet/src/datapage.js"),
    import("hyparquet/src/plain.js"),
    import("fzstd"),
  ]);
  return { parquetHeader, decompressPage, readPlain, compressors: compressorsOf((input) => decompress(input)) };
}

/** The physical types whose dictionary values are read: texts, and integers as their decimal text. */
const LISTED_TYPES: ReadonlySet<string> = new Set(["BYTE_ARRAY", "INT32", "INT64"]);

/**
 * The texts of one column chunk's dictionary page, added to `seen` (throws when the page is unreadable):
 * UTF-8 texts, or integers as their decimal text (as DuckDB casts them to VARCHAR).
 */
function readPage(pages: PageFunctions, file: number, chunk: ColumnMetaData, seen: Set<string>): void {
  const { parquetHeader, decompressPage, readPlain, compressors } = pages;
  if (!LISTED_TYPES.has(chunk.type) || chunk.dictionary_page_offset === undefined) throw new Error("no dictionary");
  const start = Number(chunk.dictionary_page_offset);
  const bytes = Buffer.alloc(Number(chunk.data_page_offset) - start);
  if (readSync(file, bytes, 0, bytes.length, start) !== bytes.length) throw new Error("short read");
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const header = parquetHeader(reader);
  const dictionary = header.dictionary_page_header;
  if (header.type !== "DICTIONARY_PAGE" || dictionary === undefined) throw new Error("not a dictionary page");
  if (dictionary.encoding !== "PLAIN" && dictionary.encoding !== "PLAIN_DICTIONARY") throw new Error("encoding");
  const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
  const page = decompressPage(compressed, header.uncompressed_page_size, chunk.codec, compressors);
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  const values = readPlain({ view, offset: 0 }, chunk.type, dictionary.num_values, undefined);
  if (chunk.type === "BYTE_ARRAY") for (const value of values as Uint8Array[]) seen.add(UTF8.decode(value));
  else for (const value of values as Iterable<number | bigint>) seen.add(String(value));
}

/**
 * Per column of `names` with `wanted[c]`, the distinct spellings of its dictionary pages in first-seen
 * order, or `null` where a page cannot be read or they are more than `DICTIONARY_LIMIT`; `null` for
 * the other columns.
 *
 * @example
 * ```ts
 * await dictionarySpellings("visits.parquet", metadata, ["visit_id", "sex"], [false, true]);
 * // [null, ["female", "male"]]
 * ```
 */
export async function dictionarySpellings(
  path: string,
  metadata: FileMetaData,
  names: readonly string[],
  wanted: readonly boolean[],
): Promise<Array<string[] | null>> {
  if (!wanted.some(Boolean)) return names.map(() => null);
  let file: number;
  let pages: PageFunctions;
  try {
    pages = await loadPageFunctions();
    file = openSync(path, "r");
  } catch {
    return names.map(() => null);
  }
  try {
    return names.map((name, index) => {
      if (!wanted[index]) return null;
      const seen = new Set<string>();
      try {
        for (const chunk of chunksOf(metadata, name)) {
          if (chunk === undefined) return null;
          readPage(pages, file, chunk, seen);
          if (seen.size > DICTIONARY_LIMIT) return null;
        }
      } catch {
        return null;
      }
      return [...seen];
    });
  } finally {
    closeSync(file);
  }
}
