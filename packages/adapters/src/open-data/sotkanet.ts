/**
 * Client of THL's Sotkanet REST API 1.1 (sources.md, "Sotkanet"): the indicator list and metadata, the
 * regions, and data as JSON (`/json`) or as `;`-separated CSV (`/csv`). `years` and `genders` are
 * repeated query parameters. Data rows keep Sotkanet's numeric region ids; join them with the
 * `/regions` answer through `sotkanet-regions.ts`. Which of `value` and `absValue` a comparison uses is
 * fine-print F33 (counts: `absValue`; shares and rates: `value`), decided in `compare/`.
 *
 * An unknown indicator (HTTP 404, or metadata that is empty) is a `UsageError`
 * `unknown_sotkanet_indicator`, never empty data; an empty data answer `[]` is returned as `[]`.
 */
import { DataError, UsageError, VirtaError } from "@virta/core";
import { joinUrl, parseJsonBody, requestText, type OpenDataRequestOptions } from "./http-request";

/** The public address of Sotkanet REST 1.1. */
export const sotkanetDefaultBaseUrl = "https://sotkanet.fi/rest/1.1";

/** Options of every Sotkanet request. */
export interface SotkanetOptions extends OpenDataRequestOptions {
  /** Default {@link sotkanetDefaultBaseUrl}; tests pass a local server's address. */
  baseUrl?: string;
}

/** A text in Finnish, Swedish and English (any may be missing). */
export interface SotkanetText {
  fi?: string;
  sv?: string;
  en?: string;
}

/** Sotkanet's sex codes. */
export type SotkanetGender = "male" | "female" | "total";

/** One entry of `GET /indicators` (fields beyond `id` and `title` kept as Sotkanet sends them). */
export interface SotkanetIndicatorSummary {
  id: number;
  title: SotkanetText;
  organization?: { id: number; title: SotkanetText };
  classifications?: { sex?: { values: string[] }; region?: { values: string[] } };
  [field: string]: unknown;
}

/** `GET /indicators/{id}`: the summary plus the years, decimals, update date and primary value type. */
export interface SotkanetIndicatorMetadata extends SotkanetIndicatorSummary {
  range?: { start: number; end: number };
  decimals?: number;
  "data-updated"?: string;
  primaryValueType?: unknown;
}

/** One entry of `GET /regions`. */
export interface SotkanetRegion {
  id: number;
  code: string;
  title: SotkanetText;
  category: string;
  uri?: string;
}

/** One data row of `/json` or `/csv`; `value` is the primary value, `absValue` the absolute value. */
export interface SotkanetDataRow {
  indicator: number;
  region: number;
  year: number;
  gender: SotkanetGender;
  value: number | null;
  absValue: number | null;
}

/** A data query: one indicator, one or more years, optionally the sexes (all when omitted). */
export interface SotkanetDataQuery {
  indicator: number;
  years: readonly number[];
  genders?: readonly SotkanetGender[];
}

const genders: readonly SotkanetGender[] = ["male", "female", "total"];

/**
 * `GET /indicators`: every indicator with its title, organisation and classifications.
 *
 * @example
 * ```ts
 * const all = await fetchSotkanetIndicators({ baseUrl: "https://sotkanet.fi/rest/1.1" });
 * all.find((indicator) => indicator.id === 127)?.title.fi;
 * ```
 */
export async function fetchSotkanetIndicators(options: SotkanetOptions = {}): Promise<SotkanetIndicatorSummary[]> {
  const url = sotkanetUrl(options, "/indicators");
  const body = parseJsonBody(await requestText({ url }, options));
  if (!Array.isArray(body)) throw malformed(url, "expected a JSON array of indicators");
  return body.map((entry, index) => checkIndicator(entry, url, `entry ${index + 1}`));
}

/**
 * `GET /indicators/{id}`: one indicator's metadata. An unknown id (HTTP 404, an empty body or an empty
 * object) is a `UsageError` `unknown_sotkanet_indicator`.
 *
 * @example
 * ```ts
 * const population = await fetchSotkanetIndicator(127);
 * population.range; // { start: 1990, end: 2023 }
 * ```
 */
export async function fetchSotkanetIndicator(
  id: number,
  options: SotkanetOptions = {},
): Promise<SotkanetIndicatorMetadata> {
  checkIndicatorId(id);
  const url = sotkanetUrl(options, `/indicators/${id}`);
  const response = await requestOrUnknown(url, id, options);
  if (response.text.trim() === "") throw unknownIndicator(id, url, "an empty answer");
  const body = parseJsonBody(response);
  if (body === null || (typeof body === "object" && Object.keys(body).length === 0)) {
    throw unknownIndicator(id, url, "empty metadata");
  }
  return checkIndicator(body, url, "the answer") as SotkanetIndicatorMetadata;
}

/**
 * `GET /regions`: every region with its Sotkanet id, official code and category (`KUNTA`,
 * `HYVINVOINTIALUE`, `MAAKUNTA`, `MAA`, …). Build the id ↔ code map with `buildSotkanetRegionMap`.
 *
 * @example
 * ```ts
 * const regions = await fetchSotkanetRegions();
 * regions.find((region) => region.id === 972)?.code; // "14"
 * ```
 */
