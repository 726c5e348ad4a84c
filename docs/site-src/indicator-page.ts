/**
 * One indicator's page in one language (issue 9): words, formula and expression tree, population rules
 * with their exclusion reasons (F15), breakdowns, unit and rounding (F21), disclosure (F20), legal basis,
 * the deck's cases as tables (docs/decks.md), the changelog with its A/B classes (indicators.md
 * "Changes to a definition"), the definition hash (F32), and for availability indicators the demo
 * data's result per county as an SVG bar chart.
 */
import type { BreakdownSpec, Definition, IndicatorResult, SumSpec } from "@virta/core";
import { dimensionLabelOf, labelOf } from "@virta/concepts";
import { changelogText, KIND_NAMES, UNIT_NAMES } from "@virta/indicators";
import type { DeckCase } from "../../packages/indicators/src/decks/deck";
import { barChart } from "./chart";
import { expressionText, expressionTree } from "./expression";
import { escapeHtml, LANGS, page, table, type Lang } from "./html";
import { say, WORDS } from "./words";

/** The file name of an indicator page. */
export function indicatorFile(id: string, lang: Lang): string {
  return `indicators/${id}.${lang}.html`;
}

const PAGE_WORDS: Record<Lang, Record<string, string>> = {
  fi: {
    tree: "puu",
    where: "ehto",
    value: "arvo",
    sumOf: "summa kentästä",
    count: "solun kaikki rivit (lukumäärä)",
    scale: "kerroin",
    quantile: "kvantiili",
    let: "olkoon",
    forced: "aina jaoteltu",
    inside: "nimittäjän sisällä",
    outside: "nimittäjän ulkopuolella",
    field: "kenttä",
    order: "järjestys",
    ageOf: "ikäryhmä arvosta",
    subPeriod: "lähdepäivän osajakso (F27)",
    band: "luokitus",
    of: "arvosta",
    joinSum: "summa kentästä",
    joinIn: "taulusta",
    joinYear: "jakson vuodelta (F18), järjestäjät yhdistetään kentällä",
  },
  sv: {
    tree: "träd",
    where: "villkor",
    value: "värde",
    sumOf: "summan av fältet",
    count: "cellens alla rader (antal)",
    scale: "skala",
    quantile: "kvantil",
    let: "låt",
    forced: "alltid per",
    inside: "inom nämnaren",
    outside: "utanför nämnaren",
    field: "fält",
    order: "ordning",
    ageOf: "åldersgrupp av",
    subPeriod: "källdatumets delperiod (F27)",
    band: "klassning",
    of: "av",
    joinSum: "summan av fältet",
    joinIn: "i tabellen",
    joinYear: "för periodens år (F18), organisatörer förenas med fältet",
  },
  en: {
    tree: "tree",
    where: "where",
    value: "value",
    sumOf: "sum of",
    count: "every row of the cell (count)",
    scale: "scale",
    quantile: "quantile",
    let: "let",
    forced: "forced",
    inside: "inside the denominator",
    outside: "outside the denominator",
    field: "field",
    order: "order",
    ageOf: "age group of",
    subPeriod: "sub-period of the source date (F27)",
    band: "band set",
    of: "of",
    joinSum: "sum of",
    joinIn: "in",
    joinYear: "of the period's year (F18), organizers matched by",
  },
};

function expressionBlock(label: string, expression: Parameters<typeof expressionText>[0], lang: Lang): string {
  return (
    `<p>${escapeHtml(label)}: <code class="expr">` +
    `${escapeHtml(expressionText(expression, lang))}</code></p><details><summary>` +
    `${escapeHtml(label)} — ${PAGE_WORDS[lang].tree}</summary>` +
    `${expressionTree(expression, lang)}</details>`
  );
}

function sumBlock(label: string, sum: SumSpec, lang: Lang): string {
  const w = PAGE_WORDS[lang];
  const parts = [
    sum.where ? expressionBlock(`${label}: ${w.where}`, sum.where, lang) : "",
    sum.field ? `<p>${escapeHtml(label)}: ${w.sumOf} <code>${escapeHtml(sum.field)}</code></p>` : "",
    sum.value ? expressionBlock(`${label}: ${w.value}`, sum.value, lang) : "",
  ].join("");
  return parts || `<p>${escapeHtml(label)}: ${w.count}</p>`;
}

function breakdownText(spec: BreakdownSpec, lang: Lang): string {
  const w = PAGE_WORDS[lang];
  switch (spec.kind) {
    case "field":
      return `${w.field} ${spec.field}${spec.order ? ` (${w.order}: ${spec.order.join(", ")})` : ""}`;
    case "age_group":
      return `${w.ageOf} ${expressionText(spec.age, lang)}`;
    case "sub_period":
      return w.subPeriod!;
    case "band":
      return (
        `${w.band} ${spec.set} ${w.of} ${expressionText(spec.value, lang)}: ` +
        `${spec.bands.map((band) => band.label).join(", ")}`
      );
  }
}

