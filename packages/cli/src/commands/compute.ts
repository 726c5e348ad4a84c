/**
 * `virta compute ID --data [CONCEPT=]FILE … --period PERIOD [options]` (interfaces.md): checks every
 * option first (unknown indicator, period F26, breakdowns F27, as-of F28, inputs F29 — all exit 2
 * before a file is read), opens the input files (missing file, not UTF-8, missing column: exit 2),
 * computes with `compute` of `@virta/indicators` (rejected rows under `--strict`, too large a rejected
 * share F14, a cell without a denominator F18: exit 1) and writes the result in the chosen format.
 */
import { UsageError, planComputation, type IndicatorResult } from "@virta/core";
import { catalogue, compute, type Engine, type TableInput } from "@virta/indicators";
import { COMPUTE_OPTIONS } from "../cli/command-options";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";
import { ENGINE_NAMES, POSTGRES_URL_VARIABLES, selectEngine } from "../engines/select-engine";
import { parseColumns, parseTables } from "../inputs/warehouse";
import { checkUpdatedDate, createDuckDbFileEngine, createWarehouseEngine, EmbeddedReadNeeded } from "@virta/adapters";
import { resolveDataOptions } from "../inputs/data-option";
import { openInput } from "../inputs/open-input";
import { onlyValidatedIds } from "../inputs/only-validated-ids";
import { createStatementProgress } from "../inputs/progress";
import {
  emit,
  formatResult,
  FORMATS,
  LANGS,
  type Lang,
  type OutputFormat,
  refuseOutOverInput,
} from "../output/format-result";

/**
 * `--by a,b` as a list of dimension names.
 *
 * @example
 * ```ts
 * parseBy("organizer, age_group"); // ["organizer", "age_group"]
 * parseBy(undefined); // []
 * ```
 */
export function parseBy(value: string | undefined): string[] {
  if (value === undefined) return [];
  const names = value.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) {
    throw new UsageError(
      "invalid_option",
      `--by ${JSON.stringify(value)}: expected dimension names separated by commas, such as organizer,age_group`,
      { option: "by", value },
    );
  }
  return names;
}

/**
 * `--max-rejected-share F`: a number from 0 to 1 (F14).
 *
 * @example
 * ```ts
 * parseShare("0.1"); // 0.1
 * parseShare("10%"); // throws: --max-rejected-share "10%": expected a number from 0 to 1 …
 * ```
 */
export function parseShare(value: string): number {
  const share = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(share >= 0 && share <= 1)) {
    throw new UsageError(
      "invalid_option",
      `--max-rejected-share ${JSON.stringify(value)}: expected a number from 0 to 1, such as 0.1` +
        " (1 allows anything; F14)",
      {
        option: "max-rejected-share",
        value,
      },
    );
  }
  return share;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** The parsed option values `computeFromOptions` reads. */
export type ComputeValues = Record<string, string | boolean | string[] | undefined>;

/**
 * Checks the options of one computation (before any file is opened), reads the `--data` files and
 * computes: the part `virta compute` and `virta compare` share.
 *
 * @example
 * ```ts
 * const values = { data: ["visits.csv"], period: "2024" };
 * const result = await computeFromOptions("availability.primary_care.within_14_days", values, io);
 * result.rows[0].value; // 66.7
 * ```
 */
