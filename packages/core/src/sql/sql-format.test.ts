/**
 * The expression layout of the printed SQL (issue 15: indented, reviewable SQL): long CASEs one branch
 * a line, long calls one argument a line, long conditions broken before AND / OR, and nothing but
 * white space between tokens changed (quoted text never touched).
 */
import { describe, expect, it } from "vitest";
import { caseSql, layoutClause, layoutExpression, selectSql } from "./sql-format";

const long = (name: string, width = 40) => `"${name.padEnd(width, "x")}"`;

describe("layoutExpression", () => {
  it("keeps an expression that fits in 120 characters on its line", () => {
    expect(layoutExpression("CASE WHEN a THEN 'x' ELSE NULL END", 4)).toBe("CASE WHEN a THEN 'x' ELSE NULL END");
  });

  it("puts each WHEN and the ELSE of a long CASE on its own line, END under CASE", () => {
    const whens = `WHEN ${long("a")} IS NULL THEN 'missing' WHEN ${long("b")} > 3 THEN 'too_long'`;
    const sql = `CASE ${whens} ELSE NULL END AS "r"`;
    expect(layoutExpression(sql, 4)).toBe(
      [
        "CASE",
        `      WHEN ${long("a")} IS NULL THEN 'missing'`,
        `      WHEN ${long("b")} > 3 THEN 'too_long'`,
        "      ELSE NULL",
        '    END AS "r"',
      ].join("\n"),
    );
  });

  it("breaks long conditions before AND / OR, but not the AND of BETWEEN, and calls one argument a line", () => {
    const sql = `f(${long("a", 60)} BETWEEN 1 AND 12 AND ${long("b", 60)} = 'x y', ${long("c")})`;
    expect(layoutExpression(sql, 0)).toBe(
      ["f(", `  ${long("a", 60)} BETWEEN 1 AND 12`, `  AND ${long("b", 60)} = 'x y',`, `  ${long("c")}`, ")"].join(
        "\n",
      ),
    );
  });

  it("never breaks inside quoted text, even text holding CASE, END, spaces, commas or parentheses", () => {
    const text = `'CASE ( WHEN, '' END ${"y".repeat(120)}'`;
    const sql = `CASE WHEN "q" = ${text} THEN 1 ELSE 2 END`;
    const laid = layoutExpression(sql, 0);
    // The quoted text alone is over the width: it moves to its own line, whole.
    expect(laid).toBe(["CASE", '  WHEN "q" =', `      ${text}`, "    THEN 1", "  ELSE 2", "END"].join("\n"));
    expect(laid.replace(/\s+/g, " ")).toBe(sql);
  });

  it("puts a long subquery inside its parentheses, one clause a line", () => {
    const [select, from] = [`SELECT ${long("a")} + ${long("b")} AS "k"`, `FROM ${long("t")}`];
    expect(layoutExpression(`FROM (${select} ${from}) AS "n"`, 2)).toBe(
      `FROM (\n    ${select}\n    ${from}\n  ) AS "n"`,
    );
  });

  it("puts a long join's ON condition on its own line", () => {
    const clause = `LEFT JOIN ${long("t")} AS "a" ON "a"."k" = ${long("b")}."k" AND "a"."y" = 1`;
    expect(layoutClause(clause, 2)).toBe(
      [`LEFT JOIN ${long("t")} AS "a"`, `    ON "a"."k" = ${long("b")}."k" AND "a"."y" = 1`].join("\n"),
    );
  });
});

describe("selectSql and caseSql (the plan compiler's steps)", () => {
  it("lays out a long select-list item and a long WHEN branch, short ones unchanged", () => {
    const item = `COALESCE(${long("a", 60)} AND ${long("b", 60)}, FALSE) AS "hit"`;
    const lines = [
      "SELECT",
      '    "x",',
      "    COALESCE(",
      `      ${long("a", 60)}`,
      `      AND ${long("b", 60)},`,
      "      FALSE",
      '    ) AS "hit"',
      '  FROM "t"',
    ];
    expect(selectSql(['"x"', item], ['FROM "t"'])).toBe(lines.join("\n"));
    expect(caseSql(['WHEN "x" THEN 1'], "0")).toBe('CASE\n      WHEN "x" THEN 1\n      ELSE 0\n    END');
    expect(caseSql([`WHEN ${long("a", 60)} OR ${long("b", 60)} THEN 1`], "0")).toBe(
      [
        "CASE",
        `      WHEN ${long("a", 60)}`,
        `        OR ${long("b", 60)}`,
        "        THEN 1",
        "      ELSE 0",
        "    END",
      ].join("\n"),
    );
  });
});
