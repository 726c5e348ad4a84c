/**
 * Client of Statistics Finland's PxWeb API v1 for StatFin (sources.md, "Statistics Finland PxWeb API"):
 * `GET {base}/{lang}/StatFin/{subject}/{table}.px` returns the table's variables and values, `POST` the
 * same address with a query returns JSON-stat 2.0 (`json-stat2`). Variable codes are read from the
 * metadata, never hard-coded. An unknown table (HTTP 404) is a `UsageError` `unknown_pxweb_table`.
 */
import { DataError, UsageError, VirtaError } from "@virta/core";
import { joinUrl, parseJsonBody, requestText, type OpenDataRequestOptions } from "./http-request";

/** The public address of the PxWeb API (the language and database follow). */
export const pxWebDefaultBaseUrl = "https://pxdata.stat.fi/PxWeb/api/v1";

/** Languages of the PxWeb API. */
export type PxWebLanguage = "fi" | "sv" | "en";

/** Options of every PxWeb request. */
export interface PxWebOptions extends OpenDataRequestOptions {
  /** Default {@link pxWebDefaultBaseUrl}; tests pass a local server's address. */
  baseUrl?: string;
  /** Default `fi`. */
  lang?: PxWebLanguage;
}

/** One variable of a table: its code, its value codes and their texts. */
export interface PxWebVariable {
  code: string;
  text: string;
  values: string[];
  valueTexts: string[];
  elimination?: boolean;
  time?: boolean;
}

/** The metadata of a table (`GET` answer). */
export interface PxWebMetadata {
  title: string;
  variables: PxWebVariable[];
}

/** One selection of a PxWeb query. */
export interface PxWebSelection {
  code: string;
  selection: { filter: "item" | "all" | "top" | "agg" | "vs"; values: string[] };
}

/** A PxWeb query (`POST` body). */
export interface PxWebQuery {
  query: PxWebSelection[];
  response: { format: "json-stat2" };
}

/** One dimension of a JSON-stat 2.0 dataset. */
export interface JsonStatDimension {
  label?: string;
  category: { index?: Record<string, number> | string[]; label?: Record<string, string> };
}

/** A JSON-stat 2.0 dataset, as PxWeb's `json-stat2` answers. */
export interface JsonStatDataset {
  version?: string;
  class?: string;
  label?: string;
  id: string[];
  size: number[];
  dimension: Record<string, JsonStatDimension>;
  /** Row-major values (dense array) or a sparse object keyed by position. */
  value: Array<number | null> | Record<string, number | null>;
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  status?: unknown;
  [field: string]: unknown;
}

const languages: readonly PxWebLanguage[] = ["fi", "sv", "en"];

/**
 * The address of a StatFin table: `{baseUrl}/{lang}/StatFin/{table}`, `table` being `subject/file.px`.
 *
 * @example
 * ```ts
 * pxWebTableUrl("vaerak/statfin_vaerak_pxt_11re.px", { lang: "en" });
 * // "https://pxdata.stat.fi/PxWeb/api/v1/en/StatFin/vaerak/statfin_vaerak_pxt_11re.px"
 * ```
 */
export function pxWebTableUrl(table: string, options: PxWebOptions = {}): string {
  const lang = options.lang ?? "fi";
  if (!languages.includes(lang)) {
    throw new UsageError("invalid_lang", `PxWeb language ${JSON.stringify(lang)}: expected fi, sv or en`);
  }
  const segments = table.split("/").filter((segment) => segment !== "");
  if (segments.length === 0 || !segments[segments.length - 1]!.endsWith(".px")) {
    throw new UsageError(
      "unknown_pxweb_table",
      `PxWeb table ${JSON.stringify(table)}: expected subject/table.px such as vaerak/statfin_vaerak_pxt_11re.px`,
    );
  }
  return joinUrl(
    options.baseUrl ?? pxWebDefaultBaseUrl,
    `${lang}/StatFin/${segments.map(encodeURIComponent).join("/")}`,
  );
}

/**
 * `GET` a table's metadata: its variables, their value codes and texts.
 *
 * @example
 * ```ts
 * const metadata = await fetchPxWebMetadata("vaerak/statfin_vaerak_pxt_11re.px");
 * metadata.variables.map((variable) => variable.code); // ["Alue", "Vuosi", "Sukupuoli", "Ikä", "Tiedot"]
 * ```
 */
export async function fetchPxWebMetadata(table: string, options: PxWebOptions = {}): Promise<PxWebMetadata> {
  const url = pxWebTableUrl(table, options);
  const body = parseJsonBody(await requestOrUnknownTable(url, table, undefined, options));
  return checkMetadata(body, url);
}

/**
 * `POST` a query to a table and return the JSON-stat 2.0 dataset (the query's `response.format` must be
 * `json-stat2`).
 *
 * @example
 * ```ts
 * const dataset = await queryPxWeb("vaerak/statfin_vaerak_pxt_11re.px", {
 *   query: [{ code: "Alue", selection: { filter: "item", values: ["KU091"] } }],
 *   response: { format: "json-stat2" },
 * });
 * dataset.id; // ["Vuosi", "Alue", "Sukupuoli", "Ikä", "Tiedot"]
 * ```
 */
