/**
 * `virta sql ID --period PERIOD [--by …] [--dialect duckdb|postgres|snowflake] [--table CONCEPT=TABLE]`
 * (issue 6 via `sqlFor` of `@virta/adapters`): prints the SQL a region runs in its own warehouse to get
 * the same cells as `virta compute` — the result query and the input-accounting query, with their bind
 * parameters listed in order. Options are checked exactly as for `compute` (F26–F28, exit 2).
 */
import { UsageError, planComputation, type SqlQuery } from "@virta/core";
import { sqlFor } from "@virta/adapters";
import { catalogue } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { parseBy } from "./compute";
import { parseTables } from "../inputs/warehouse";

export { parseTables };

/** The dialects `sqlFor` writes. */
export const DIALECTS = ["duckdb", "postgres", "snowflake"] as const;

/** A bind value as an SQL-ish literal for the comment list. */
function literal(value: unknown): string {
  return typeof value === "string" ? `'${value.replaceAll("'", "''")}'` : String(value);
}

function querySection(title: string, query: SqlQuery): string {
  const parameters = query.parameters.map((value, index) => `--   ${index + 1}: ${literal(value)}`);
  return [
    `-- ${title}`,
    ...(parameters.length > 0 ? ["-- bind parameters, in order:", ...parameters] : []),
    `${query.text};`,
    "",
  ].join("\n");
}

/**
 * Runs `virta sql`.
 *
 * @example
 * ```ts
 * await sqlCommand(["availability.primary_care.within_14_days", "--period", "2024", "--dialect", "snowflake"], processIo()); // 0
 * ```
 */
export async function sqlCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("sql", args, {
    period: { type: "string" },
    by: { type: "string" },
    "age-groups": { type: "string" },
    "as-of": { type: "string" },
    "no-suppress": { type: "boolean" },
    dialect: { type: "string" },
    table: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  const [id] = positionals("sql", given, ["ID"]);
  const entry = catalogue.entry(id!);
  const definition = entry.definition;
  if (typeof values.period !== "string")
    throw new UsageError(
      "missing_period",
      `--period is required (see virta describe ${definition.id} for the period forms it takes)`,
      { option: "period" },
    );
  const dialect = oneOf("dialect", typeof values.dialect === "string" ? values.dialect : "duckdb", DIALECTS);
  const options = {
    period: values.period,
    by: parseBy(typeof values.by === "string" ? values.by : undefined),
    ...(typeof values["age-groups"] === "string" ? { ageGroups: values["age-groups"] } : {}),
    ...(typeof values["as-of"] === "string" ? { asOf: values["as-of"] } : {}),
    suppress: values["no-suppress"] !== true,
  };
  const plan = planComputation(definition, options);
  const tables = parseTables((values.table as string[] | undefined) ?? [], definition.concepts);
  const { rows, accounts } = sqlFor(plan, dialect, Object.keys(tables).length > 0 ? { tables } : {});
  if (values.json === true) {
    io.out(
      `${JSON.stringify({ indicator: { id: definition.id, version: definition.version, definition_hash: entry.definition_hash }, dialect, rows, accounts }, null, 2)}\n`,
    );
    return 0;
  }
  io.out(
    [
      `-- ${definition.id} ${definition.version} (${entry.definition_hash}), period ${values.period}${options.by.length > 0 ? `, by ${options.by.join(",")}` : ""}, dialect ${dialect}`,
      "-- Run it on validated rows (virta validate): the query computes, it does not reject.",
      "",
      querySection(
        "result cells: dimensions d0…, numerator, denominator, magnitude, negative, suppressed, join_missing",
        rows,
      ),
      querySection("input accounting: rows per exclusion reason", accounts),
    ].join("\n"),
  );
  return 0;
}