export async function fetchSotkanetRegions(options: SotkanetOptions = {}): Promise<SotkanetRegion[]> {
  const url = sotkanetUrl(options, "/regions");
  const body = parseJsonBody(await requestText({ url }, options));
  if (!Array.isArray(body)) throw malformed(url, "expected a JSON array of regions");
  return body.map((entry, index) => checkRegion(entry, url, index + 1));
}

/**
 * `GET /json?indicator=…&years=…&years=…&genders=…`: data rows. An empty answer `[]` is returned as `[]`
 * (the comparison reports it); HTTP 404 is `unknown_sotkanet_indicator`.
 *
 * @example
 * ```ts
 * const rows = await fetchSotkanetData({ indicator: 127, years: [2022, 2023], genders: ["total"] });
 * rows[0]; // { indicator: 127, region: 658, year: 2023, gender: "total", value: 5603851, absValue: 5603851 }
 * ```
 */
export async function fetchSotkanetData(
  query: SotkanetDataQuery,
  options: SotkanetOptions = {},
): Promise<SotkanetDataRow[]> {
  const url = sotkanetUrl(options, sotkanetDataPath("json", query));
  const body = parseJsonBody(await requestOrUnknown(url, query.indicator, options));
  return parseSotkanetJsonRows(body, url);
}

/**
 * `GET /csv?…`: the same data as `;`-separated CSV, parsed with {@link parseSotkanetCsv}.
 *
 * @example
 * ```ts
 * const rows = await fetchSotkanetCsv({ indicator: 127, years: [2009], genders: ["total"] });
 * ```
 */
export async function fetchSotkanetCsv(
  query: SotkanetDataQuery,
  options: SotkanetOptions = {},
): Promise<SotkanetDataRow[]> {
  const url = sotkanetUrl(options, sotkanetDataPath("csv", query));
  const response = await requestOrUnknown(url, query.indicator, options);
  return parseSotkanetCsv(response.text, url);
}

/**
 * The path and query of a data request; `years` and `genders` repeat (sources.md).
 *
 * @example
 * ```ts
 * sotkanetDataPath("json", { indicator: 127, years: [2022, 2023], genders: ["total"] });
 * // "/json?indicator=127&years=2022&years=2023&genders=total"
 * ```
 */
export function sotkanetDataPath(format: "json" | "csv", query: SotkanetDataQuery): string {
  checkIndicatorId(query.indicator);
  if (query.years.length === 0) {
    throw new UsageError(
      "invalid_years",
      `Sotkanet indicator ${query.indicator}: no year given; pass at least one year such as 2023`,
    );
  }
  const parameters = new URLSearchParams({ indicator: String(query.indicator) });
  for (const year of query.years) {
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      throw new UsageError(
        "invalid_years",
        `Sotkanet year ${JSON.stringify(year)}: expected a four-digit year such as 2023`,
      );
    }
    parameters.append("years", String(year));
  }
  for (const gender of query.genders ?? []) {
    if (!genders.includes(gender)) {
      throw new UsageError(
        "invalid_gender",
        `Sotkanet gender ${JSON.stringify(gender)}: expected male, female or total`,
      );
    }
    parameters.append("genders", gender);
  }
  return `/${format}?${parameters.toString()}`;
}

/**
 * Checks a `/json` answer and returns its rows (`value`/`absValue` missing or `null` → `null`).
 *
 * @example
 * ```ts
 * parseSotkanetJsonRows([{ indicator: 127, region: 658, year: 2023, gender: "total", value: 5603851,
 *   absValue: 5603851 }], "recorded");
 * ```
 */
export function parseSotkanetJsonRows(body: unknown, source: string): SotkanetDataRow[] {
  if (!Array.isArray(body)) throw malformed(source, "expected a JSON array of data rows");
  return body.map((entry: unknown, index) => {
    const where = `row ${index + 1}`;
    if (!isRecord(entry)) throw malformed(source, `${where} is not an object`);
    return {
      indicator: integerField(entry, "indicator", source, where),
      region: integerField(entry, "region", source, where),
      year: integerField(entry, "year", source, where),
      gender: genderField(entry.gender, source, where),
      value: numberOrNull(entry.value, "value", source, where),
      absValue: numberOrNull(entry.absValue, "absValue", source, where),
    };
  });
}

/**
 * Parses Sotkanet's CSV answer: header `indicator;region;year;gender;primary value;absolute value`,
 * columns found by name; an empty cell is `null` (the real 2009 sample of indicator 127 has an empty
 * "absolute value" column). A decimal comma is read as a point.
 *
 * @example
 * ```ts
 * parseSotkanetCsv("indicator;region;year;gender;primary value;absolute value\n127;658;2009;total;5351427;\n",
 *   "sample");
 * // [{ indicator: 127, region: 658, year: 2009, gender: "total", value: 5351427, absValue: null }]
 * ```
 */
