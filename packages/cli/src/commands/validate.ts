/**
 * `virta validate CONCEPT FILE [--json]` (interfaces.md): validates one file against a concept model
 * and prints a summary and the first 20 rejections (F29), or everything as JSON. With `--engine
 * postgres|duckdb --db … --table schema.table` it validates a warehouse table instead (F34: row
 * positions from the physical order or `--row-number`, keys and values masked as for a file). Exits 1 when any row
 * was rejected, 0 when none was, 2 on a usage error (unknown concept, unreadable file, missing column).
 */
import { UsageError } from "@virta/core";
import { CONCEPT_NAMES, createValidator, isConceptName, type Rejection } from "@virta/concepts";
import { VALIDATE_OPTIONS } from "../cli/command-options";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { POSTGRES_URL_VARIABLES } from "../engines/select-engine";
import { openWarehouseInputs, parseColumns, type WarehouseOptions } from "../inputs/warehouse";
import { onlyValidatedIds } from "../inputs/only-validated-ids";
import { openInput } from "../inputs/open-input";
import { withProgress } from "../inputs/progress";

/** How many rejections the text summary shows (F29). */
export const SHOWN_REJECTIONS = 20;

/**
 * One rejection as a line of the text summary: the validator's message already names the file, row,
 * field, reason and what would be right.
 *
 * @example
 * ```ts
 * rejectionLine({
 *   concept: "health_care_visit", row: 3, field: "visit_date", value: "2023-02-29", reason: "invalid_format",
 *   message: "visits.csv row 3, field visit_date: invalid_format: \"2023-02-29\" is not a date (YYYY-MM-DD)",
 * });
 * // "  visits.csv row 3, field visit_date: invalid_format: \"2023-02-29\" is not a date (YYYY-MM-DD)"
 * ```
 */
export function rejectionLine(rejection: Rejection): string {
  return `  ${rejection.message}`;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** `--table [CONCEPT=]schema.table` of `validate`: the table name. */
function warehouseTableName(values: Values): string {
  const table = typeof values.table === "string" ? values.table.replace(/^[a-z_]+=/, "") : "";
  if (table === "")
    throw new UsageError("missing_table", "validate --engine needs --table schema.table (the table to validate)", {
      option: "table",
    });
  return table;
}

/** The warehouse options of `validate --engine duckdb|postgres --db … --table …`. */
function warehouseOptions(concept: string, values: Values): WarehouseOptions {
  const engine = oneOf("engine", typeof values.engine === "string" ? values.engine : "postgres", [
    "postgres",
    "duckdb",
  ] as const);
  const db =
    typeof values.db === "string"
      ? values.db
      : engine === "postgres"
        ? POSTGRES_URL_VARIABLES.map((variable) => process.env[variable]).find((value) => value)
        : undefined;
  if (db === undefined)
    throw new UsageError(
      "missing_connection",
      `validate --engine ${engine} needs --db ` +
        `(${engine === "postgres" ? "postgres://user@host:5432/db" : "FILE.duckdb"})`,
      { option: "db" },
    );
  return {
    engine,
    db,
    tables: { [concept]: warehouseTableName(values) },
    columns: parseColumns((values.column as string[] | undefined) ?? [], [concept]),
    ...(typeof values["row-number"] === "string" ? { rowNumber: values["row-number"] } : {}),
  };
}

/**
 * Runs `virta validate`.
 *
 * @example
 * ```ts
 * await validateCommand(["health_care_visit", "visits.csv"], processIo()); // 1 when a row was rejected
 * ```
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("validate", args, VALIDATE_OPTIONS);
  const warehouse = values.table !== undefined || values.db !== undefined || values.engine !== undefined;
  const [concept, file] = positionals("validate", given, warehouse ? ["CONCEPT"] : ["CONCEPT", "FILE"]) as [
    string,
    string,
  ];
  if (!isConceptName(concept)) {
    throw new UsageError("unknown_concept", `unknown concept "${concept}"; concepts: ${CONCEPT_NAMES.join(", ")}`, {
      value: concept,
      allowed: CONCEPT_NAMES,
    });
  }
  const json = values.json === true;
  const source = warehouse ? warehouseTableName(values) : file;
  const validator = createValidator(concept, {
    source,
    maxRejectedShare: 1,
    keepRejections: json ? Number.POSITIVE_INFINITY : SHOWN_REJECTIONS,
  });
  // Progress on a terminal's stderr for a file and for a warehouse table alike (issue 14).
  const input = warehouse
    ? withProgress((await openWarehouseInputs(warehouseOptions(concept, values)))[concept]!, io, `${concept} ${source}`)
    : (await openInput(concept, file, io, onlyValidatedIds(concept))).table;
  for await (const batch of input.batches()) validator.pushColumns(batch); // only counts and rejections: no row objects
  const summary = validator.finish();
  if (json) {
    io.out(`${JSON.stringify({ concept, file: source, ...summary, rejections: validator.rejections }, null, 2)}\n`);
  } else {
    const lines = [
      `${concept} ${source}: ${summary.rows_read} rows read, ${summary.rows_valid} valid, ${summary.rows_rejected} ` +
        "rejected",
    ];
    for (const warning of summary.warnings) lines.push(`warning: ${warning}`);
    if (summary.rows_rejected > 0) {
      lines.push(
        `rejected by reason: ${Object.entries(summary.rejected_by_reason)
          .map(([reason, count]) => `${reason} ${count}`)
          .join(", ")}`,
      );
      const shown = validator.rejections.slice(0, SHOWN_REJECTIONS);
      lines.push(
        `first ${shown.length} rejection${shown.length === 1 ? "" : "s"}` +
          `${summary.rows_rejected > shown.length ? ` of ${summary.rows_rejected} (--json lists all)` : ""}:`,
      );
      lines.push(...shown.map(rejectionLine));
    }
    io.out(`${lines.join("\n")}\n`);
  }
  return summary.rows_rejected > 0 ? 1 : 0;
}
