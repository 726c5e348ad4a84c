/**
 * Layout of the SQL the compilers print (issue 15: "indented SQL with one named CTE per step"): a CTE is
 * `"name" AS (` on its own line, its body indented by two spaces, the select list one item a line.
 * Only whitespace is decided here; what each step computes is the compilers' business.
 */
import type { SqlDialect } from "./dialect";

/**
 * A SELECT with one column a line and the clauses (`FROM …`, `LEFT JOIN …`, `WHERE …`) below it, at
 * the indentation of a CTE body; a long column or clause is laid out by {@link layoutExpression}.
 *
 * @example
 * ```ts
 * selectSql(['"a"', '"b"'], ['FROM "t"']); // 'SELECT\n    "a",\n    "b"\n  FROM "t"'
 * ```
 */
export function selectSql(columns: readonly string[], clauses: readonly string[]): string {
  const list = columns.map((column) => layoutExpression(column, 4, 1)).join(",\n    ");
  return [`SELECT\n    ${list}`, ...clauses.map((clause) => layoutClause(clause, 2))].join("\n  ");
}

/**
 * A clause of a SELECT (`FROM …`, `LEFT JOIN … ON …`, `WHERE …`) at `indent`: unchanged when it fits,
 * else a join's `ON` condition on its own line two spaces in, and the rest laid out by
 * {@link layoutExpression}.
 *
 * @example
 * ```ts
 * layoutClause('LEFT JOIN "t" AS "a" ON "a"."k" = "b"."k"', 2); // unchanged: it fits on one line
 * ```
 */
export function layoutClause(clause: string, indent: number): string {
  if (indent + clause.length <= SQL_LINE_WIDTH || clause.includes("\n")) return clause;
  const words = topLevel(clause, " ");
  const on = words.indexOf("ON");
  if (on < 1 || !words.slice(0, on).includes("JOIN")) return layoutExpression(clause, indent);
  const head = layoutExpression(words.slice(0, on).join(" "), indent);
  const condition = layoutExpression(words.slice(on + 1).join(" "), indent + 2, 0, indent + 5);
  return `${head}\n${" ".repeat(indent + 2)}ON ${condition}`;
}

/**
 * One named CTE: `"name" AS (`, the body indented, `)`.
 *
 * @example
 * ```ts
 * cteSql(duckdbDialect, "__cells", 'SELECT 1'); // '"__cells" AS (\n  SELECT 1\n)'
 * ```
 */
export function cteSql(dialect: SqlDialect, name: string, body: string): string {
  return `${dialect.quoteIdentifier(name)} AS (\n  ${body}\n)`;
}

/**
 * A searched CASE with one `WHEN … THEN …` a line (at the indentation of a select-list item), a long
 * branch laid out by {@link layoutExpression}.
 *
 * @example
 * ```ts
 * caseSql(["WHEN a THEN 'x'"], "NULL"); // "CASE\n      WHEN a THEN 'x'\n      ELSE NULL\n    END"
 * ```
 */
export function caseSql(branches: readonly string[], otherwise: string): string {
  return layoutCase(`CASE ${branches.join(" ")} ELSE ${otherwise} END`, 4);
}

/** The line width the expression layout aims at (issue 15: "at most ~120 characters a line"). */
export const SQL_LINE_WIDTH = 120;

/** Index just past the quoted text (`'…'` or `"…"`, the quote doubled inside) that starts at `start`. */
function pastQuoted(text: string, start: number): number {
  const quote = text[start];
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] !== quote) return index + 1;
      index += 2;
    } else index += 1;
  }
  return index;
}

const WORD = /[A-Za-z0-9_$]/;

/** The top-level tokens a long expression breaks before (conditions, sums, concatenations). */
const BREAK_BEFORE = new Set(["AND", "OR", "+", "||"]);

/**
 * The top-level pieces of `text`: its tokens split at `separator` (a space or a comma) where no
 * parenthesis, CASE … END or quoted text is open. The separator itself is dropped.
 */
