/**
 * Compares one implementation's answer to one kit case (issue 19): exit status, then the result — as the
 * JSON result object (metadata, input accounting, rows, required warnings; numbers by value, F30), as CSV
 * (the text of every cell exactly as F30 prints it) or as JSON-stat (the value and status of every cell,
 * F31). Every difference names where it is and gives both values.
 */
import type { IndicatorResult, InputAccount, ResultRow } from "@virta/core";
import { formatResultCsv } from "@virta/adapters";
import type { KitCase } from "./build-kit";

/** One difference: where, and the expected and the given value as text. */
export interface Difference {
  where: string;
  expected: string;
  got: string;
}

/** What an implementation sent for one case. */
export interface CaseAnswer {
  result?: { format: "json" | "csv" | "jsonstat"; text: string };
  exit?: string;
  error?: string;
}

const show = (value: unknown): string => (value === undefined ? "(absent)" : JSON.stringify(value));

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b; // F30: by value
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

function cellName(row: ResultRow, breakdown: readonly string[]): string {
  return breakdown.length === 0 ? "" : ` (${breakdown.map((name) => `${name}=${String(row[name])}`).join(", ")})`;
}

const META: ReadonlyArray<readonly string[]> = [
  ["indicator", "id"],
  ["indicator", "version"],
  ["indicator", "definition_hash"],
  ["period", "id"],
  ["period", "start"],
  ["period", "end"],
  ["as_of"],
  ["unit"],
  ["decimals"],
  ["breakdown"],
  ["age_groups"],
  ["disclosure"],
];

