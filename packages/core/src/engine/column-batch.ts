/**
 * The column batch: the one shape in which a table passes between packages (issue 14). A reader
 * emits raw batches (cells as read: strings from CSV, JSON values, day numbers from Parquet DATE
 * columns), the concept validator checks them, and engines take the valid rows. Each batch carries
 * the 1-based record numbers of its rows in the source (F9: records, not lines, header not counted)
 * and the source's name, so a rejection anywhere names the file and the record.
 */

/**
 * How the cells of a column are given: `raw` cells as read (a string, JSON number or boolean, bigint,
 * `Date`, `null` or `undefined` for absent, F1), or `day` numbers (days since 1970-01-01 in an
 * `Int32Array`, `NULL_DAY` for absent), as a Parquet DATE column holds them. A `day` column may also
 * be a plain array whose cells are day numbers, `null`, or the text of a day that is not a date
 * (outside years 0000–9999, such as "infinity"), which the validator reads as text (F4).
 */
export type ColumnKind = "raw" | "day";

/**
 * The dictionary codes of a `raw` text column (issue 14), as a Parquet reader knows them: a consumer
 * can check each distinct text once instead of once per cell.
 */
export interface ColumnDictionary {
  /** Per row, the index of its cell's text in `values`, or −1 where the cell is absent. */
  readonly codes: Int32Array;
  /**
   * The texts. Within one `batches()` stream the batches share this array, which only grows, so a
   * code means the same text in every batch (one text may have more than one code).
   */
  readonly values: readonly string[];
}

/** A batch of rows as columns (see the module comment). */
export interface ColumnBatch {
  /** How messages name the source (a file label, a concept name). */
  readonly source: string;
  /** The column names, in the source's order (a CSV header, the union of JSON keys, a Parquet schema). */
  readonly names: readonly string[];
  /** One column per name, each with at least `length` cells (a cell past the end is absent, F1). */
  readonly columns: ReadonlyArray<ArrayLike<unknown>>;
  /** The kind of each column (default: every column `raw`). */
  readonly kinds?: readonly ColumnKind[];
  /**
   * Dictionary codes of some `raw` text columns (undefined or null for the others): the cells stay
   * in `columns`, each the text its code names, so a consumer may ignore this. A reader may make
   * such a column's cells only when it is first read (`withCodedCells`): a consumer that takes the
   * codes should read the column only where it needs a cell.
   */
  readonly dictionaries?: ReadonlyArray<ColumnDictionary | null | undefined>;
  /**
   * The text a `day` column's cell was given as, where that is not the text of its day number (a
   * date-time, F4, read as the day number of its date in Finland): `undefined` for every other cell.
   * A rejection names a cell as given (F6); a reader that gives date-times as text leaves this out.
   */
  readonly cellText?: (column: number, row: number) => string | undefined;
  /** The number of rows. */
  readonly length: number;
  /** The 1-based record number of each row in the source (F9). */
  readonly records: ArrayLike<number>;
  /**
   * How many records the whole source holds, when its reader can tell before the end (a Parquet
   * file's metadata; for a CSV file, an estimate from its size and the bytes of its first records):
   * only a hint for sizing memory up front (the validator's uniqueness keys), never a count anything
   * relies on.
   */
  readonly sourceRows?: number;
}

/** Anything that streams column batches, such as a file opened by `readTable` of `@virta/adapters`. */
export interface ColumnBatchSource {
  /** The batches in record order; every call starts again from the first record. */
  batches(): AsyncIterable<ColumnBatch> | Iterable<ColumnBatch>;
}

/**
 * Whether a value streams column batches (has a `batches()` method).
 *
 * @example
 * ```ts
 * isColumnBatchSource({ batches: () => [] }); // true
 * isColumnBatchSource([{ visit_id: "v1" }]); // false
 * ```
 */
export function isColumnBatchSource(value: unknown): value is ColumnBatchSource {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as ColumnBatchSource).batches === "function"
  );
}

