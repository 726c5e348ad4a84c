/**
 * The option tables of the commands that read files (interfaces.md "The command line"), in a module of
 * their own that loads nothing else: the commands parse their arguments with them, and `bin.ts` reads
 * the input files from the arguments at launch with them (`inputs/launch-files.ts`), before the
 * commands load.
 */

/** The options of `virta compute` (interfaces.md). */
export const COMPUTE_OPTIONS = {
  data: { type: "string", multiple: true },
  period: { type: "string" },
  by: { type: "string" },
  "age-groups": { type: "string" },
  "as-of": { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  engine: { type: "string" },
  strict: { type: "boolean" },
  "no-suppress": { type: "boolean" },
  "max-rejected-share": { type: "string" },
  lang: { type: "string" },
  updated: { type: "string" },
  db: { type: "string" },
  table: { type: "string", multiple: true },
  column: { type: "string", multiple: true },
  "row-number": { type: "string" },
} as const;

/** The options of `virta validate`: `--json`, and the warehouse table instead of FILE (issue 15). */
export const VALIDATE_OPTIONS = {
  json: { type: "boolean" },
  engine: { type: "string" },
  db: { type: "string" },
  table: { type: "string" },
  column: { type: "string", multiple: true },
  "row-number": { type: "string" },
} as const;
