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
  return [`SELECT\n    ${list}`, ...clauses.map((clause) => layoutExpression(clause, 2))].join("\n  ");
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
  const lines = [...branches, `ELSE ${otherwise}`].map((branch) => layoutExpression(branch, 8));
  return `CASE\n      ${lines.join("\n      ")}\n    END`;
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
function layoutCase(text: string, indent: number): string | null {
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
      lines.push(`${pad}${key} ${layoutExpression(body.join(" "), key === "WHEN" ? indent + 4 : indent + 2)}`);
      if (then) lines.push(`${pad}  THEN ${layoutExpression(then.words.join(" "), indent + 4)}`);
    }
  }
  return `${lines.join("\n")}\n${" ".repeat(indent)}END`;
}

/** `name(…)` over several lines: the arguments one a line, indented, `)` under the name. */
function layoutCall(text: string, indent: number): string | null {
  const open = text.indexOf("(");
  if (open < 0 || !text.endsWith(")") || /[\s'"]/.test(text.slice(0, open))) return null;
  const inner = text.slice(open + 1, -1);
  if (topLevel(`(${inner})`, " ").length !== 1) return null; // the first "(" is not closed by the last ")"
  const pad = " ".repeat(indent + 2);
  // A subquery goes on its own line as it is (its commas and `+` are not the call's).
  const args = inner.startsWith("SELECT ")
    ? [`${pad}${inner}`]
    : topLevel(inner, ",").map((arg) => `${pad}${layoutExpression(arg, indent + 2, 1)}`);
  return `${text.slice(0, open + 1)}\n${args.join(",\n")}\n${" ".repeat(indent)})`;
}

/**
 * An SQL expression laid out to about {@link SQL_LINE_WIDTH} characters a line, its first line starting
 * at the caller's position and the others indented from `indent`: CASE branches one a line, long calls
 * with their arguments one a line, long conditions broken before AND / OR. Only white space between
 * tokens changes (never inside quoted text), so the expression means the same. `tail` counts the
 * characters that follow on the last line (a list's `,`).
 *
 * @example
 * ```ts
 * layoutExpression("CASE WHEN a THEN 'x' ELSE NULL END", 4); // unchanged: it fits on one line
 * ```
 */
export function layoutExpression(text: string, indent: number, tail = 0): string {
  if (indent + text.length + tail <= SQL_LINE_WIDTH || text.includes("\n")) return text;
  const atoms = topLevel(text, " ");
  if (atoms.length === 1) {
    const atom = atoms[0]!;
    if (atom.startsWith("CASE ") && atom.endsWith(" END")) return layoutCase(atom, indent) ?? atom;
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
  for (const [index, atom] of atoms.entries()) {
    if (index > 0 && breaks[index]) {
      out += `${pad}${atom}`;
      continue;
    }
    // What follows the atom on its line counts against its width (`CASE … END AS "name"`).
    let rest = 0;
    for (let next = index + 1; next < atoms.length && !breaks[next]; next += 1) rest += 1 + atoms[next]!.length;
    if (breaks.indexOf(true, index + 1) < 0) rest += tail;
    const laid = layoutExpression(atom, indent, rest);
    out += out === "" ? laid : ` ${laid}`;
  }
  return out;
}