/**
 * A column batch from row objects, with the union of their keys as names in first-seen order. Rows
 * are numbered from `firstRecord` on (default 1).
 *
 * @example
 * ```ts
 * const batch = columnBatchOfRows([{ id: "1" }, { id: "2", note: "x" }], "visits");
 * // { source: "visits", names: ["id", "note"], columns: [["1", "2"], [undefined, "x"]], length: 2, records: [1, 2] }
 * ```
 */
export function columnBatchOfRows(
  rows: ReadonlyArray<Record<string, unknown>>,
  source: string,
  firstRecord = 1,
): ColumnBatch {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const columns: unknown[][] = [];
  const length = rows.length;
  for (let row = 0; row < length; row++) {
    const object = rows[row]!;
    for (const name in object) {
      let column = indexOf.get(name);
      if (column === undefined) {
        column = names.length;
        indexOf.set(name, column);
        names.push(name);
        columns.push(new Array<unknown>(length));
      }
      columns[column]![row] = object[name];
    }
  }
  const records = new Array<number>(length);
  for (let row = 0; row < length; row++) records[row] = firstRecord + row;
  return { source, names, columns, length, records };
}

/**
 * The rows of a column batch as objects (a convenience for tests and small tables; a `day` column's
 * cells stay day numbers, an absent one `undefined`).
 *
 * @example
 * ```ts
 * rowsOfColumnBatch({ source: "t", names: ["id"], columns: [["1"]], length: 1, records: [1] }); // [{ id: "1" }]
 * ```
 */
export function rowsOfColumnBatch(batch: ColumnBatch): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let row = 0; row < batch.length; row++) {
    const object: Record<string, unknown> = {};
    batch.names.forEach((name, column) => {
      const cell = batch.columns[column]![row];
      object[name] = batch.kinds?.[column] === "day" && cell === -2147483648 ? undefined : cell;
    });
    rows.push(object);
  }
  return rows;
}

/**
 * The cells of a dictionary-coded column: `dictionary.values[code]`, or `absent` where the code is −1.
 *
 * @example
 * ```ts
 * cellsOfCodes({ codes: Int32Array.of(1, -1, 0), values: ["a", "b"] }, null); // ["b", null, "a"]
 * ```
 */
export function cellsOfCodes(dictionary: ColumnDictionary, absent: null | undefined): unknown[] {
  const { codes, values } = dictionary;
  const cells = new Array<unknown>(codes.length);
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row]!;
    cells[row] = code < 0 ? absent : values[code];
  }
  return cells;
}

/**
 * A batch's columns where each column left `undefined` in `columns` and coded in `dictionaries` is
 * made from its codes when first read (`cellsOfCodes`), and kept from then on (issue 14). A
 * consumer that takes the codes (the validator's code pass) never pays for the cells: 14 M of them
 * for the seven code columns of 2 M visits. Any other reads an ordinary array of columns; it is a
 * proxy (not for `structuredClone`) only when some column is coded.
 *
 * @example
 * ```ts
 * const sex = { codes: Int32Array.of(0, -1), values: ["female"] };
 * const columns = withCodedCells([["v1", "v2"], undefined], [null, sex], null);
 * columns[1]; // ["female", null]
 * ```
 */
export function withCodedCells(
  columns: Array<ArrayLike<unknown> | undefined>,
  dictionaries: ReadonlyArray<ColumnDictionary | null | undefined>,
  absent: null | undefined,
): ReadonlyArray<ArrayLike<unknown>> {
  const lazy = dictionaries.some((dictionary, index) => dictionary && columns[index] === undefined);
  if (!lazy) return columns as Array<ArrayLike<unknown>>;
  return new Proxy(columns, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (value !== undefined || typeof key !== "string") return value;
      const index = Number(key);
      const dictionary = dictionaries[index];
      if (!dictionary || index >= target.length) return value;
      return (target[index] = cellsOfCodes(dictionary, absent));
    },
  }) as Array<ArrayLike<unknown>>;
}
