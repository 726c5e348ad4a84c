/**
 * `virta validate CONCEPT FILE [--json]` (interfaces.md): validates one file against a concept model
 * and prints a summary and the first 20 rejections (F29), or everything as JSON. Exits 1 when any row
 * was rejected, 0 when none was, 2 on a usage error (unknown concept, unreadable file, missing column).
 */
import { UsageError } from "@virta/core";
import { CONCEPT_NAMES, createValidator, isConceptName, type Rejection } from "@virta/concepts";
import type { CliIo } from "../cli/io";
import { parseCommandArgs, positionals } from "../cli/options";
import { openInput } from "../inputs/open-input";

/** How many rejections the text summary shows (F29). */
export const SHOWN_REJECTIONS = 20;

/**
 * One rejection as a line of the text summary: the validator's message already names the file, row,
 * field, reason and what would be right.
 *
 * @example
 * ```ts
 * rejectionLine({ concept: "health_care_visit", row: 3, field: "visit_date", value: "2023-02-29", reason: "invalid_format",
 *   message: "visits.csv row 3, field visit_date: invalid_format: \"2023-02-29\" is not a date (YYYY-MM-DD)" });
 * // "  visits.csv row 3, field visit_date: invalid_format: \"2023-02-29\" is not a date (YYYY-MM-DD)"
 * ```
 */
export function rejectionLine(rejection: Rejection): string {
  return `  ${rejection.message}`;
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
  const { values, positionals: given } = parseCommandArgs("validate", args, { json: { type: "boolean" } });
  const [concept, file] = positionals("validate", given, ["CONCEPT", "FILE"]) as [string, string];
  if (!isConceptName(concept)) {
    throw new UsageError("unknown_concept", `unknown concept "${concept}"; concepts: ${CONCEPT_NAMES.join(", ")}`, {
      value: concept,
      allowed: CONCEPT_NAMES,
    });
  }
  const json = values.json === true;
  const input = await openInput(concept, file, io);
  const validator = createValidator(concept, {
    source: file,
    maxRejectedShare: 1,
    keepRejections: json ? Number.POSITIVE_INFINITY : SHOWN_REJECTIONS,
  });
  for await (const batch of input.table.batches()) validator.pushBatch(batch);
  const summary = validator.finish();
  if (json) {
    io.out(`${JSON.stringify({ concept, file, ...summary, rejections: validator.rejections }, null, 2)}\n`);
  } else {
    const lines = [
      `${concept} ${file}: ${summary.rows_read} rows read, ${summary.rows_valid} valid, ${summary.rows_rejected} rejected`,
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
        `first ${shown.length} rejection${shown.length === 1 ? "" : "s"}${summary.rows_rejected > shown.length ? ` of ${summary.rows_rejected} (--json lists all)` : ""}:`,
      );
      lines.push(...shown.map(rejectionLine));
    }
    io.out(`${lines.join("\n")}\n`);
  }
  return summary.rows_rejected > 0 ? 1 : 0;
}
