/**
 * The last step of every SQL text the compilers print (issue 15: "SQL a person can read and run", at
 * most 120 characters a line): a line the layout of `sql-format.ts` could not keep within the width —
 * typically one whose bind parameters `--inline` replaced by longer literals, such as a long
 * `IN (CAST('doctor' AS VARCHAR), …)` list — is broken at a space between tokens, after a comma where
 * one is near the end, and continued four spaces further in. A break only ever replaces a space outside
 * quoted text (`'…'`, `"…"`) and before any `--` comment, so the statement means the same (SQL reads a
 * line break between tokens as a space).
 */
import { SQL_LINE_WIDTH } from "./sql-format";

/** The spaces of `line` where it may break: outside quoted text, before any `--` comment. */
function breakPoints(line: string, from: number): number[] {
  const points: number[] = [];
  let quote: string | null = null;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quote !== null) {
      if (char === quote) quote = null; // a doubled quote closes and reopens: still inside
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === "-" && line[index + 1] === "-") break;
    else if (char === " " && index > from && line[index - 1] !== " ") points.push(index);
  }
  return points;
}

/** Where a too-long line breaks: the last space that keeps it within `width`, after a comma if one is near. */
function breakAt(line: string, from: number, width: number): number | null {
  const fitting = breakPoints(line, from).filter((point) => point <= width);
  if (fitting.length === 0) return null;
  const afterComma = fitting.filter((point) => line[point - 1] === ",");
  const last = fitting.at(-1)!;
  const comma = afterComma.at(-1);
  // A comma break wins unless it would leave the line shorter than two thirds of the room.
  return comma !== undefined && comma - from >= ((last - from) * 2) / 3 ? comma : last;
}

/**
 * `sql` with every line longer than `width` broken at spaces between tokens, the continuation lines
 * indented four spaces further than the line they come from. A line without a usable space (one quoted
 * text longer than the width) stays as it is. Comment lines are left alone.
 *
 * @example
 * ```ts
 * wrapSqlLines(`  WHERE "a" IN (${"'x', ".repeat(30)}'y')`, 40);
 * // "  WHERE \"a\" IN ('x', 'x', 'x', 'x',\n      'x', 'x', …"
 * ```
 */
export function wrapSqlLines(sql: string, width = SQL_LINE_WIDTH): string {
  const out: string[] = [];
  for (const line of sql.split("\n")) {
    const indent = line.length - line.trimStart().length;
    if (line.length <= width || line.trimStart().startsWith("--")) {
      out.push(line);
      continue;
    }
    const pad = " ".repeat(indent + 4);
    let rest = line;
    let from = indent;
    for (;;) {
      const at = rest.length > width ? breakAt(rest, from, width) : null;
      if (at === null) break;
      out.push(rest.slice(0, at));
      rest = `${pad}${rest.slice(at + 1).trimStart()}`;
      from = pad.length;
    }
    out.push(rest);
  }
  return out.join("\n");
}
