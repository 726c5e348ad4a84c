/**
 * Reader of Kela's open-data county package (`dat_hva.json`: benefits by wellbeing services county).
 * The file is a plain table: a JSON array of flat objects, one per row, with the columns as Kela gives
 * them. This reader keeps the columns and values as they are (no renaming, no typing beyond JSON) and
 * checks only the table shape, so that a change of Kela's columns shows up in the caller's code, not as
 * silently missing data. The shape is assumed (no real sample was available): see
 * `test-fixtures/kela/README.md` and docs/open-data.md.
 */
import { DataError } from "@virta/core";
import { joinUrl, parseJsonBody, requestText, type OpenDataRequestOptions } from "./http-request";

/** A cell of a plain table. */
export type KelaCell = string | number | boolean | null;

/** The table: its columns in first-seen order and its rows as given. */
export interface KelaTable {
  columns: string[];
  rows: Array<Record<string, KelaCell>>;
}

/** Options of {@link fetchKelaCountyData}. */
export interface KelaOptions extends OpenDataRequestOptions {
  /** The address of the folder that holds the package (required: there is no default). */
  baseUrl: string;
  /** The file in that folder; default `dat_hva.json`. */
  file?: string;
  /** Columns every row must have (each row is checked); default none. */
  requiredColumns?: readonly string[];
}

/** The county data file of Kela's package. */
export const kelaCountyDataFile = "dat_hva.json";

/**
 * Fetches and reads the county data file. HTTP 404 is the `VirtaError` `open_data_not_found`; an empty
 * array is an empty table.
 *
 * @example
 * ```ts
 * const table = await fetchKelaCountyData({ baseUrl: "https://example.org/kela/open-data" });
 * table.columns; // ["tilastovuosi", "hyvinvointialue_koodi", …]
 * ```
 */
export async function fetchKelaCountyData(options: KelaOptions): Promise<KelaTable> {
  const url = joinUrl(options.baseUrl, options.file ?? kelaCountyDataFile);
  const body = parseJsonBody(await requestText({ url }, options));
  return readKelaTable(body, url, options.requiredColumns ?? []);
}

/**
 * Checks that a parsed JSON value is a plain table (array of flat objects) and returns it with its
 * columns; a nested value, or a row without a required column, is a `DataError` naming row and column.
 *
 * @example
 * ```ts
 * readKelaTable([{ tilastovuosi: 2023, hyvinvointialue_koodi: "14", saajat_lkm: 5120 }], "dat_hva.json");
 * // { columns: ["tilastovuosi", "hyvinvointialue_koodi", "saajat_lkm"], rows: [ … ] }
 * ```
 */
export function readKelaTable(body: unknown, source: string, requiredColumns: readonly string[] = []): KelaTable {
  if (!Array.isArray(body))
    throw new DataError("open_data_malformed", `${source}: expected a JSON array of row objects (a plain table)`, {
      url: source,
    });
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows = body.map((entry: unknown, index) => {
    const row = index + 1;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new DataError(
        "open_data_malformed",
        `${source}: row ${row} is ${JSON.stringify(entry)}; expected an object of column → value`,
        { url: source, row },
      );
    }
    const record = entry as Record<string, unknown>;
    for (const [column, value] of Object.entries(record)) {
      if (value !== null && typeof value === "object") {
        throw new DataError(
          "open_data_malformed",
          `${source}: row ${row}, column "${column}" holds a nested value; expected a string, number, boolean or null`,
          { url: source, row, column },
        );
      }
      if (!seen.has(column)) {
        seen.add(column);
        columns.push(column);
      }
    }
    for (const column of requiredColumns) {
      if (!(column in record)) {
        throw new DataError(
          "open_data_malformed",
          `${source}: row ${row} has no column "${column}"; expected the columns ${requiredColumns.join(", ")}`,
          { url: source, row, column },
        );
      }
    }
    return record as Record<string, KelaCell>;
  });
  return { columns, rows };
}