export async function queryPxWeb(
  table: string,
  query: PxWebQuery,
  options: PxWebOptions = {},
): Promise<JsonStatDataset> {
  const url = pxWebTableUrl(table, options);
  const body = parseJsonBody(await requestOrUnknownTable(url, table, query, options));
  return checkJsonStatDataset(body, url);
}

/**
 * Checks that a value is a JSON-stat 2.0 dataset whose `size` matches its dimensions and values.
 *
 * @example
 * ```ts
 * checkJsonStatDataset({ class: "dataset", id: ["a"], size: [1], dimension: { a: { category: { index: ["x"] } } },
 *   value: [3] }, "inline");
 * ```
 */
export function checkJsonStatDataset(body: unknown, source: string): JsonStatDataset {
  if (!isRecord(body)) throw malformed(source, "expected a JSON-stat 2.0 dataset object");
  if (body.class !== undefined && body.class !== "dataset")
    throw malformed(
      source,
      `"class" is ${JSON.stringify(body.class)}; expected "dataset" (ask for response format json-stat2)`,
    );
  const { id, size, dimension, value } = body;
  if (!Array.isArray(id) || !id.every((entry) => typeof entry === "string"))
    throw malformed(source, `"id" must be an array of dimension codes`);
  if (
    !Array.isArray(size) ||
    size.length !== id.length ||
    !size.every((entry) => Number.isInteger(entry) && entry >= 0)
  ) {
    throw malformed(source, `"size" must be one non-negative integer per dimension of "id"`);
  }
  if (!isRecord(dimension)) throw malformed(source, `"dimension" must be an object`);
  id.forEach((code, position) => {
    const entry = dimension[code];
    if (!isRecord(entry) || !isRecord(entry.category)) throw malformed(source, `dimension "${code}" has no "category"`);
    const count = jsonStatCategoryCodes(entry as unknown as JsonStatDimension).length;
    if (count !== size[position])
      throw malformed(source, `dimension "${code}" has ${count} categories but "size" says ${String(size[position])}`);
  });
  if (!Array.isArray(value) && !isRecord(value)) throw malformed(source, `"value" must be an array or an object`);
  const cells = (size as number[]).reduce((product, entry) => product * entry, 1);
  if (Array.isArray(value) && value.length !== cells)
    throw malformed(source, `"value" has ${value.length} entries; the sizes give ${cells}`);
  return body as JsonStatDataset;
}

/**
 * A dimension's category codes in index order (JSON-stat allows an array, an object of positions, or
 * only labels for a single category).
 *
 * @example
 * ```ts
 * jsonStatCategoryCodes({ category: { index: { "2": 1, "1": 0 } } }); // ["1", "2"]
 * ```
 */
export function jsonStatCategoryCodes(dimension: JsonStatDimension): string[] {
  const { index, label } = dimension.category;
  if (Array.isArray(index)) return [...index];
  if (index)
    return Object.entries(index)
      .sort((a, b) => a[1] - b[1])
      .map(([code]) => code);
  return Object.keys(label ?? {});
}

async function requestOrUnknownTable(url: string, table: string, query: PxWebQuery | undefined, options: PxWebOptions) {
  try {
    return await requestText(query ? { url, method: "POST", jsonBody: query } : { url }, options);
  } catch (error) {
    if (error instanceof VirtaError && error.code === "open_data_not_found") {
      throw new UsageError(
        "unknown_pxweb_table",
        `PxWeb table ${JSON.stringify(table)} is unknown (HTTP 404 from ${url}); check the subject ` +
          `and table id, e.g. vaerak/statfin_vaerak_pxt_11re.px`,
        { table, url },
      );
    }
    throw error;
  }
}

function checkMetadata(body: unknown, url: string): PxWebMetadata {
  if (!isRecord(body) || !Array.isArray(body.variables))
    throw malformed(url, `expected table metadata with a "variables" array`);
  const variables = body.variables.map((entry: unknown, index): PxWebVariable => {
    if (
      !isRecord(entry) ||
      typeof entry.code !== "string" ||
      !Array.isArray(entry.values) ||
      !entry.values.every((value) => typeof value === "string")
    ) {
      throw malformed(url, `variable ${index + 1} needs a "code" and a "values" array of strings`);
    }
    const variable: PxWebVariable = {
      code: entry.code,
      text: typeof entry.text === "string" ? entry.text : entry.code,
      values: entry.values as string[],
      valueTexts: Array.isArray(entry.valueTexts) ? (entry.valueTexts as string[]) : (entry.values as string[]),
    };
    if (typeof entry.elimination === "boolean") variable.elimination = entry.elimination;
    if (typeof entry.time === "boolean") variable.time = entry.time;
    return variable;
  });
  if (variables.length === 0) throw malformed(url, "the table metadata lists no variables");
  return { title: typeof body.title === "string" ? body.title : "", variables };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(source: string, what: string): DataError {
  return new DataError("open_data_malformed", `${source}: ${what}`, { url: source });
}
