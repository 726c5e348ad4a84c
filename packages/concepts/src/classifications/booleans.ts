/**
 * The spellings a `bool` field accepts on input, each with its value (concepts.md "Common types":
 * `true`/`false`, `1`/`0`, `yes`/`no`, `kyllä`/`ei`; F2 adds `t`/`f`). Matched case-insensitively after
 * trimming (F2); the validators in memory and in SQL and the rejection messages all read this table.
 */

/** Accepted boolean spellings and their values, `true`/`false` first. */
export const BOOLEAN_INPUT_SPELLINGS: ReadonlyArray<readonly [string, boolean]> = Object.freeze([
  ["true", true],
  ["false", false],
  ["1", true],
  ["0", false],
  ["yes", true],
  ["no", false],
  ["kyllä", true],
  ["ei", false],
  ["t", true],
  ["f", false],
] as const);
