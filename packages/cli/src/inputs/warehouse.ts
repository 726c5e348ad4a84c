/**
 * Warehouse options shared by `virta compute` and `virta sql` (issue 6): `--table CONCEPT=schema.table`
 * names an existing table per concept and `--column CONCEPT.field=column` maps a field to the
 * warehouse's column name. Names are only ever quoted identifiers in SQL, never pasted text.
 */
import { UsageError } from "@virta/core";

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
 * parseColumns(["health_care_visit.visit_date=kayntipvm"], ["health_care_visit"]); // { health_care_visit: { visit_date: "kayntipvm" } }
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