export function parseSotkanetCsv(text: string, source: string): SotkanetDataRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split(";").map((name) => unquote(name).toLowerCase());
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0)
      throw malformed(
        source,
        `the CSV header has no column "${name}" (header: ${JSON.stringify(lines[0] ?? "")}); ` +
          `expected indicator;region;year;gender;primary value;absolute value`,
      );
    return index;
  };
  const columns = {
    indicator: column("indicator"),
    region: column("region"),
    year: column("year"),
    gender: column("gender"),
    value: column("primary value"),
    absValue: column("absolute value"),
  };
  const rows: SotkanetDataRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === "") return;
    const cells = line.split(";").map(unquote);
    const where = `line ${index + 2}`;
    const cell = (position: number): string => cells[position] ?? "";
    rows.push({
      indicator: csvInteger(cell(columns.indicator), "indicator", source, where),
      region: csvInteger(cell(columns.region), "region", source, where),
      year: csvInteger(cell(columns.year), "year", source, where),
      gender: genderField(cell(columns.gender), source, where),
      value: csvNumber(cell(columns.value), "primary value", source, where),
      absValue: csvNumber(cell(columns.absValue), "absolute value", source, where),
    });
  });
  return rows;
}

function sotkanetUrl(options: SotkanetOptions, path: string): string {
  return joinUrl(options.baseUrl ?? sotkanetDefaultBaseUrl, path);
}

async function requestOrUnknown(url: string, indicator: number, options: SotkanetOptions) {
  try {
    return await requestText({ url }, options);
  } catch (error) {
    if (error instanceof VirtaError && error.code === "open_data_not_found")
      throw unknownIndicator(indicator, url, "HTTP 404");
    throw error;
  }
}

function unknownIndicator(id: number, url: string, what: string): UsageError {
  return new UsageError(
    "unknown_sotkanet_indicator",
    `Sotkanet indicator ${id} is unknown (${what} from ${url}); list the ids with GET ` +
      `/indicators (e.g. 127 is the population on 31 December)`,
    { indicator: id, url },
  );
}

function checkIndicatorId(id: number): void {
  if (!Number.isInteger(id) || id <= 0) {
    throw new UsageError(
      "unknown_sotkanet_indicator",
      `Sotkanet indicator ${JSON.stringify(id)}: expected a positive integer id such as 127`,
    );
  }
}

function checkIndicator(entry: unknown, url: string, where: string): SotkanetIndicatorSummary {
  if (!isRecord(entry)) throw malformed(url, `${where} is not an object`);
  const id = integerField(entry, "id", url, where);
  const title = isRecord(entry.title) ? (entry.title as SotkanetText) : {};
  return { ...entry, id, title };
}

function checkRegion(entry: unknown, url: string, position: number): SotkanetRegion {
  const where = `region ${position}`;
  if (!isRecord(entry)) throw malformed(url, `${where} is not an object`);
  const id = integerField(entry, "id", url, where);
  const code = typeof entry.code === "number" ? String(entry.code) : entry.code;
  if (typeof code !== "string")
    throw malformed(url, `${where} (id ${id}) has no "code"; expected the official code as a string`);
  if (typeof entry.category !== "string")
    throw malformed(url, `${where} (id ${id}) has no "category"; expected e.g. "KUNTA" or "HYVINVOINTIALUE"`);
  const region: SotkanetRegion = {
    id,
    code,
    title: isRecord(entry.title) ? (entry.title as SotkanetText) : {},
    category: entry.category,
  };
  if (typeof entry.uri === "string") region.uri = entry.uri;
  return region;
}

function integerField(entry: Record<string, unknown>, field: string, source: string, where: string): number {
  const value = entry[field];
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw malformed(source, `${where}: "${field}" is ${JSON.stringify(value)}; expected an integer`);
  }
  return value;
}

function numberOrNull(value: unknown, field: string, source: string, where: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw malformed(source, `${where}: "${field}" is ${JSON.stringify(value)}; expected a number or null`);
  }
  return value;
}

function genderField(value: unknown, source: string, where: string): SotkanetGender {
  const word = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (typeof word !== "string" || !genders.includes(word as SotkanetGender)) {
    throw malformed(source, `${where}: "gender" is ${JSON.stringify(value)}; expected male, female or total`);
  }
  return word as SotkanetGender;
}

function csvInteger(text: string, field: string, source: string, where: string): number {
  if (!/^-?\d+$/.test(text))
    throw malformed(source, `${where}: "${field}" is ${JSON.stringify(text)}; expected an integer`);
  return Number(text);
}

function csvNumber(text: string, field: string, source: string, where: string): number | null {
  if (text === "") return null;
  if (!/^-?\d+([.,]\d+)?$/.test(text))
    throw malformed(source, `${where}: "${field}" is ${JSON.stringify(text)}; expected a number or an empty cell`);
  return Number(text.replace(",", "."));
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"')
    : trimmed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function malformed(source: string, what: string): DataError {
  return new DataError("open_data_malformed", `${source}: ${what}`, { url: source });
}
