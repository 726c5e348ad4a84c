/**
 * Checks a table's header against the columns a concept needs (fine-print F29, concepts.md "Bad
 * input as a whole"): header names match exactly after trimming; a missing required column stops the
 * read with `UsageError("missing_column")` naming the file and every missing column.
 */
import { UsageError } from "@virta/core";

/**
 * Throws `UsageError("missing_column")` when `columns` lacks a required column, or lacks every column
 * of an `anyOf` group.
 *
 * @example
 * ```ts
 * checkColumns(["visit_id", "organizer"], 'file "v.csv"', { requiredColumns: ["visit_id", "visit_date"] });
 * // throws: file "v.csv" has no column "visit_date" (required); its header has: visit_id, organizer
 * ```
 */
export function checkColumns(
  columns: readonly string[],
  label: string,
  options: { requiredColumns?: readonly string[]; anyOfColumns?: readonly (readonly string[])[] },
): void {
  const present = new Set(columns);
  const missing = (options.requiredColumns ?? []).filter((column) => !present.has(column));
  const missingGroups = (options.anyOfColumns ?? []).filter((group) => !group.some((column) => present.has(column)));
  if (missing.length === 0 && missingGroups.length === 0) return;
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(`no column ${missing.map((column) => JSON.stringify(column)).join(", ")} (required)`);
  }
  for (const group of missingGroups) {
    parts.push(`none of the columns ${group.map((column) => JSON.stringify(column)).join(" or ")} (one is required)`);
  }
  const header = columns.length === 0 ? "(no columns)" : columns.join(", ");
  throw new UsageError("missing_column", `${label} has ${parts.join(" and ")}; its header has: ${header}`, {
    file: label,
    missingColumns: missing,
    missingAnyOf: missingGroups,
  });
}