function deckCaseHtml(file: string, deckCase: DeckCase, lang: Lang): string {
  const options = Object.entries(deckCase.options).map(([key, value]) => [
    key,
    Array.isArray(value) ? value.join(", ") : String(value),
  ]);
  const inputs = Object.entries(deckCase.data).map(([concept, rows]) => {
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return `<h5>${escapeHtml(say("input", lang))}: <code>${escapeHtml(concept)}</code> (${rows.length})</h5>${table(
      columns,
      rows.map((row) => columns.map((column) => row[column] ?? "")),
    )}`;
  });
  let expected = "";
  if (deckCase.expected) {
    const rows = deckCase.expected.rows;
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    expected = `<h5>${escapeHtml(say("expected", lang))}</h5>${table(
      columns,
      rows.map((row) =>
        columns.map((column) =>
          column === "suppressed"
            ? String(row[column])
            : row[column] === null
              ? row.suppressed
                ? ".."
                : "–"
              : (row[column] as unknown),
        ),
      ),
    )}`;
    if (deckCase.expected.input) {
      const accounts = Object.entries(deckCase.expected.input);
      expected += `<h5>${escapeHtml(say("accounting", lang))}</h5>${table(
        [
          "concept",
          "rows_read",
          "rows_rejected",
          "rows_excluded",
          "rows_in_population",
          "excluded_by_reason",
          "rejected_by_reason",
        ],
        accounts.map(([concept, a]) => [
          concept,
          a.rows_read,
          a.rows_rejected,
          a.rows_excluded,
          a.rows_in_population,
          JSON.stringify(a.excluded_by_reason ?? {}),
          JSON.stringify(a.rejected_by_reason ?? {}),
        ]),
      )}`;
    }
  } else if (deckCase.expected_error) {
    expected =
      `<p>${escapeHtml(say("expectedError", lang))}: <code>` +
      `${escapeHtml(deckCase.expected_error.code)}</code>, exit ` +
      `${deckCase.expected_error.exit_code}</p>`;
  }
  return (
    `<div class="case" lang="en"><h4>${escapeHtml(deckCase.title)}</h4><p><code>` +
    `${escapeHtml(file.split("/").pop() ?? file)}</code>` +
    `${deckCase.rules ? ` · ${escapeHtml(deckCase.rules.join(", "))}` : ""}</p><details>` +
    `<summary>${escapeHtml(say("options", lang))}, ${escapeHtml(say("input", lang))}, ` +
    `${escapeHtml(say("expected", lang))}</summary>` +
    `${table([say("options", lang), ""], options)}${inputs.join("")}${expected}</details></div>`
  );
}

/** What an indicator page needs besides the definition. */
export interface IndicatorPageInput {
  definition: Definition;
  hash: string;
  areaName: string;
  decks: Array<{ file: string; deckCase: DeckCase }>;
  demo?: IndicatorResult;
}

/**
 * The HTML of one indicator page.
 *
 * @example
 * ```ts
 * indicatorPage({ definition, hash, areaName: "Availability", decks: [] }, "en");
 * // "<!doctype html>…<h1>Non-urgent primary-care visits within 14 days…"
 * ```
 */
