/**
 * The SELECT through which DuckDB streams a Parquet file to the reader (`parquet-duckdb.ts`, issue 14),
 * and where each column's vectors lie in its chunks. A text column whose cells are longer than 12 bytes
 * is also selected in pieces of 12 characters, so that its cells are rebuilt from inlined bytes rather
 * than read one native call per cell (`duckdb-vectors.ts`). How many pieces a column needs is learnt as
 * the file is read: once a chunk held a cell longer than its pieces cover, the stream starts again after
 * that chunk with more pieces (`piecesAfter`), from the file's next row (`file_row_number`, which DuckDB
 * uses to skip whole row groups), so that no row is read twice and none is lost.
 */
import type { TextColumnReader } from "./duckdb-vectors";
import { codedSql } from "./duckdb-code-columns";
import type { DuckDbColumn } from "./parquet-duckdb";
import { epochSql } from "./parquet-timestamps";

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The most pieces a text column is selected in (a cell over 4 + 12 · 8 = 100 bytes: one native call). */
export const MAX_PIECES = 8;

/**
 * The SELECT that hands each column over in the form its converter expects, then, for each text
 * column `c` with `pieces[c] = k > 0`, its characters 5 … 12·k + 4 in k pieces of 12 (see the
 * module comment), after the other columns, in column order. A column with a spelling `absent[c]` is
 * selected as its positions in the list bound as the next parameter from `$2` on, that spelling
 * standing for an absent cell (`duckdb-code-columns.ts`). With `from` > 0 the rows start at the file's
 * row `from` (counted from 0).
 *
 * @example
 * ```ts
 * selectSql([{ name: "d", kind: "date" }, { name: "x", kind: "decimal" }]);
 * // 'SELECT "d", CAST("x" AS VARCHAR) FROM read_parquet($1)'
 * selectSql([{ name: "id", kind: "plain", text: true }], [2]);
 * // 'SELECT "id", substr("id", 5, 12), substr("id", 17, 12) FROM read_parquet($1)'
 * selectSql([{ name: "id", kind: "plain", text: true }], [1], [], 2048);
 * // 'SELECT "id", substr("id", 5, 12) FROM read_parquet($1, file_row_number = true)
 * //  WHERE file_row_number >= 2048'
 * ```
 */
export function selectSql(
  columns: readonly DuckDbColumn[],
  pieces: readonly number[] = [],
  absent: ReadonlyArray<string | null> = [],
  from = 0,
): string {
  let parameter = 1;
  const expressions = columns.map((column, index) => {
    const name = quoted(column.name);
    const absentSpelling = absent[index];
    if (typeof absentSpelling === "string") return codedSql(column.name, ++parameter, absentSpelling);
    switch (column.kind) {
      case "date":
        // The vector's INT32 days as they are (±infinity ±(2^31 − 1), which dateFromEpochDays writes as
        // "infinity": invalid_format): no expression per cell on DuckDB's thread.
        return name;
      case "decimal":
        return `CAST(${name} AS VARCHAR)`;
      case "skipped":
        return "NULL";
      case "int64":
        // The BIGINT as it is: a safe value read from its words, the others' text made from the BigInt
        // (`int64Column`), with no expression per cell on DuckDB's thread.
        return name;
      case "timestamp":
        // A date field's column as it is: its day from the count's words (`timestampDays`).
        return column.asDay === true ? name : epochSql(column.unit, name);
      default:
        return name;
    }
  });
  columns.forEach((column, index) => {
    const quotedName = quoted(column.name);
    for (let piece = 0; piece < (pieces[index] ?? 0); piece++)
      expressions.push(`substr(${quotedName}, ${12 * piece + 5}, 12)`);
  });
  const list = expressions.length === 0 ? "NULL" : expressions.join(", ");
  if (from <= 0) return `SELECT ${list} FROM read_parquet($1)`;
  return `SELECT ${list} FROM read_parquet($1, file_row_number = true) WHERE file_row_number >= ${from}`;
}

/**
 * Whether the stream can start again at a row (`selectSql`'s `from`): not when the file has a column
 * of its own named `file_row_number`, which DuckDB's row position would clash with.
 *
 * @example
 * ```ts
 * canStartAtRow([{ name: "visit_id", kind: "plain", text: true }]); // true
 * ```
 */
export function canStartAtRow(columns: readonly DuckDbColumn[]): boolean {
  return columns.every((column) => column.name.toLowerCase() !== "file_row_number");
}

/**
 * The pieces each text column needs after the chunks read so far, or `null` when they are as many as
 * before: enough for the longest cell a column read through its pointer because its pieces did not
 * reach that far (`TextColumnReader.longestUncovered`), at most {@link MAX_PIECES}.
 *
 * @example
 * ```ts
 * piecesAfter([reader], [0]); // [1] once the reader met "asiakas-123456" (14 bytes) without pieces
 * ```
 */
export function piecesAfter(texts: ReadonlyArray<TextColumnReader | null>, pieces: readonly number[]): number[] | null {
  let more = false;
  const next = texts.map((text, index) => {
    const now = pieces[index] ?? 0;
    if (text === null || text.longestUncovered <= 4 + 12 * now || now >= MAX_PIECES) return now;
    more = true;
    return Math.min(MAX_PIECES, Math.ceil((text.longestUncovered - 4) / 12));
  });
  return more ? next : null;
}

/** Where the vectors selected beside the columns lie in a chunk (see `selectSql`). */
export interface StreamLayout {
  /** Per column, the vector of its first piece. */
  pieceColumns: number[];
}

/**
 * The {@link StreamLayout} of `selectSql(columns, pieces)`.
 *
 * @example
 * ```ts
 * streamLayout([{ name: "id", kind: "plain", text: true }, { name: "n", kind: "int64" }], [2, 0]);
 * // { pieceColumns: [2, 4] }
 * ```
 */
export function streamLayout(columns: readonly DuckDbColumn[], pieces: readonly number[]): StreamLayout {
  const pieceColumns: number[] = [];
  let next = columns.length;
  for (let c = 0; c < columns.length; next += pieces[c] ?? 0, c++) pieceColumns.push(next);
  return { pieceColumns };
}
