/**
 * A chunk of the Parquet reader's DuckDB stream (`parquet-duckdb.ts`) cut into column batches (issue
 * 14): plain columns as read, each code column (`duckdb-code-columns.ts`) as its codes, its cells
 * made from them only when read (`withCodedCells` of `@virta/core`): the validator takes the codes.
 */
import { type ColumnBatch, type ColumnDictionary, type ColumnKind, withCodedCells } from "@virta/core";

/**
 * Rows `[start, end)` of a chunk of `rowCount` rows (`cells` per column, each coded column's codes
 * in `dictionaries`) as a batch whose records follow `before` earlier rows, of a file of `sourceRows`
 * rows when known; a coded column's cells (`null` absent) are made only when read (`withCodedCells`).
 *
 * @example
 * ```ts
 * const sex = { codes: Int32Array.of(0, -1, 0), values: ["female"] };
 * const cells = [["a", "b", "c"], undefined];
 * const batch = batchOf("v.parquet", ["id", "sex"], ["raw", "raw"], cells, [null, sex], [1, 3, 3], 0);
 * batch.columns[1]; // [null, "female"]; batch.records: [2, 3]
 * ```
 */
export function batchOf(
  source: string,
  names: readonly string[],
  kinds: readonly ColumnKind[],
  cells: ReadonlyArray<ArrayLike<unknown> | undefined>,
  dictionaries: ReadonlyArray<ColumnDictionary | null>,
  [start, end, rowCount]: readonly [number, number, number],
  before: number,
  sourceRows: number | null = null,
): ColumnBatch {
  const length = end - start;
  const whole = start === 0 && end === rowCount;
  const columns: Array<ArrayLike<unknown> | undefined> = [];
  const coded: Array<ColumnDictionary | null> = [];
  for (let c = 0; c < cells.length; c++) {
    const dictionary = dictionaries[c] ?? null;
    const column = cells[c] as Int32Array | unknown[] | undefined;
    columns.push(whole || column === undefined ? column : column.slice(start, end));
    coded.push(
      dictionary === null || whole ? dictionary : { ...dictionary, codes: dictionary.codes.slice(start, end) },
    );
  }
  const records = new Array<number>(length);
  for (let r = 0; r < length; r++) records[r] = before + start + r + 1;
  const batch = { source, names, columns: withCodedCells(columns, coded, null), kinds, dictionaries: coded, length };
  return sourceRows === null ? { ...batch, records } : { ...batch, records, sourceRows };
}