export function indicatorPage(input: IndicatorPageInput, lang: Lang): string {
  const { definition: d, hash } = input;
  const sections: string[] = [];
  sections.push(`<h1>${escapeHtml(d.title[lang])}</h1>`);
  sections.push(
    `<p><code>${escapeHtml(d.id)}</code> · ${escapeHtml(say("version", lang))} ` +
      `${escapeHtml(d.version)} · ${escapeHtml(input.areaName)} · ` +
      `${escapeHtml(say("kind", lang))}: ${escapeHtml(KIND_NAMES[d.kind][lang])}</p>`,
  );
  sections.push(`<h2>${escapeHtml(say("description", lang))}</h2><p>${escapeHtml(d.description[lang])}</p>`);
  const w = PAGE_WORDS[lang];
  const lets = Object.entries(d.let).map(([name, expression]) => expressionBlock(`${w.let} ${name}`, expression, lang));
  const denominator = d.denominator
    ? "join" in d.denominator
      ? `<p>${escapeHtml(say("denominator", lang))}: ${w.joinSum} <code>` +
        `${escapeHtml(d.denominator.join.sum.field)}</code> ${w.joinIn} <code>` +
        `${escapeHtml(d.denominator.join.concept)}</code> ${w.joinYear} <code>` +
        `${escapeHtml(d.denominator.join.organizerField)}</code></p>`
      : sumBlock(say("denominator", lang), d.denominator, lang)
    : "";
  sections.push(
    `<h2>${escapeHtml(say("formula", lang))}</h2><p class="formula">${escapeHtml(d.formula[lang])}</p>` +
      `<h3>${escapeHtml(say("expressionTree", lang))}</h3>${lets.join("")}` +
      (d.numerator ? sumBlock(say("numerator", lang), d.numerator, lang) : "") +
      denominator +
      (d.quantile ? expressionBlock(`${w.quantile} p = ${d.quantile.p}`, d.quantile.value, lang) : "") +
      `<p>${w.scale} ${d.scale}</p>`,
  );
  sections.push(
    `<h2>${escapeHtml(say("population", lang))}</h2>` +
      table(
        ["#", say("reason", lang), say("rule", lang), say("condition", lang)],
        d.population.map((rule, index) => [
          index + 1,
          { html: `<code>${escapeHtml(rule.reason)}</code>` },
          rule.text?.[lang] ?? "",
          { html: `<code>${escapeHtml(expressionText(rule.keep, lang))}</code>` },
        ]),
      ),
  );
  sections.push(
    `<h2>${escapeHtml(say("breakdowns", lang))}</h2>` +
      table(
        ["", say("derivation", lang)],
        Object.entries(d.breakdowns).map(([name, spec]) => [
          { html: `${escapeHtml(dimensionLabelOf(name, lang))} <code>${escapeHtml(name)}</code>` },
          breakdownText(spec, lang),
        ]),
      ) +
      (d.forced
        ? `<p>${w.forced}: <code>${escapeHtml(d.forced.dimension)}</code> ` +
          `(${d.forced.inDenominator ? w.inside : w.outside})</p>`
        : ""),
  );
  sections.push(
    `<h2>${escapeHtml(say("unitRounding", lang))}</h2><p>` +
      `${escapeHtml(UNIT_NAMES[d.unit][lang])} (<code>${escapeHtml(d.unit)}</code>) · ` +
      `${escapeHtml(WORDS.rounding[lang](d.decimals))}</p>`,
  );
  sections.push(
    `<h2>${escapeHtml(say("disclosure", lang))}</h2><p><code>${escapeHtml(d.disclosure.policy)}` +
      `</code>: ${escapeHtml(WORDS.disclosureBasis[lang][d.disclosure.basis])}. ` +
      `${escapeHtml(say("disclosureText", lang))}</p>`,
  );
  sections.push(
    `<h2>${escapeHtml(say("legalBasis", lang))}</h2><ul>` +
      `${d.legalBasis.map((basis) => `<li>${escapeHtml(basis)}</li>`).join("")}</ul>`,
  );
  if (input.demo) {
    const rows = input.demo.rows.filter((row) => row.organizer !== undefined);
    sections.push(
      `<h2>${escapeHtml(say("chart", lang))}</h2><p>${escapeHtml(say("chartNote", lang))} ` +
        `${escapeHtml(input.demo.period.id)}</p>` +
        barChart(
          rows.map((row) => ({
            label:
              `${row.organizer} ${labelOf("organizer", String(row.organizer), lang)}` +
              `${row.wait_band !== undefined ? ` · ${row.wait_band}` : ""}`,
            value: row.value as number | null,
            suppressed: row.suppressed,
          })),
          { unit: d.unit, title: d.title[lang], decimals: d.decimals },
        ),
    );
  }
  sections.push(
    `<h2>${escapeHtml(say("decks", lang))} (${input.decks.length})</h2>` +
      `${input.decks.map(({ file, deckCase }) => deckCaseHtml(file, deckCase, lang)).join("")}`,
  );
  sections.push(
    `<h2>${escapeHtml(say("changelog", lang))}</h2>` +
      table(
        [say("version", lang), say("date", lang), say("changeClass", lang), say("whatChanged", lang)],
        d.changelog.map((entry) => [
          entry.version,
          entry.date,
          { html: `<span class="class-${entry.class}">${escapeHtml(WORDS.classNames[lang][entry.class])}</span>` },
          changelogText(entry, lang),
        ]),
      ),
  );
  sections.push(
    `<h2>${escapeHtml(say("hash", lang))}</h2><p class="hash" id="definition-hash">${escapeHtml(hash)}</p>`,
  );
  const alternates = Object.fromEntries(LANGS.map((other) => [other, `${d.id}.${other}.html`]));
  return page({ lang, title: d.title[lang], root: "../", body: sections.join("\n"), alternates });
}