function pick(object: unknown, path: readonly string[]): unknown {
  let value = object;
  for (const key of path)
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function compareInput(want: Record<string, InputAccount>, got: unknown, out: Difference[]): void {
  const actual = (got ?? {}) as Record<string, Partial<InputAccount> | undefined>;
  for (const concept of new Set([...Object.keys(want), ...Object.keys(actual)])) {
    const w = want[concept];
    const g = actual[concept];
    if (w === undefined || g === undefined) {
      out.push({ where: `input.${concept}`, expected: w ? "present" : "(absent)", got: g ? "present" : "(absent)" });
      continue;
    }
    for (const key of ["rows_read", "rows_rejected", "rows_excluded", "rows_in_population"] as const)
      if (!same(w[key], g[key]))
        out.push({ where: `input.${concept}.${key}`, expected: show(w[key]), got: show(g[key]) });
    for (const map of ["excluded_by_reason", "rejected_by_reason"] as const) {
      const a = (w[map] ?? {}) as Record<string, number>;
      const b = (g[map] ?? {}) as Record<string, number>;
      for (const reason of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
        if (!same(a[reason], b[reason]))
          out.push({ where: `input.${concept}.${map}.${reason}`, expected: show(a[reason]), got: show(b[reason]) });
    }
  }
}

function compareRows(want: IndicatorResult, got: unknown, out: Difference[]): void {
  if (!Array.isArray(got)) {
    out.push({ where: "rows", expected: `${want.rows.length} rows`, got: show(got) });
    return;
  }
  const rows = got as ResultRow[];
  if (rows.length !== want.rows.length)
    out.push({ where: "rows", expected: `${want.rows.length} rows`, got: `${rows.length} rows` });
  for (let i = 0; i < Math.min(rows.length, want.rows.length); i++) {
    const w = want.rows[i]!;
    const g = (rows[i] ?? {}) as ResultRow;
    for (const key of new Set([...Object.keys(w), ...Object.keys(g)]))
      if (!same(w[key], g[key]))
        out.push({
          where: `row ${i + 1}${cellName(w, want.breakdown)} ${key}`,
          expected: show(w[key]),
          got: show(g[key]),
        });
  }
}

function compareJson(want: IndicatorResult, kitCase: KitCase, text: string, out: Difference[]): void {
  let got: Record<string, unknown>;
  try {
    got = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    out.push({ where: "result", expected: "a JSON result object", got: `not JSON (${(error as Error).message})` });
    return;
  }
  for (const path of META) {
    const w = pick(want, path);
    const g = pick(got, path);
    if (!same(w, g)) out.push({ where: path.join("."), expected: show(w), got: show(g) });
  }
  compareInput(want.input, got.input, out);
  compareRows(want, got.rows, out);
  const warnings = Array.isArray(got.warnings) ? (got.warnings as unknown[]).map(String) : [];
  if (!Array.isArray(got.warnings)) out.push({ where: "warnings", expected: "an array", got: show(got.warnings) });
  for (const word of kitCase.expect.warnings_include)
    if (!warnings.some((warning) => warning.includes(word)))
      out.push({ where: "warnings", expected: `a warning containing ${JSON.stringify(word)}`, got: show(warnings) });
}

/** RFC 4180 records of a CSV text (quoted fields may hold commas, quotes and line ends). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\n") record.push(field), records.push(record), (record = []), (field = "");
    else field += c;
  }
  if (field !== "" || record.length > 0) record.push(field), records.push(record);
  return records;
}

function compareCsv(want: IndicatorResult, text: string, out: Difference[]): void {
  if (text.includes("\r")) out.push({ where: "line ends", expected: "LF (F30)", got: "CR LF" });
  const expected = csvRecords(formatResultCsv(want));
  const got = csvRecords(text.replaceAll("\r\n", "\n"));
  if (!same(expected[0], got[0])) out.push({ where: "header", expected: show(expected[0]), got: show(got[0]) });
  if (expected.length !== got.length)
    out.push({ where: "rows", expected: `${expected.length - 1} rows`, got: `${Math.max(got.length - 1, 0)} rows` });
  const header = expected[0]!;
  for (let i = 1; i < Math.min(expected.length, got.length); i++) {
    const cell = cellName(want.rows[i - 1]!, want.breakdown);
    for (let j = 0; j < Math.max(header.length, got[i]!.length); j++)
      if (expected[i]![j] !== got[i]![j])
        out.push({
          where: `row ${i}${cell} ${header[j] ?? `column ${j + 1}`}`,
          expected: show(expected[i]![j]),
          got: show(got[i]![j]),
        });
  }
}

interface JsonStatDataset {
  id?: string[];
  size?: number[];
  dimension?: Record<string, { category?: { index?: Record<string, number> | string[] } }>;
  value?: Array<number | null> | Record<string, number | null>;
  status?: string | Array<string | null> | Record<string, string>;
}

/**
 * The cells of a JSON-stat dataset by breakdown key (codes joined by " × "). A dimension that is not a
 * breakdown dimension and has one category (a dataset label dimension) does not split cells.
 */
function jsonStatCells(
  dataset: JsonStatDataset,
  breakdown: readonly string[],
): { dimensions: string[]; cells: Map<string, { value: number | null; status: string | null }> } {
  const ids = dataset.id ?? [];
  const codes = ids.map((id) => {
    const index = dataset.dimension?.[id]?.category?.index ?? [];
    return Array.isArray(index)
      ? index
      : Object.entries(index)
          .sort((a, b) => a[1] - b[1])
          .map(([code]) => code);
  });
  const keep = ids.map((id, d) => breakdown.includes(id) || codes[d]!.length !== 1);
  const total = codes.reduce((n, list) => n * list.length, 1);
  const cells = new Map<string, { value: number | null; status: string | null }>();
  for (let flat = 0; flat < total; flat++) {
    let rest = flat;
    const key: string[] = [];
    for (let d = codes.length - 1; d >= 0; d--) {
      if (keep[d]) key.unshift(codes[d]![rest % codes[d]!.length]!);
      rest = Math.floor(rest / codes[d]!.length);
    }
    const value = (Array.isArray(dataset.value) ? dataset.value[flat] : dataset.value?.[String(flat)]) ?? null;
    const status =
      typeof dataset.status === "string"
        ? dataset.status
        : ((Array.isArray(dataset.status) ? dataset.status[flat] : dataset.status?.[String(flat)]) ?? null);
    if (value === null && status === "-") continue; // an absent combination (F31)
    cells.set(key.join(" × "), { value, status });
  }
  return { dimensions: ids.filter((_, d) => keep[d]), cells };
}

function compareJsonStat(want: IndicatorResult, text: string, out: Difference[]): void {
  let dataset: JsonStatDataset;
  try {
    dataset = JSON.parse(text) as JsonStatDataset;
  } catch (error) {
    out.push({ where: "result", expected: "a JSON-stat dataset", got: `not JSON (${(error as Error).message})` });
    return;
  }
  const { dimensions, cells } = jsonStatCells(dataset, want.breakdown);
  if (!same(dimensions, want.breakdown))
    out.push({ where: "id", expected: show(want.breakdown), got: show(dataset.id) });
  const seen = new Set<string>();
  for (const row of want.rows) {
    const key = want.breakdown.map((name) => String(row[name])).join(" × ");
    seen.add(key);
    const cell = cells.get(key);
    const where = `cell${cellName(row, want.breakdown) || " (no breakdown)"}`;
    const expected = row.suppressed ? 'null, status ".."' : show(row.value);
    if (cell === undefined) out.push({ where, expected, got: "(absent)" });
    else if (
      row.suppressed
        ? !(cell.value === null && cell.status === "..")
        : !same(row.value, cell.value) || cell.status === ".."
    )
      out.push({
        where,
        expected,
        got: cell.status ? `${show(cell.value)}, status ${show(cell.status)}` : show(cell.value),
      });
  }
  for (const [key, cell] of cells)
    if (!seen.has(key)) out.push({ where: `cell (${key})`, expected: "(absent)", got: show(cell.value) });
}

/**
 * Every difference between a case's expected outcome and an implementation's answer (empty: passed).
 *
 * @example
 * ```ts
 * compareCase(kitCase, expected, { result: { format: "json", text } });
 * // [] when passed, else e.g. [{ where: "row 1 (organizer=14) value", expected: "6.3", got: "6.2" }]
 * ```
 */
export function compareCase(kitCase: KitCase, expected: IndicatorResult | undefined, answer: CaseAnswer): Difference[] {
  const out: Difference[] = [];
  const exitText = answer.exit?.trim() ?? (answer.result ? "0" : "");
  const exit = /^\d+$/.test(exitText) ? Number(exitText) : Number.NaN;
  if (exit !== kitCase.expect.exit_code) {
    out.push({
      where: "exit status",
      expected: String(kitCase.expect.exit_code),
      got: exitText === "" ? "(absent)" : exitText,
    });
    return out;
  }
  if (kitCase.expect.exit_code !== 0) {
    const error = answer.error?.trim();
    if (error !== undefined && error !== kitCase.expect.error)
      out.push({ where: "error code", expected: String(kitCase.expect.error), got: error });
    return out;
  }
  if (!answer.result || !expected) {
    out.push({ where: "result", expected: "a result file (.json, .csv or .jsonstat)", got: "(absent)" });
    return out;
  }
  if (answer.result.format === "json") compareJson(expected, kitCase, answer.result.text, out);
  else if (answer.result.format === "csv") compareCsv(expected, answer.result.text, out);
  else compareJsonStat(expected, answer.result.text, out);
  return out;
}
