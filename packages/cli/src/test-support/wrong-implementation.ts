/**
 * Test support for self-certification (issue 19): a deliberately wrong implementation of the kit, built
 * like a vendor would build one on the library — read each case's CSV files, compute, write the result —
 * with one of two classic mistakes: rounding half to even instead of half away from zero (F21), or
 * counting the opening day in working-day deadlines (law 150/1930 2 §: the Nth working day after the
 * opening day becomes the (N−1)th). `virta certify` must fail it on exactly the cases that show it.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { VirtaError, type Definition, type IndicatorResult } from "@virta/core";
import { catalogue, compute, memoryEngine } from "@virta/indicators";
import type { KitCase } from "../kit/build-kit";
import { csvRecords } from "../kit/compare";
import { readManifest } from "../kit/run-kit";

/** The mistakes the wrong implementation can make. */
export type Mistake = "round_half_even" | "count_opening_day";

/** Replaces every `working_day_deadline(date, n)` of a definition with n − 1 (the opening day counted). */
function countOpeningDay(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(countOpeningDay);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).map(([key, item]) => [key, countOpeningDay(item)] as const);
  const copy = Object.fromEntries(entries) as Record<string, unknown>;
  if (copy.op === "working_day_deadline" && typeof copy.days === "number") copy.days = copy.days - 1;
  return copy;
}

function decimal(value: number): { digits: bigint; exponent: number } {
  const [whole, fraction = ""] = String(value).split(".");
  return { digits: BigInt(`${whole}${fraction}`), exponent: fraction.length };
}

/** scale·n/d rounded to `decimals` with ties to even (the mistake). */
function halfEven(n: number, d: number, scale: number, decimals: number): number {
  const a = decimal(n);
  const b = decimal(d);
  let q = 10n ** BigInt(decimals) * BigInt(scale) * a.digits * 10n ** BigInt(b.exponent);
  let r = b.digits * 10n ** BigInt(a.exponent);
  const negative = q < 0n !== r < 0n;
  q = q < 0n ? -q : q;
  r = r < 0n ? -r : r;
  let whole = q / r;
  const twice = 2n * (q % r);
  if (twice > r || (twice === r && whole % 2n === 1n)) whole += 1n;
  const result = Number(whole) / 10 ** decimals;
  return negative && result !== 0 ? -result : result;
}

function roundHalfEven(result: IndicatorResult, definition: Definition): IndicatorResult {
  if (!["proportion", "rate", "index"].includes(definition.kind)) return result;
  const rows = result.rows.map((row) =>
    typeof row.numerator === "number" && typeof row.denominator === "number" && row.denominator !== 0
      ? { ...row, value: halfEven(row.numerator, row.denominator, definition.scale, definition.decimals) }
      : row,
  );
  return { ...result, rows };
}

function rowsOf(csv: string): Array<Record<string, string>> {
  const [header = [], ...records] = csvRecords(csv);
  return records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i] ?? ""])));
}

/**
 * Computes every case of a kit with one mistake and writes a results folder.
 *
 * @example
 * ```ts
 * await runWrongImplementation("kit", "wrong", "round_half_even");
 * (await certify({ kit: "kit", results: "wrong" })).certified; // false
 * ```
 */
export async function runWrongImplementation(kit: string, out: string, mistake: Mistake): Promise<void> {
  const manifest = await readManifest(kit);
  for (const entry of manifest.cases) {
    const folder = join(kit, "cases", entry.case);
    const kitCase = JSON.parse(await readFile(join(folder, "case.json"), "utf8")) as KitCase;
    const request = kitCase.request;
    const catalogued = catalogue.entry(request.indicator);
    const definition =
      mistake === "count_opening_day" ? (countOpeningDay(catalogued.definition) as Definition) : catalogued.definition;
    const data: Record<string, Array<Record<string, string>>> = {};
    for (const [concept, file] of Object.entries(request.data))
      data[concept] = rowsOf(await readFile(join(folder, file), "utf8"));
    const base = join(out, entry.case);
    await mkdir(dirname(base), { recursive: true });
    try {
      const result = await compute(definition, {
        data,
        period: request.period,
        by: request.by,
        ...(request.age_groups !== null ? { ageGroups: request.age_groups } : {}),
        asOf: request.as_of,
        suppress: request.suppress,
        maxRejectedShare: request.max_rejected_share,
        strict: request.strict,
        engine: memoryEngine,
        definitionHash: catalogued.definition_hash,
      });
      const written = mistake === "round_half_even" ? roundHalfEven(result, definition) : result;
      await writeFile(`${base}.json`, JSON.stringify(written));
    } catch (error) {
      if (!(error instanceof VirtaError)) throw error;
      await writeFile(`${base}.exit`, String(error.exitCode));
    }
  }
}
