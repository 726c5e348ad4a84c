/**
 * The end of a validated table (concepts.md; fine-print F8, F14): the summary with rejected rows per
 * reason in F8's order, the rejected-share limit (strictly greater trips, an empty table never does),
 * and how a date is shown in a row rule's message.
 */
import { DataError, formatDate } from "@virta/core";
import { type ConceptModel, REJECTION_REASONS, type RejectionReason } from "../model/concept-model";
import type { Rejection, ValidationSummary } from "./validator-types";

/** The counts a validator keeps while it runs. */
export interface ValidationCounts {
  rowsRead: number;
  rowsRejected: number;
  rejectedCounts: ReadonlyMap<RejectionReason, number>;
  warnings: readonly string[];
  rejections: readonly Rejection[];
}

/**
 * The summary of a table; throws `DataError("rejected_share_exceeded")` when the rejected share is
 * strictly greater than `maxShare` (F14).
 *
 * @example
 * ```ts
 * summarise(getConcept("population"), "pop.csv", 0.5, {
 *   rowsRead: 2, rowsRejected: 0, rejectedCounts: new Map(), warnings: [], rejections: [],
 * }).rows_valid; // 2
 * ```
 */
export function summarise(
  model: ConceptModel,
  source: string | undefined,
  maxShare: number,
  counts: ValidationCounts,
): ValidationSummary {
  const { rowsRead, rowsRejected } = counts;
  const byReason: Record<string, number> = {};
  for (const reason of REJECTION_REASONS) {
    const count = counts.rejectedCounts.get(reason);
    if (count !== undefined && count > 0) byReason[reason] = count;
  }
  const summary: ValidationSummary = {
    rows_read: rowsRead,
    rows_valid: rowsRead - rowsRejected,
    rows_rejected: rowsRejected,
    rejected_by_reason: byReason,
    warnings: [...counts.warnings],
  };
  // F14: strictly greater than the limit trips; an empty table never does.
  if (rowsRead > 0 && rowsRejected / rowsRead > maxShare) {
    const share = rowsRejected / rowsRead;
    const top = Object.entries(byReason).sort((a, b) => b[1] - a[1])[0];
    throw new DataError(
      "rejected_share_exceeded",
      `${source ?? model.name}: ${rowsRejected} of ${rowsRead} ${model.name} rows rejected ` +
        `(${(share * 100).toFixed(1)} %), more than the limit ${maxShare * 100} %` +
        `${top === undefined ? "" : `; most often ${top[0]} (${top[1]})`}. Check the column mapping, ` +
        "or allow more with --max-rejected-share / maxRejectedShare (F14)",
      {
        source,
        concept: model.name,
        share,
        limit: maxShare,
        summary,
        rejections: counts.rejections.slice(0, 20),
      },
    );
  }
  return summary;
}

/** A day number as ISO text for a message, or `(absent)`. */
export function shownDate(value: unknown): string {
  return typeof value === "number" ? formatDate(value) : "(absent)";
}
