/**
 * The committed expected SQL (issue 15, F34): `packages/cli/expected-sql/<dialect>/<indicator id>.sql`
 * holds what `virta sql` prints (default bind-parameter form) for every catalogue indicator in DuckDB,
 * PostgreSQL and Snowflake. These files are reviewed like deck cases: a change to one is a deliberate,
 * reviewed diff. A mismatch fails with the first differing lines; `pnpm sql:expected` rewrites the files
 * (this test with VIRTA_UPDATE_EXPECTED_SQL=1) — then review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIALECTS } from "../commands/sql";
import { EXPECTED_SQL_DIR, expectedSqlCases, lineDiff, printedSql } from "../test-support/expected-sql";

const UPDATE = process.env.VIRTA_UPDATE_EXPECTED_SQL === "1";
const CASES = expectedSqlCases();

describe("expected SQL per indicator and dialect", () => {
  it("covers the 22 catalogue indicators in 3 dialects, and no other file lies in expected-sql/", () => {
    expect(CASES.length).toBe(66);
    const wanted = new Set(CASES.map((c) => `${c.dialect}/${c.id}.sql`));
    const present = DIALECTS.flatMap((dialect) => {
      const folder = join(EXPECTED_SQL_DIR, dialect);
      return existsSync(folder) ? readdirSync(folder).map((file) => `${dialect}/${file}`) : [];
    });
    expect(present.filter((file) => !wanted.has(file))).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.dialect}/${c.id}`, c] as const))("%s.sql", async (_name, c) => {
    const generated = await printedSql(c.args);
    // Deterministic: a second run prints the same text (no clock, no random names).
    expect(await printedSql(c.args)).toBe(generated);
    const file = join(EXPECTED_SQL_DIR, c.dialect, `${c.id}.sql`);
    if (UPDATE) {
      mkdirSync(join(EXPECTED_SQL_DIR, c.dialect), { recursive: true });
      writeFileSync(file, generated);
      return;
    }
    if (!existsSync(file))
      throw new Error(`${file} is missing: run "pnpm sql:expected" and review the new file before committing`);
    const diff = lineDiff(readFileSync(file, "utf8"), generated);
    if (diff !== "")
      throw new Error(
        `virta sql ${c.args.join(" ")} no longer prints expected-sql/${c.dialect}/${c.id}.sql:\n${diff}\n` +
          'If the change is intended, run "pnpm sql:expected" and commit the reviewed diff.',
      );
  });
});

describe("printed SQL lines (issue 15: at most 120 characters a line)", () => {
  it.each(CASES.map((c) => [`${c.dialect}/${c.id}`, c] as const))(
    "%s: bind-parameter and --inline forms",
    async (_, c) => {
      for (const args of [c.args, [...c.args, "--inline"]]) {
        const long = (await printedSql(args)).split("\n").filter((line) => line.length > 120);
        expect(long, `virta sql ${args.join(" ")}`).toEqual([]);
      }
    },
  );
});

describe("lineDiff", () => {
  it("names the first differing line with context, committed as - and generated as +", () => {
    expect(lineDiff("a\nb\nc\nd\n", "a\nb\nX\nd\n")).toBe(
      ["@@ line 3: 1 committed line(s) differ from 1 generated line(s)", "  a", "  b", "- c", "+ X"].join("\n"),
    );
    expect(lineDiff("same\n", "same\n")).toBe("");
  });
});