export async function computeFromOptions(
  id: string,
  values: ComputeValues,
  io: CliIo,
  checkMore: () => void = () => {},
): Promise<IndicatorResult> {
  const entry = catalogue.entry(id);
  const definition = entry.definition;
  const period = text(values.period);
  if (period === undefined) {
    throw new UsageError(
      "missing_period",
      `--period is required; ${definition.id} takes ${
        definition.periods === "census"
          ? "a census date such as 2024-12-31"
          : definition.periods === "year"
            ? "a year such as 2024"
            : "2024, 2024-H1, 2024-T1, 2024-Q1 or 2024-03"
      }`,
      { option: "period" },
    );
  }
  const engineName = oneOf("engine", text(values.engine) ?? "memory", ENGINE_NAMES);
  const warehouse = ((values.table as string[] | undefined) ?? []).length > 0 || values.db !== undefined;
  // A missing connection string is a usage error before any read.
  if (engineName === "postgres" && !warehouse) selectEngine(engineName);
  const maxRejectedShare =
    values["max-rejected-share"] === undefined ? 0.5 : parseShare(text(values["max-rejected-share"])!);
  const options = {
    period,
    by: parseBy(text(values.by)),
    ...(text(values["age-groups"]) !== undefined ? { ageGroups: text(values["age-groups"])! } : {}),
    ...(text(values["as-of"]) !== undefined ? { asOf: text(values["as-of"])! } : {}),
    suppress: values["no-suppress"] !== true,
  };
  // Every option is checked before any file is opened (F26–F28): a bad period never waits for a read.
  planComputation(definition, options);
  checkMore();
  const tableValues = (values.table as string[] | undefined) ?? [];
  if (warehouse) {
    // Warehouse tables (issue 15, F34): validated in SQL by the concept rules, exactly as a file.
    if (engineName === "memory") {
      throw new UsageError(
        "invalid_option",
        "--table and --db read warehouse tables and need --engine postgres or --engine duckdb (a database file)",
        { option: "engine", value: engineName },
      );
    }
    if (((values.data as string[] | undefined) ?? []).length > 0) {
      throw new UsageError("invalid_option", "give either --data files or --table warehouse tables, not both", {
        option: "data",
      });
    }
    const url =
      text(values.db) ??
      (engineName === "postgres"
        ? POSTGRES_URL_VARIABLES.map((variable) => process.env[variable]).find(
            (value) => value !== undefined && value !== "",
          )
        : undefined);
    if (url === undefined) {
      throw new UsageError(
        "missing_connection",
        engineName === "postgres"
          ? `--table needs a database: --db postgres://user@host:5432/db, or ${POSTGRES_URL_VARIABLES.join(" or ")}`
          : "--table needs a database: --db FILE.duckdb",
        { option: "db" },
      );
    }
    const tables = parseTables(tableValues, definition.concepts);
    const missing = definition.concepts.filter((concept) => tables[concept] === undefined);
    if (missing.length > 0) {
      throw new UsageError(
        "missing_table",
        `${definition.id} reads ${missing.join(" and ")}: name each table (--table ${missing[0]}=schema.table)`,
        { option: "table", value: missing[0] },
      );
    }
    const columns = parseColumns((values.column as string[] | undefined) ?? [], definition.concepts);
    // The validation runs in the database in front of the plan (F34): no row is read into Node. On a
    // terminal, the database's statements show their progress.
    const progress = createStatementProgress(io, Object.values(tables).join(", "));
    const engine = createWarehouseEngine({
      engine: engineName,
      db: url,
      tables,
      columns,
      ...(text(values["row-number"]) !== undefined ? { rowNumber: text(values["row-number"])! } : {}),
      strict: values.strict === true,
      maxRejectedShare,
      ...(io.errIsTerminal ? { onProgress: progress.report } : {}),
    }) as Engine;
    try {
      return await compute(definition, {
        ...options,
        data: {},
        engine,
        strict: values.strict === true,
        maxRejectedShare,
        sources: tables,
        definitionHash: entry.definition_hash,
      });
    } finally {
      progress.done();
    }
  }
  const inputs = resolveDataOptions(definition, (values.data as string[] | undefined) ?? []);
  const request = {
    ...options,
    strict: values.strict === true,
    maxRejectedShare,
    definitionHash: entry.definition_hash,
  };
  const byDuckDb =
    engineName === "duckdb" &&
    process.env.VIRTA_DUCKDB_READS_FILES !== "0" && // the opt-out, for comparing with the embedded reader
    definition.concepts.every((concept) => inputs.some((input) => input.concept === concept)) &&
    inputs.every((input) => /\.(csv|parquet)$/i.test(input.file));
  if (byDuckDb) {
    // DuckDB reads the files itself and validates and computes in SQL (F34); what its reader cannot take
    // exactly as the embedded reader does goes through the embedded reader below.
    const files = Object.fromEntries(inputs.map((input) => [input.concept, input.file]));
    // On a terminal, DuckDB's statements show their progress (a 50 M-row file takes minutes, issue 14).
    const progress = createStatementProgress(io, inputs.map((input) => input.file).join(", "));
    try {
      // DuckDB tracks progress only when it is shown (a terminal): piped runs pay nothing for it.
      const watch = io.errIsTerminal ? { onProgress: progress.report } : {};
      const engine = createDuckDbFileEngine({ files, ...request, ...watch }) as Engine;
      return await compute(definition, { ...request, data: {}, engine, sources: files });
    } catch (error) {
      if (!(error instanceof EmbeddedReadNeeded)) throw error;
    } finally {
      progress.done();
    }
  }
  const data: Record<string, TableInput> = {};
  const sources: Record<string, string> = {};
  for (const input of inputs) {
    const opened = await openInput(input.concept, input.file, io, onlyValidatedIds(input.concept, definition));
    data[input.concept] = opened.table;
    sources[input.concept] = input.file;
  }
  return compute(definition, {
    ...options,
    data,
    engine: selectEngine(engineName),
    strict: values.strict === true,
    maxRejectedShare,
    sources,
    definitionHash: entry.definition_hash,
  });
}

/**
 * Runs `virta compute`.
 *
 * @example
 * ```ts
 * const args = ["availability.primary_care.within_14_days", "--data", "visits.csv", "--period", "2024"];
 * await computeCommand(args, processIo()); // 0
 * ```
 */
export async function computeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("compute", args, COMPUTE_OPTIONS);
  const [id] = positionals("compute", given, ["ID"]);
  let format: OutputFormat = "json";
  let lang: Lang = "fi";
  let updated: string | undefined;
  const result = await computeFromOptions(id!, values, io, () => {
    format = oneOf("format", text(values.format) ?? "json", FORMATS);
    lang = oneOf("lang", text(values.lang) ?? "fi", LANGS);
    const given = text(values.updated);
    updated = given === undefined ? undefined : checkUpdatedDate(given);
    const data = (values.data as string[] | undefined) ?? [];
    if (data.length > 0)
      refuseOutOverInput(
        text(values.out),
        resolveDataOptions(catalogue.entry(id!).definition, data).map((input) => input.file),
      );
  });
  await emit(formatResult(result, format, lang, updated), text(values.out), io);
  return 0;
}
