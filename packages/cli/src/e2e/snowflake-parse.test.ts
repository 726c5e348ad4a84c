/**
 * Snowflake cannot run here (issue 15): every Snowflake text `virta sql` prints — the committed
 * bind-parameter form of every indicator and its `--inline` form — is parsed by node-sql-parser's
 * Snowflake grammar (`database: "snowflake"`), so at least its syntax is checked.
 *
 * Known gaps of the parser (5.4.0): two constructs Snowflake documents and we emit, each rewritten to an
 * equivalent the parser reads before parsing (only the matched text changes; the rest is parsed as printed):
 * - a column-alias list after a derived table's alias, `FROM (VALUES …) AS "__m" ("municipality", …)`
 *   (docs.snowflake.com/sql-reference/constructs/values: `[ [ AS ] <table_alias> [ ( <column_alias> … ) ] ]`):
 *   the list is dropped;
 * - `a IS NOT DISTINCT FROM b` (docs.snowflake.com/sql-reference/functions/is-distinct-from; the parser
 *   reads `IS DISTINCT FROM` but not its negation): written `NOT (a IS DISTINCT FROM b)`, its SQL-standard
 *   meaning.
 * For each, a minimal statement shows the parser still rejects it as printed (else the entry is stale and
 * goes), and the rewrite must be used by at least one text.
 *
 * The DuckDB and PostgreSQL texts are not parsed: the parser's PostgreSQL grammar also rejects
 * `AS MATERIALIZED (…)` CTEs, the `~` regex operator inside CASE and `PARTITION BY (expr IS NULL)`,
 * all valid there and executed on both engines by the deck and `sql-inline.test.ts` tests.
 */
import { Parser } from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { expectedSqlCases, printedSql, statementsOf } from "../test-support/expected-sql";

const NAME = '"(?:[^"]|"")+"';
const COLUMN = `${NAME}(?:\\.${NAME})?`;

/** The constructs the parser cannot read: a minimal example and the rewrite that removes only that construct. */
const KNOWN_UNSUPPORTED = [
  {
    construct: "column-alias list after a derived table alias",
    example: 'SELECT * FROM (VALUES (1, 2)) AS "m" ("a", "b")',
    pattern: new RegExp(String.raw`\) AS (${NAME}) \(${NAME}(?:, ${NAME})*\)`, "g"),
    replacement: ") AS $1",
  },
  {
    construct: "IS NOT DISTINCT FROM",
    example: 'SELECT 1 FROM "a" LEFT JOIN "b" ON "a"."x" IS NOT DISTINCT FROM "b"."x"',
    pattern: new RegExp(`(${COLUMN}) IS NOT DISTINCT FROM (${COLUMN})`, "g"),
    replacement: "NOT ($1 IS DISTINCT FROM $2)",
  },
] as const;

const parser = new Parser();
const used = new Set<string>();

/** Parses one statement as Snowflake after rewriting the known-unsupported constructs; throws on a syntax error. */
function parseSnowflake(statement: string): void {
  let rewritten = statement;
  for (const known of KNOWN_UNSUPPORTED) {
    const next = rewritten.replace(known.pattern, known.replacement);
    if (next !== rewritten) used.add(known.construct);
    rewritten = next;
  }
  parser.astify(rewritten, { database: "snowflake" });
}

const CASES = expectedSqlCases().filter((c) => c.dialect === "snowflake");
const TEXTS = CASES.flatMap((c) => [[c.id, c.args] as const, [`${c.id} --inline`, [...c.args, "--inline"]] as const]);

describe("Snowflake texts parse with node-sql-parser (database: snowflake)", () => {
  it("the known-unsupported list is explicit and current: each example fails as printed, parses rewritten", () => {
    for (const known of KNOWN_UNSUPPORTED) {
      expect(() => parser.astify(known.example, { database: "snowflake" }), known.construct).toThrow();
      expect(() => parseSnowflake(known.example), known.construct).not.toThrow();
    }
  });

  it.each(TEXTS)("%s", async (_name, args) => {
    const statements = statementsOf(await printedSql(args));
    expect(statements.length).toBe(3); // result cells, input accounting, rejections
    for (const statement of statements) parseSnowflake(statement);
  });

  it("every known-unsupported rewrite was used by the texts", () => {
    expect(TEXTS.length).toBe(44);
    expect([...used].sort()).toEqual(KNOWN_UNSUPPORTED.map((known) => known.construct).sort());
  });

  it("the parser does reject broken Snowflake (the check is not vacuous)", () => {
    expect(() => parseSnowflake('SELECT "a" FROM "t" WHERE')).toThrow();
    expect(() => parseSnowflake('SELECT CAST(:1 AS DATE) AS "d" FROM "t" GROUP BY ORDER')).toThrow();
  });
});
