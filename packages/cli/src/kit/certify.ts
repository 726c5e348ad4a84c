/**
 * Certification (issue 19): reads a kit and an implementation's results folder, compares every case of
 * the claimed indicators (compare.ts) and builds the report — per indicator the cases passed, failed and
 * missing, the first differing cells with both values, and the rules (docs/rules.md anchors) each failing
 * case covers. Certified only when every claimed case passes.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataError, UsageError, type IndicatorResult } from "@virta/core";
import type { KitCase, KitManifest, KitRule } from "./build-kit";
import { compareCase, type CaseAnswer, type Difference } from "./compare";
import { readManifest } from "./run-kit";
import { maskIdentityCodes, sha256Hex } from "./text";

/** How many differences of a failing case the report lists. */
export const FIRST_DIFFERENCES = 10;

/** The verdict on one case. */
export interface CaseVerdict {
  case: string;
  title: string;
  status: "passed" | "failed" | "missing";
  /** The form of the answer: json, csv, jsonstat, exit (an exit status only), or null when missing. */
  answer: "json" | "csv" | "jsonstat" | "exit" | null;
  expected_exit_code: number;
  difference_count: number;
  differences: Difference[];
  rules: KitRule[];
}

/** One indicator of the report. */
export interface IndicatorVerdict {
  id: string;
  version: string;
  definition_hash: string;
  passed: number;
  failed: number;
  missing: number;
  cases: CaseVerdict[];
}

/** The whole certification report (report.json). */
export interface CertificationReport {
  format: "virta-certification-report";
  format_version: 1;
  kit: { edition: number; library: { name: string; version: string }; checksum: string };
  claimed: string[];
  certified: boolean;
  totals: { cases: number; passed: number; failed: number; missing: number };
  indicators: IndicatorVerdict[];
}

/**
 * The indicator ids a `--indicators` value claims: ids and areas, comma-separated; all when absent.
 *
 * @example
 * ```ts
 * claimedIndicators(manifest, "availability"); // every availability id of the kit
 * claimedIndicators(manifest, "no.such"); // throws UsageError (exit 2)
 * ```
 */
export function claimedIndicators(manifest: KitManifest, value: string | undefined): string[] {
  if (value === undefined) return manifest.indicators.map((indicator) => indicator.id);
  const ids = new Set<string>();
  const areas = [...new Set(manifest.indicators.map((indicator) => indicator.area))];
  for (const word of value.split(",").map((part) => part.trim())) {
    const matches = manifest.indicators.filter((indicator) => indicator.id === word || indicator.area === word);
    if (word === "" || matches.length === 0)
      throw new UsageError(
        "invalid_option",
        `--indicators ${JSON.stringify(word)}: not an indicator id or area of the kit; areas: ${areas.join(", ")}`,
        { option: "indicators", value: word },
      );
    for (const match of matches) ids.add(match.id);
  }
  return manifest.indicators.map((indicator) => indicator.id).filter((id) => ids.has(id));
}

/** Checks the kit's files against SHA256SUMS and its checksum (a changed kit certifies nothing). */
async function checkKit(kit: string, manifest: KitManifest): Promise<void> {
  const sums = await readFile(join(kit, "SHA256SUMS"), "utf8").catch(() => "");
  if (`sha256:${sha256Hex(sums)}` !== manifest.checksum)
    throw new DataError(
      "kit_changed",
      `${kit}: SHA256SUMS does not match the manifest's checksum ${manifest.checksum}`,
    );
  for (const line of sums.split("\n").filter(Boolean)) {
    const [hash, path] = [line.slice(0, 64), line.slice(66)];
    const text = await readFile(join(kit, path), "utf8").catch(() => undefined);
    if (text === undefined || sha256Hex(text) !== hash)
      throw new DataError(
        "kit_changed",
        `${join(kit, path)}: ${text === undefined ? "missing" : "changed"}; rewrite the kit with virta kit --out`,
      );
  }
}

async function readAnswer(base: string): Promise<CaseAnswer> {
  const answer: CaseAnswer = {};
  for (const [suffix, format] of [
    [".json", "json"],
    [".csv", "csv"],
    [".jsonstat", "jsonstat"],
    [".jsonstat.json", "jsonstat"],
  ] as const) {
    if (existsSync(base + suffix)) {
      answer.result = { format, text: await readFile(base + suffix, "utf8") };
      break;
    }
  }
  if (existsSync(`${base}.exit`)) answer.exit = await readFile(`${base}.exit`, "utf8");
  if (existsSync(`${base}.error`)) answer.error = await readFile(`${base}.error`, "utf8");
  return answer;
}

/**
 * Certifies a results folder against a kit.
 *
 * @example
 * ```ts
 * const report = await certify({ kit: "kit", results: "results", indicators: "availability" });
 * report.certified; // true when every availability case passed
 * ```
 */
export async function certify(options: {
  kit: string;
  results: string;
  indicators?: string;
}): Promise<CertificationReport> {
  const manifest = await readManifest(options.kit);
  await checkKit(options.kit, manifest);
  if (!existsSync(options.results))
    throw new UsageError("missing_file", `--results ${options.results}: no such folder`, { option: "results" });
  const claimed = claimedIndicators(manifest, options.indicators);
  const indicators: IndicatorVerdict[] = [];
  for (const id of claimed) {
    const meta = manifest.indicators.find((indicator) => indicator.id === id)!;
    const verdict: IndicatorVerdict = {
      id,
      version: meta.version,
      definition_hash: meta.definition_hash,
      passed: 0,
      failed: 0,
      missing: 0,
      cases: [],
    };
    for (const entry of manifest.cases.filter((c) => c.indicator === id)) {
      const folder = join(options.kit, "cases", entry.case);
      const kitCase = JSON.parse(await readFile(join(folder, "case.json"), "utf8")) as KitCase;
      const expected = kitCase.expect.result
        ? (JSON.parse(await readFile(join(folder, kitCase.expect.result), "utf8")) as IndicatorResult)
        : undefined;
      const answer = await readAnswer(join(options.results, entry.case));
      const missing = answer.result === undefined && answer.exit === undefined;
      const differences = missing ? [] : compareCase(kitCase, expected, answer);
      const status = missing ? "missing" : differences.length === 0 ? "passed" : "failed";
      verdict[status]++;
      verdict.cases.push({
        case: entry.case,
        title: maskIdentityCodes(kitCase.title),
        status,
        answer: answer.result?.format ?? (answer.exit !== undefined ? "exit" : null),
        expected_exit_code: kitCase.expect.exit_code,
        difference_count: differences.length,
        differences: differences.slice(0, FIRST_DIFFERENCES).map((difference) => ({
          where: maskIdentityCodes(difference.where),
          expected: maskIdentityCodes(difference.expected),
          got: maskIdentityCodes(difference.got),
        })),
        rules: kitCase.rules,
      });
    }
    indicators.push(verdict);
  }
  const sum = (key: "passed" | "failed" | "missing") => indicators.reduce((n, i) => n + i[key], 0);
  const totals = {
    cases: sum("passed") + sum("failed") + sum("missing"),
    passed: sum("passed"),
    failed: sum("failed"),
    missing: sum("missing"),
  };
  return {
    format: "virta-certification-report",
    format_version: 1,
    kit: { edition: manifest.edition, library: manifest.library, checksum: manifest.checksum },
    claimed,
    certified: totals.cases > 0 && totals.passed === totals.cases,
    totals,
    indicators,
  };
}
