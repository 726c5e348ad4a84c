/**
 * Reads published tables back for the disclosure audit (fine-print F35): the CSV files of a
 * publication (interfaces.md columns; the indicator id and table are in the file name
 * `<indicator id>.<table>.csv`) and JSON-stat 2.0 datasets (a `period` and a `measure` dimension; the
 * indicator id in `extension.indicator.id` or in `source`). JSON-stat collections are skipped.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { UsageError } from "@virta/core";

/** One published cell as read: its breakdown key, counts (null when not published) and flag. */
export interface ReadCell {
  key: Record<string, string>;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

/** One published table as read. */
export interface ReadTable {
  file: string;
  indicator: string;
  breakdown: string[];
  cells: ReadCell[];
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const countOf = (text: string | undefined, file: string, row: number): number | null => {
  if (text === undefined || text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new UsageError("invalid_publication", `${file}, row ${row}: "${text}" is not a number`, { file, row });
  }
  return value;
};

/**
 * Parses a published CSV table (the indicator id comes from the file name).
 *
 * @example
 * ```ts
 * const csv = "organizer,numerator,denominator,value,suppressed\n14,,,,true\n";
 * parsePublishedCsv("x.organizer.csv", csv).cells[0].suppressed;
 * // true
 * ```
 */
export function parsePublishedCsv(file: string, text: string): ReadTable {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  const header = parseCsvLine(lines[0] ?? "");
  const at = header.indexOf("numerator");
  if (at < 0 || header.slice(at).join(",") !== "numerator,denominator,value,suppressed") {
    throw new UsageError(
      "invalid_publication",
      `${file}: expected the columns of a published table (breakdowns, then numerator,denominator,value,suppressed)`,
      { file },
    );
  }
  const breakdown = header.slice(0, at);
  const name = basename(file).replace(/\.csv$/i, "");
  const indicator = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
  const cells = lines.slice(1).map((line, index): ReadCell => {
    const cells = parseCsvLine(line);
    const key: Record<string, string> = {};
    breakdown.forEach((dim, d) => {
      const raw = cells[d] ?? "";
      key[dim] = raw.startsWith("'") && /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
    });
    return {
      key,
      numerator: countOf(cells[at], file, index + 1),
      denominator: countOf(cells[at + 1], file, index + 1),
      suppressed: cells[at + 3] === "true",
    };
  });
  return { file, indicator, breakdown, cells };
}

interface JsonStatDataset {
  class?: string;
  id?: string[];
  size?: number[];
  source?: string;
  dimension?: Record<string, { category?: { index?: Record<string, number> | string[] } }>;
  value?: Array<number | null> | Record<string, number | null>;
  status?: Record<string, string> | string[] | string;
  extension?: { indicator?: { id?: string } };
}

/**
 * Parses a published JSON-stat 2.0 dataset; returns null for a collection.
 *
 * @example
 * ```ts
 * parsePublishedJsonStat("x.organizer.json", text)?.breakdown; // ["organizer"]
 * ```
 */
export function parsePublishedJsonStat(file: string, text: string): ReadTable | null {
  let data: JsonStatDataset;
  try {
    data = JSON.parse(text) as JsonStatDataset;
  } catch (error) {
    throw new UsageError("invalid_publication", `${file}: not JSON (${(error as Error).message})`, { file });
  }
  if (data.class === "collection") return null;
  const ids = data.id ?? [];
  const size = data.size ?? [];
  const m = ids.indexOf("measure");
  if (data.class !== "dataset" || m < 0 || !data.dimension) {
    throw new UsageError("invalid_publication", `${file}: expected a JSON-stat 2.0 dataset with a measure dimension`, {
      file,
    });
  }
  const indicator = data.extension?.indicator?.id ?? (data.source ?? "").split(";")[1]?.trim().split(" ")[0] ?? "";
  const codes = ids.map((id) => {
    const index = data.dimension![id]?.category?.index ?? {};
    if (Array.isArray(index)) return index;
    const list: string[] = [];
    for (const [code, position] of Object.entries(index)) list[position] = code;
    return list;
  });
  const valueAt = (i: number): number | null =>
    Array.isArray(data.value) ? (data.value[i] ?? null) : (data.value?.[String(i)] ?? null);
  const statusAt = (i: number): string | undefined =>
    typeof data.status === "string"
      ? data.status
      : Array.isArray(data.status)
        ? data.status[i]
        : data.status?.[String(i)];
  const breakdown = ids.filter((id) => id !== "period" && id !== "measure");
  const measures = codes[m]!;
  const total = size.reduce((product, n) => product * n, 1);
  const cells: ReadCell[] = [];
  const stride = size.slice(m + 1).reduce((product, n) => product * n, 1);
  for (let i = 0; i < total; i++) {
    if (Math.floor(i / stride) % size[m]! !== 0) continue; // visit each cell once, at its first measure
    const key: Record<string, string> = {};
    let rest = i;
    const position = new Array<number>(ids.length);
    for (let d = ids.length - 1; d >= 0; d--) {
      position[d] = rest % size[d]!;
      rest = Math.floor(rest / size[d]!);
    }
    ids.forEach((id, d) => {
      if (id !== "period" && id !== "measure") key[id] = codes[d]![position[d]!]!;
    });
    const at = (measure: string): number => i + measures.indexOf(measure) * stride;
    cells.push({
      key,
      numerator: measures.includes("numerator") ? valueAt(at("numerator")) : null,
      denominator: measures.includes("denominator") ? valueAt(at("denominator")) : null,
      suppressed: statusAt(i) === "..",
    });
  }
  return { file, indicator, breakdown, cells };
}

/**
 * Reads one published file (`.csv` or `.json`).
 *
 * @example
 * ```ts
 * const table = await readPublishedFile("pub/availability.primary_care.within_14_days.organizer.csv");
 * ```
 */
export async function readPublishedFile(file: string): Promise<ReadTable | null> {
  const text = await readFile(file, "utf8");
  if (/\.csv$/i.test(file)) return parsePublishedCsv(file, text);
  if (/\.json$/i.test(file)) return parsePublishedJsonStat(file, text);
  return null;
}
