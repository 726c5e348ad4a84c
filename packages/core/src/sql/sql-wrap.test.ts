/**
 * The last line-width step of the printed SQL (issue 15: at most 120 characters a line): breaks only at
 * spaces between tokens, never inside quoted text or a `--` comment, continuation four spaces in.
 */
import { describe, expect, it } from "vitest";
import { wrapSqlLines } from "./sql-wrap";

describe("wrapSqlLines", () => {
  it("leaves lines within the width and comment lines as they are", () => {
    const text = `SELECT 1\n-- ${"c ".repeat(80)}`;
    expect(wrapSqlLines(text)).toBe(text);
  });

  it("breaks a long IN list after a comma, continuation lines four spaces further in", () => {
    const line = `  WHERE "a" IN (${Array.from({ length: 12 }, (_, i) => `'v${i}'`).join(", ")})`;
    expect(wrapSqlLines(line, 40)).toBe(
      [
        `  WHERE "a" IN ('v0', 'v1', 'v2', 'v3',`,
        "      'v4', 'v5', 'v6', 'v7', 'v8',",
        "      'v9', 'v10', 'v11')",
      ].join("\n"),
    );
  });

  it("never breaks inside quoted text (doubled quotes included) nor inside a trailing comment", () => {
    const quoted = `'it''s a b c d e f g h'`;
    const line = `SELECT ${quoted} AS "x y z", 1 -- a b c d e f g h i j k`;
    const wrapped = wrapSqlLines(line, 30);
    expect(wrapped).toBe([`SELECT ${quoted}`, '    AS "x y z",', "    1 -- a b c d e f g h i j k"].join("\n"));
    expect(wrapped.replace(/\n\s+/g, " ")).toBe(line);
  });

  it("keeps a line with no usable space (one long quoted text) as it is", () => {
    const line = `'${"x".repeat(130)}'`;
    expect(wrapSqlLines(line)).toBe(line);
  });
});
