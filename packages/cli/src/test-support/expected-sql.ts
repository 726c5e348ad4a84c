/**
 * Test support for the committed expected SQL (issue 15, F34): the `virta sql` text of every catalogue
 * indicator in every dialect, in the default bind-parameter form (or `--inline`), produced in process by
 * `sqlCommand`, and a readable line diff against the committed file in `packages/cli/expected-sql/`.
 * The arguments are fixed per indicator (period 2024, or census date 2024-12-31; by organizer when the
 * definition has that breakdown), so the text is deterministic: no clock, no random names.
 */
import { fileURLToPath } from "node:url";
import { catalogue } from "@virta/indicators";
import { DIALECTS, sqlCommand } from "../commands/sql";

/** The folder of the committed files: `expected-sql/<dialect>/<indicator id>.sql`. */
export const EXPECTED_SQL_DIR = fileURLToPath(new URL("../../expected-sql/", import.meta.url));

/** One indicator in one dialect and the `virta sql` arguments that print its text. */
export interface ExpectedSqlCase {
  id: string;
  dialect: (typeof DIALECTS)[number];
  args: string[];
}

/** Every catalogue indicator × every dialect, in catalogue order. */
export function expectedSqlCases(): ExpectedSqlCase[] {
  return catalogue.list().flatMap((entry) => {
    const { id, periods, breakdowns } = entry.definition;
    const period = periods === "census" ? "2024-12-31" : "2024";
    const by = "organizer" in breakdowns ? ["--by", "organizer"] : [];
    return DIALECTS.map((dialect) => ({ id, dialect, args: [id, "--period", period, ...by, "--dialect", dialect] }));
  });
}

/** The text `virta sql ARGS` prints (exit code 0 expected; anything else throws with stderr). */
export async function printedSql(args: readonly string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await sqlCommand(args, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTerminal: false,
  });
  if (code !== 0) throw new Error(`virta sql ${args.join(" ")} exited ${code}: ${err}`);
  return out;
}

/**
 * A short line diff of `expected` (committed) against `actual` (generated): the first differing lines
 * with two lines of context, `-` for the committed and `+` for the generated text; empty when equal.
 */
export function lineDiff(expected: string, actual: string, maxLines = 12): string {
  if (expected === actual) return "";
  const a = expected.split("\n");
  const b = actual.split("\n");
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let tailA = a.length - 1;
  let tailB = b.length - 1;
  while (tailA >= first && tailB >= first && a[tailA] === b[tailB]) tailA--, tailB--;
  const cut = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
  const context = a.slice(Math.max(0, first - 2), first).map((line) => `  ${cut(line)}`);
  const removed = a.slice(first, tailA + 1);
  const added = b.slice(first, tailB + 1);
  return [
    `@@ line ${first + 1}: ${removed.length} committed line(s) differ from ${added.length} generated line(s)`,
    ...context,
    ...removed.slice(0, maxLines).map((line) => `- ${cut(line)}`),
    ...(removed.length > maxLines ? [`- … ${removed.length - maxLines} more`] : []),
    ...added.slice(0, maxLines).map((line) => `+ ${cut(line)}`),
    ...(added.length > maxLines ? [`+ … ${added.length - maxLines} more`] : []),
  ].join("\n");
}

/** The statements of a printed `virta sql` text: its sections split at `;` line ends, comment lines removed. */
export function statementsOf(printed: string): string[] {
  return printed
    .split(/;\n/)
    .map((part) =>
      part
        .split("\n")
        .filter((line) => !line.startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement !== "");
}
