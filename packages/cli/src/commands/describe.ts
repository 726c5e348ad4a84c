/**
 * `virta describe ID [--lang fi|sv|en] [--json]` (interfaces.md): one indicator in words — what it
 * measures, its formula, the concepts it reads, the periods (F26), as-of (F28) and breakdowns it
 * allows, disclosure, legal basis and changelog — or the whole definition with its hash as JSON.
 */
import type { Definition } from "@virta/core";
import { catalogue } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";

const LANGS = ["fi", "sv", "en"] as const;

const PERIODS: Record<Definition["periods"], string> = {
  interval: "a year, half, tertial, quarter or month (2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03)",
  census: "a census date only (2024-12-31)",
  year: "a year only (2024)",
};

/**
 * The readable description of one definition.
 *
 * @example
 * ```ts
 * describeText(catalogue.get("availability.primary_care.within_14_days"), "sha256:…", "en").split("\n")[0];
 * // "availability.primary_care.within_14_days 1.0.0 — Share of non-urgent primary-care visits …"
 * ```
 */
export function describeText(definition: Definition, hash: string, lang: (typeof LANGS)[number]): string {
  const lines = [
    `${definition.id} ${definition.version} — ${definition.title[lang]}`,
    "",
    definition.description[lang],
    "",
    `formula:      ${definition.formula[lang]}`,
    `kind:         ${definition.kind}, unit ${definition.unit}, ${definition.decimals} decimal${definition.decimals === 1 ? "" : "s"}`,
    `reads:        ${definition.concepts.join(", ")}`,
    `period:       ${PERIODS[definition.periods]}`,
    `as-of:        ${definition.asOf ? "--as-of DATE, not before the period end (default: the period end)" : "not taken"}`,
    `breakdowns:   ${Object.keys(definition.breakdowns).join(", ")}`,
  ];
  if (definition.forced) lines.push(`always by:    ${definition.forced.dimension}`);
  lines.push(
    `disclosure:   ${definition.disclosure.basis === "none" ? "none (aggregate table)" : `national-1 (cells counting 1–4 by the ${definition.disclosure.basis} are suppressed)`}`,
    `legal basis:  ${definition.legalBasis.join("; ") || "—"}`,
    `hash:         ${hash}`,
    "changelog:",
    ...definition.changelog.map(
      (entry) => `  ${entry.version} ${entry.date} (${entry.class}): ${lang === "en" ? entry.en : entry.fi}`,
    ),
  );
  return `${lines.join("\n")}\n`;
}

/**
 * Runs `virta describe`.
 *
 * @example
 * ```ts
 * await describeCommand(["availability.primary_care.within_14_days", "--lang", "en"], processIo()); // 0
 * ```
 */
export async function describeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: given } = parseCommandArgs("describe", args, {
    lang: { type: "string" },
    json: { type: "boolean" },
  });
  const [id] = positionals("describe", given, ["ID"]);
  const lang = oneOf("lang", typeof values.lang === "string" ? values.lang : "fi", LANGS);
  const entry = catalogue.entry(id!);
  if (values.json === true) {
    io.out(`${JSON.stringify({ definition_hash: entry.definition_hash, definition: entry.definition }, null, 2)}\n`);
    return 0;
  }
  io.out(describeText(entry.definition, entry.definition_hash, lang));
  return 0;
}