function topLevel(text: string, separator: " " | ","): string[] {
  const pieces: string[] = [];
  let [depth, start, index] = [0, 0, 0];
  while (index < text.length) {
    const char = text[index]!;
    if (char === "'" || char === '"') {
      index = pastQuoted(text, index);
      continue;
    }
    if (WORD.test(char)) {
      let end = index;
      while (end < text.length && WORD.test(text[end]!)) end += 1;
      const word = text.slice(index, end);
      if (word === "CASE") depth += 1;
      else if (word === "END") depth -= 1;
      index = end;
      continue;
    }
    if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    else if (char === separator && depth === 0) {
      pieces.push(text.slice(start, index).trim());
      start = index + 1;
    }
    index += 1;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((piece) => piece !== "");
}

/** A CASE … END over several lines: each WHEN and the ELSE on its own line, long parts indented. */
function layoutCase(text: string, indent: number): string {
  const words = topLevel(text.slice("CASE ".length, -" END".length), " ");
  const keyword = (word: string) => word === "WHEN" || word === "THEN" || word === "ELSE";
  const parts: Array<{ keyword: string; words: string[] }> = [{ keyword: "", words: [] }];
  for (const word of words)
    if (keyword(word)) parts.push({ keyword: word, words: [] });
    else parts.at(-1)!.words.push(word);
  const pad = " ".repeat(indent + 2);
  const lines = [["CASE", ...parts[0]!.words].join(" ")];
  for (let index = 1; index < parts.length; index += 1) {
    const { keyword: key, words: body } = parts[index]!;
    const then = parts[index + 1]?.keyword === "THEN" ? parts[index + 1]! : null;
    if (key === "THEN") continue;
    const whole = `${key} ${body.join(" ")}${then ? ` THEN ${then.words.join(" ")}` : ""}`;
    if (indent + 2 + whole.length <= SQL_LINE_WIDTH) lines.push(`${pad}${whole}`);
    else {
      const start = indent + 3 + key.length;
      lines.push(
        `${pad}${key} ${layoutExpression(body.join(" "), key === "WHEN" ? indent + 4 : indent + 2, 0, start)}`,
      );
      if (then) lines.push(`${pad}  THEN ${layoutExpression(then.words.join(" "), indent + 4, 0, indent + 9)}`);
    }
  }
  return `${lines.join("\n")}\n${" ".repeat(indent)}END`;
}

/** The top-level words that start a clause of a subquery, each put on its own line. */
const CLAUSE_START = new Set(["FROM", "WHERE", "GROUP", "HAVING", "ORDER", "JOIN", "LEFT", "CROSS", "UNION"]);

/** A subquery `SELECT … FROM … WHERE …` with each clause on its own line at `indent`. */
function layoutSubquery(text: string, indent: number): string {
  const clauses: string[][] = [];
  for (const word of topLevel(text, " "))
    if (clauses.length === 0 || (CLAUSE_START.has(word) && !["LEFT", "CROSS"].includes(clauses.at(-1)!.at(-1)!)))
      clauses.push([word]);
    else clauses.at(-1)!.push(word);
  return clauses.map((clause) => layoutClause(clause.join(" "), indent)).join(`\n${" ".repeat(indent)}`);
}

/** `name(…)` over several lines: the arguments one a line, indented, `)` under the name. */
function layoutCall(text: string, indent: number): string | null {
  const open = text.indexOf("(");
  if (open < 0 || !text.endsWith(")") || /[\s'"]/.test(text.slice(0, open))) return null;
  const inner = text.slice(open + 1, -1);
  if (topLevel(`(${inner})`, " ").length !== 1) return null; // the first "(" is not closed by the last ")"
  const pad = " ".repeat(indent + 2);
  // A subquery goes on its own lines, one clause a line (its commas and `+` are not the call's).
  const args = inner.startsWith("SELECT ")
    ? [`${pad}${layoutSubquery(inner, indent + 2)}`]
    : topLevel(inner, ",").map((arg) => `${pad}${layoutExpression(arg, indent + 2, 1)}`);
  return `${text.slice(0, open + 1)}\n${args.join(",\n")}\n${" ".repeat(indent)})`;
}

/** The length of the last line of `text`. */
function lastLineLength(text: string): number {
  return text.length - text.lastIndexOf("\n") - 1;
}

/**
 * An SQL expression laid out to at most {@link SQL_LINE_WIDTH} characters a line where its tokens
 * allow, its first line starting at column `start` and the others indented from `indent`: CASE
 * branches one a line, long calls with their arguments one a line, subqueries one clause a line, long
 * conditions broken before AND / OR, and a token that still does not fit moved to the next line. Only
 * white space between tokens changes (never inside quoted text), so the expression means the same.
 * `tail` counts the characters that follow on the last line (a list's `,`).
 *
 * @example
 * ```ts
 * layoutExpression("CASE WHEN a THEN 'x' ELSE NULL END", 4); // unchanged: it fits on one line
 * ```
 */
export function layoutExpression(text: string, indent: number, tail = 0, start = indent): string {
  if (start + text.length + tail <= SQL_LINE_WIDTH || text.includes("\n")) return text;
  const atoms = topLevel(text, " ");
  if (atoms.length === 1) {
    const atom = atoms[0]!;
    if (atom.startsWith("CASE ") && atom.endsWith(" END")) return layoutCase(atom, indent);
    if (atom.startsWith("(") && atom.endsWith(")")) {
      const inner = layoutCall(`_${atom}`, indent);
      return inner === null ? atom : inner.slice(1);
    }
    return layoutCall(atom, indent) ?? atom;
  }
  // `BETWEEN a AND b` stays on a line.
  const breaks = atoms.map((atom, index) => BREAK_BEFORE.has(atom) && atoms[index - 2] !== "BETWEEN");
  const pad = `\n${" ".repeat(indent)}`;
  let out = "";
  let column = start;
  for (const [index, atom] of atoms.entries()) {
    if (index > 0 && breaks[index]) {
      out += `${pad}${atom}`;
      column = indent + atom.length;
      continue;
    }
    // What follows the atom on its line counts against its width (`CASE … END AS "name"`).
    let rest = 0;
    for (let next = index + 1; next < atoms.length && !breaks[next]; next += 1) rest += 1 + atoms[next]!.length;
    if (breaks.indexOf(true, index + 1) < 0) rest += tail;
    const gap = out === "" ? "" : " ";
    const at = column + gap.length;
    const laid = at + atom.length + rest <= SQL_LINE_WIDTH ? atom : layoutExpression(atom, indent, rest, at);
    if (laid === atom && at + atom.length > SQL_LINE_WIDTH && column > indent + 2) {
      // A token that cannot be split and does not fit: on the next line, two spaces in.
      const moved = layoutExpression(atom, indent + 2, rest, indent + 2);
      out += `${pad}  ${moved}`;
      column = moved.includes("\n") ? lastLineLength(moved) : indent + 2 + moved.length;
      continue;
    }
    out += `${gap}${laid}`;
    column = laid.includes("\n") ? lastLineLength(laid) : at + laid.length;
  }
  return out;
}
