/**
 * `virta sql ID --period PERIOD [--by …] [--dialect duckdb|postgres|snowflake] [--table CONCEPT=TABLE]`
 * (issue 6 via `sqlFor` of `@virta/adapters`): prints the SQL a region runs in its own warehouse to get
 * the same cells as `virta compute` — the result query, the input-accounting query and the rejections,
 * with their bind parameters listed in order (or written in as literals with `--inline`). The text
 * validates the raw tables first (issue 15, F34). Options are checked as for `compute` (F26–F28, exit 2).
 */
import { SQL_LINE_WIDTH, UsageError, planComputation, sqlDialect, type SqlQuery } from "@virta/core";
import { inlineSql, tableSources, validatedSql } from "@virta/adapters";
import { catalogue } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { parseBy } from "./compute";
import { parseColumns, parseTables } from "../inputs/warehouse";

export { parseTables };

/** The dialects `sqlFor` writes. */
export const DIALECTS = ["duckdb", "postgres", "snowflake"] as const;

/** A bind value as an SQL-ish literal for the comment list. */
function literal(value: unknown): string {
  return typeof value === "string" ? `'${value.replaceAll("'", "''")}'` : String(value);
}

/** `text` as `-- ` comment lines of at most 120 characters, broken at spaces (issue 15). */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = "--";
  for (const word of text.split(" ")) {
    if (line !== "--" && line.length + 1 + word.length > SQL_LINE_WIDTH) {
      lines.push(line);
      line = "--  ";
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

function querySection(title: string, query: SqlQuery, inline: string | null): string {
  const parameters = query.parameters.map((value, index) => `--   ${index + 1}: ${literal(value)}`);
  return [
    `-- ${title}`,
    ...(inline === null && parameters.length > 0 ? ["-- bind parameters, in order:", ...parameters] : []),
    `${inline ?? query.text};`,
    "",
  ].join("\n");
}

/**
 * Runs `virta sql`.
 *
 * @example
 * ```ts
 * const args = ["availability.primary_care.within_14_days", "--period", "2024", "--dialect", "snowflake"];
 * await sqlCommand(args, processIo());
 * // 0
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
    column: { type: "string", multiple: true },
    "row-number": { type: "string" },
    inline: { type: "boolean" },
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
  const columns = parseColumns((values.column as string[] | undefined) ?? [], definition.concepts);
  const named = Object.fromEntries(
    definition.concepts.map((concept) => [concept, tables[concept] ?? concept] as const),
  );
  const sources = tableSources(plan, { tables: named, columns });
  const target = sqlDialect(dialect);
  const rowNumber = typeof values["row-number"] === "string" ? values["row-number"] : undefined;
  const { rows, accounts, rejections } = validatedSql(plan, target, sources, rowNumber);
  const inline = values.inline === true;
  if (values.json === true) {
    const queries = inline
      ? Object.fromEntries(
          Object.entries({ rows, accounts, rejections }).map(([key, query]) => [
            key,
            { text: inlineSql(target, query), parameters: [] },
          ]),
        )
      : { rows, accounts, rejections };
    const indicator = { id: definition.id, version: definition.version, definition_hash: entry.definition_hash };
    io.out(`${JSON.stringify({ indicator, dialect, ...queries }, null, 2)}\n`);
    return 0;
  }
  io.out(
    [
      ...commentLines(
        `${definition.id} ${definition.version}, period ${values.period}` +
          `${options.by.length > 0 ? `, by ${options.by.join(",")}` : ""}, dialect ${dialect}`,
      ),
      `-- definition ${entry.definition_hash}`,
      "-- Runs on the raw tables (text or typed columns): each concept's rows are validated first (F1-F14, F34),",
      "-- one CTE per step, and only the valid rows are computed. The tables need a column per field.",
      "",
      querySection(
        "result cells: dimensions d0…, numerator, denominator, magnitude, negative, suppressed, join_missing",
        rows,
        inline ? inlineSql(target, rows) : null,
      ),
      querySection(
        "input accounting: valid rows per exclusion reason",
        accounts,
        inline ? inlineSql(target, accounts) : null,
      ),
      querySection(
        "rejections: rows per rejection reason (NULL = valid); rows_read is their sum",
        rejections,
        inline ? inlineSql(target, rejections) : null,
      ),
    ].join("\n"),
  );
  return 0;
}
