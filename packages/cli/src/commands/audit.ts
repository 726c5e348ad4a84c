/**
 * `virta audit DIR|FILE… [--json]` (fine-print F35): reads every published table (CSV and JSON-stat;
 * collections skipped), rebuilds the sums between them, and for every suppressed cell computes by
 * linear programming (HiGHS) the smallest and largest value of each protected count consistent with
 * everything published. Exit 1 when a cell is unprotected (an interval narrower than 5) or the tables
 * contradict each other.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError, type LinearSolver } from "@virta/core";
import { highsSolver, readPublishedFile, type ReadTable } from "@virta/adapters";
import { auditPublishedTables, type PublicationAudit, type PublicationCheck } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { parseCommandArgs } from "../cli/options";

/** The options of `virta audit`. */
export const AUDIT_OPTIONS = { json: { type: "boolean" } } as const;

async function filesOf(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError("missing_file", `${path}: no such file or directory`, { file: path });
  }
  if (!info.isDirectory()) return [path];
  return (await readdir(path))
    .filter((name) => /\.(csv|json)$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

/**
 * Reads and audits the published tables of a directory (or files).
 *
 * @example
 * ```ts
 * const audit = await auditDirectory("pub", await highsSolver());
 * audit.checks.every((check) => check.protected); // true for a safe publication
 * ```
 */
export async function auditDirectory(path: string | string[], solver: LinearSolver): Promise<PublicationAudit> {
  const files = (await Promise.all((Array.isArray(path) ? path : [path]).map(filesOf))).flat();
  const tables: ReadTable[] = [];
  for (const file of files) {
    const table = await readPublishedFile(file);
    if (table) tables.push(table);
  }
  if (tables.length === 0) {
    throw new UsageError(
      "no_tables",
      `${files.length === 0 ? path : files.join(", ")}: no published tables (.csv or JSON-stat .json) found`,
    );
  }
  return auditPublishedTables(tables, solver);
}

const interval = (check: PublicationCheck): string => `[${check.min ?? "-∞"}, ${check.max ?? "∞"}]`;

/** A one-line description of the unprotected counts (the first five). */
export function describeUnprotected(checks: PublicationCheck[]): string {
  const shown = checks
    .slice(0, 5)
    .map((c) =>
      `${c.cell} ${c.measure ?? ""}${c.part ? ` ${c.part}` : ""} ${c.count} ${interval(c)}`.replace(/ +/g, " "),
    );
  return (
    `${checks.length} protected count(s) of suppressed cells can be narrowed to less than 5 (F35): ` +
    `${shown.join("; ")}${checks.length > 5 ? "; …" : ""}`
  );
}

/**
 * Runs `virta audit`.
 *
 * @example
 * ```ts
 * await auditCommand(["pub"], processIo()); // 0 when every suppressed cell is protected
 * ```
 */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("audit", args, AUDIT_OPTIONS);
  if (positionals.length === 0)
    throw new UsageError("missing_argument", "virta audit: name a directory of published tables");
  const audit = await auditDirectory(positionals, await highsSolver());
  const unprotected = audit.checks.filter((check) => !check.protected);
  if (values.json === true) {
    io.out(
      JSON.stringify(
        { solver: "HiGHS", families: audit.families, unprotected: unprotected.length, checks: audit.checks },
        null,
        2,
      ) + "\n",
    );
  } else {
    for (const family of audit.families) {
      io.out(
        `${family.family}: ${family.tables} tables of ${family.indicators.join(", ")}; ${family.suppressedCells} ` +
          "suppressed cells\n",
      );
    }
    io.out(
      `${audit.checks.length} protected counts checked by linear programming (HiGHS); ${unprotected.length} ` +
        "unprotected\n",
    );
  }
  if (unprotected.length > 0) {
    io.err(`virta audit: ${describeUnprotected(unprotected)}\n`);
    return 1;
  }
  return 0;
}
