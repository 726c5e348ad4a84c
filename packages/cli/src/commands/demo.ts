/**
 * `virta demo` (interfaces.md; issue 10): generates the synthetic two-county data set
 * (`demo/generate.ts`), writes it as CSV into a temporary folder, reads it back through the same file
 * readers `virta compute` uses, computes every availability indicator with the embedded in-memory
 * engine by organizer and age group (`sotkanet` set; census date 31 December for specialised care) and
 * prints one readable table per indicator, suppressed cells as `..`.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDate, dayNumber, type IndicatorResult } from "@virta/core";
import { labelOf } from "@virta/concepts";
import { catalogue, compute, memoryEngine, type TableInput } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";
import { DEMO_COLUMNS, demoCsv, generateDemoData, type DemoData } from "../demo/generate";
import { resultTable } from "../demo/print-table";
import { openInput } from "../inputs/open-input";

/** The demo's year. */
export const DEMO_YEAR = 2024;

function inputLine(result: IndicatorResult): string {
  return Object.entries(result.input)
    .map(([concept, account]) => {
      const excluded = Object.entries(account.excluded_by_reason)
        .map(([reason, count]) => `${reason} ${count}`)
        .join(", ");
      const rejected = Object.entries(account.rejected_by_reason)
        .map(([reason, count]) => `${reason} ${count}`)
        .join(", ");
      return (
        `${concept}: ${account.rows_read} rows read = ${account.rows_rejected} ` +
        `rejected${rejected ? ` (${rejected})` : ""} + ${account.rows_excluded} ` +
        `excluded${excluded ? ` (${excluded})` : ""} + ${account.rows_in_population} in population`
      );
    })
    .join("\n");
}

function organizerLabel(dimension: string, code: string): string {
  if (dimension !== "organizer") return code;
  return `${code} ${labelOf("organizer", code, "fi")}`;
}

/**
 * Runs `virta demo`.
 *
 * @example
 * ```ts
 * await demoCommand([], processIo()); // prints 14 tables, returns 0
 * ```
 */
export async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals: given } = parseCommandArgs("demo", args, {});
  positionals("demo", given, []);
  const started = Date.now();
  const data = generateDemoData({ year: DEMO_YEAR });
  const folder = await mkdtemp(join(tmpdir(), "virta-demo-"));
  try {
    const files: Record<string, string> = {};
    for (const concept of Object.keys(data) as Array<keyof DemoData>) {
      files[concept] = join(folder, `${concept}.csv`);
      await writeFile(files[concept]!, demoCsv(data[concept], DEMO_COLUMNS[concept]), "utf8");
    }
    io.out(
      `virta demo: synthetic data for wellbeing services counties 14 and 17, ${DEMO_YEAR}\n` +
        Object.entries(data)
          .map(([concept, rows]) => `  ${concept}: ${rows.length} rows`)
          .join("\n") +
        "\n\n",
    );
    let count = 0;
    for (const entry of catalogue.list({ area: "availability" })) {
      const definition = entry.definition;
      const period = definition.periods === "census" ? formatDate(dayNumber(DEMO_YEAR, 12, 31)) : String(DEMO_YEAR);
      const tables: Record<string, TableInput> = {};
      for (const concept of definition.concepts)
        tables[concept] = (await openInput(concept, files[concept]!, io)).table;
      const result = await compute(definition, {
        data: tables,
        period,
        by: ["organizer", "age_group"],
        ageGroups: "sotkanet",
        engine: memoryEngine,
        sources: files,
        definitionHash: entry.definition_hash,
      });
      count += 1;
      io.out(`${definition.id} — ${definition.title.en}\n`);
      io.out(
        `period ${result.period.id}${result.as_of ? `, as of ${result.as_of}` : ""} · unit ${result.unit} · age ` +
          `groups ${result.age_groups} · disclosure ${result.disclosure}\n`,
      );
      io.out(`${inputLine(result)}\n\n`);
      io.out(resultTable(result, organizerLabel));
      io.out("\n");
    }
    io.out(
      `${count} indicators computed with the in-memory engine in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `".." = suppressed (fewer than 5 in the cell).\n`,
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return 0;
}
