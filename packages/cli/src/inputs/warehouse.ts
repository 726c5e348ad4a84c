/**
 * Warehouse options shared by `virta compute`, `virta validate` and `virta sql` (issues 6 and 15):
 * `--table CONCEPT=schema.table` names an existing table per concept, `--column CONCEPT.field=column`
 * maps a field to the warehouse's column name and `--row-number COLUMN` names the record-number column
 * (F34). Names are only ever quoted identifiers in SQL, never pasted text. The tables are read as text
 * and validated by the concept's validator, exactly as a file (F34: every engine applies F1–F14).
 */
import { UsageError } from "@virta/core";
import { openDuckDbTable, openPostgresTable, type WarehouseTableInput } from "@virta/adapters";

/**
 * `--table CONCEPT=schema.table` values as a map, only for concepts the indicator reads (F29).
 *
 * @example
 * ```ts
 * parseTables(["health_care_visit=DW.VISITS"], ["health_care_visit"]); // { health_care_visit: "DW.VISITS" }
 * ```
 */
export function parseTables(values: readonly string[], reads: readonly string[]): Record<string, string> {
  const tables: Record<string, string> = {};
  for (const value of values) {
    const match = /^([a-z_]+)=(.+)$/.exec(value);
    if (!match || !reads.includes(match[1]!)) {
      throw new UsageError(
        "invalid_option",
        `--table ${JSON.stringify(value)}: expected CONCEPT=schema.table with CONCEPT one of ${reads.join(", ")}`,
        { option: "table", value },
      );
    }
    if (tables[match[1]!] !== undefined)
      throw new UsageError("invalid_option", `--table ${value}: ${match[1]} is given twice`, {
        option: "table",
        value,
      });
    tables[match[1]!] = match[2]!;
  }
  return tables;
}

/**
 * `--column CONCEPT.field=column` values as a per-concept mapping.
 *
 * @example
 * ```ts
 * parseColumns(["health_care_visit.visit_date=kayntipvm"], ["health_care_visit"]);
 * // { health_care_visit: { visit_date: "kayntipvm" } }
 * ```
 */
export function parseColumns(
  values: readonly string[],
  reads: readonly string[],
): Record<string, Record<string, string>> {
  const columns: Record<string, Record<string, string>> = {};
  for (const value of values) {
    const match = /^([a-z_]+)\.([a-z_]+)=(.+)$/.exec(value);
    if (!match || !reads.includes(match[1]!)) {
      throw new UsageError(
        "invalid_option",
        `--column ${JSON.stringify(value)}: expected CONCEPT.field=column with CONCEPT one of ${reads.join(", ")}`,
        { option: "column", value },
      );
    }
    (columns[match[1]!] ??= {})[match[2]!] = match[3]!;
  }
  return columns;
}

/** What `openWarehouseInputs` needs: the engine, where the database is, and the tables. */
export interface WarehouseOptions {
  engine: "duckdb" | "postgres";
  /** A PostgreSQL connection string, or a DuckDB database file. */
  db: string;
  tables: Record<string, string>;
  columns: Record<string, Record<string, string>>;
  /** A column holding each row's record number (F34), for every table. */
  rowNumber?: string;
}

/**
 * Opens each named warehouse table as validator input (F34: read in physical order or by
 * `--row-number`, every cell as text), so `compute` validates and counts exactly as for a file.
 *
 * @example
 * ```ts
 * const tables = { health_care_visit: "staging.visits" };
 * const data = await openWarehouseInputs({ engine: "postgres", db: url, tables, columns: {} });
 * ```
 */
export async function openWarehouseInputs(options: WarehouseOptions): Promise<Record<string, WarehouseTableInput>> {
  const data: Record<string, WarehouseTableInput> = {};
  for (const [concept, table] of Object.entries(options.tables)) {
    const spec = {
      concept,
      table,
      ...(options.columns[concept] ? { columns: options.columns[concept] } : {}),
      ...(options.rowNumber !== undefined ? { rowNumber: options.rowNumber } : {}),
    };
    data[concept] =
      options.engine === "postgres"
        ? await openPostgresTable(options.db, spec)
        : await openDuckDbTable(options.db, spec);
  }
  return data;
}
