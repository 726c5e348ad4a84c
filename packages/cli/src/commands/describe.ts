/**
 * `virta describe ID [--lang fi|sv|en] [--json]` (interfaces.md): one indicator in words — what it
 * measures, its formula, the concepts it reads, the periods (F26), as-of (F28) and breakdowns it
 * allows, disclosure, legal basis and changelog — or the whole definition with its hash as JSON.
 */
import type { Definition } from "@virta/core";
import { dimensionLabelOf } from "@virta/concepts";
import { catalogue, changelogText, DESCRIBE_TERMS, KIND_NAMES, PERIOD_FORMS, UNIT_NAMES } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs, positionals } from "../cli/options";

const LANGS = ["fi", "sv", "en"] as const;

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
  const t = (key: keyof typeof DESCRIBE_TERMS) => DESCRIBE_TERMS[key][lang];
  const labels = [
    "formula",
    "kind",
    "reads",
    "period",
    "asOf",
    "breakdowns",
    "forced",
    "disclosure",
    "legalBasis",
    "hash",
  ] as const;
  const width = Math.max(...labels.map((key) => t(key).length)) + 3;
  const line = (key: (typeof labels)[number], value: string) => `${`${t(key)}:`.padEnd(width)}${value}`;
  const breakdowns = Object.keys(definition.breakdowns).map((name) =>
    lang === "en" ? name : `${name} (${dimensionLabelOf(name, lang)})`,
  );
  const decimals = `${definition.decimals} ${definition.decimals === 1 ? t("decimal") : t("decimals")}`;
  const basis = definition.disclosure.basis;
  const lines = [
    `${definition.id} ${definition.version} — ${definition.title[lang]}`,
    "",
    definition.description[lang],
    "",
    line("formula", definition.formula[lang]),
    line(
      "kind",
      `${KIND_NAMES[definition.kind][lang]}, ${t("unit")} ${UNIT_NAMES[definition.unit][lang]}, ${decimals}`,
    ),
    line("reads", definition.concepts.join(", ")),
    line("period", PERIOD_FORMS[definition.periods][lang]),
    line("asOf", definition.asOf ? t("asOfTaken") : t("asOfNot")),
    line("breakdowns", breakdowns.join(", ")),
  ];
  if (definition.forced) lines.push(line("forced", definition.forced.dimension));
  lines.push(
    line(
      "disclosure",
      basis === "none"
        ? t("disclosureNone")
        : basis === "numerator"
          ? t("disclosureNumerator")
          : t("disclosureDenominator"),
    ),
    line("legalBasis", definition.legalBasis.join("; ") || "—"),
    line("hash", hash),
    `${t("changelog")}:`,
    ...definition.changelog.map(
      (entry) => `  ${entry.version} ${entry.date} (${entry.class}): ${changelogText(entry, lang)}`,
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
