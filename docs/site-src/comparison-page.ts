/**
 * The comparison page (the management view, issue 9): selected availability indicators on the demo
 * data, every county of the data side by side, by Sotkanet age group, with suppressed cells marked `..`
 * (fine-print F20) and a bar chart per indicator.
 */
import type { IndicatorResult } from "@virta/core";
import { labelOf } from "@virta/concepts";
import { catalogue, UNIT_NAMES } from "@virta/indicators";
import { barChart } from "./chart";
import { dashFile } from "./dashboard-pages";
import { escapeHtml, LANGS, page, table, type Lang } from "./html";
import { indicatorFile } from "./indicator-page";
import { referenceFile } from "./reference-pages";

const C: Record<string, Record<Lang, string>> = {
  title: { fi: "Hyvinvointialueiden vertailu", sv: "Jämförelse av välfärdsområden", en: "Comparison of counties" },
  byAge: { fi: "Ikäryhmittäin (Sotkanet)", sv: "Per åldersgrupp (Sotkanet)", en: "By age group (Sotkanet)" },
  ageGroup: { fi: "ikäryhmä", sv: "åldersgrupp", en: "age group" },
  intro: {
    fi: "Synteettinen demoaineisto (virta demo), kaksi hyvinvointialuetta,",
    sv: "Syntetiska demodata (virta demo), två välfärdsområden,",
    en: "Synthetic demo data (virta demo), two counties,",
  },
  legend: {
    fi: ".. = salattu: solun takana on alle 5 riviä (national-1, F20); – = ei rivejä.",
    sv: ".. = skyddad: färre än 5 rader bakom cellen (national-1, F20); – = inga rader.",
    en: ".. = suppressed: fewer than 5 rows behind the cell (national-1, F20); – = no rows.",
  },
  dashboard: {
    fi: "Kaikki 23 järjestäjää kahden vuoden ajalta: johdon näkymä.",
    sv: "Alla 23 organisatörer under två år: ledningens översikt.",
    en: "All 23 organizers over two years: the management dashboard.",
  },
};

/** The indicators the management view shows. */
export const COMPARISON_IDS = [
  "availability.primary_care.within_14_days",
  "availability.primary_care.care_guarantee_met",
  "availability.oral_care.within_3_months",
  "availability.specialised_care.waiting_over_180_days",
  "availability.social_care.assessment_started_within_7_working_days",
  "availability.child_welfare.decision_within_7_working_days",
] as const;

/** A cell as printed: the value with the indicator's decimals (F21), `..` when suppressed (F20), `–` when absent. */
const cellText = (row: { value: unknown; suppressed: boolean } | undefined, decimals: number): string =>
  row === undefined ? "–" : row.suppressed ? ".." : typeof row.value === "number" ? row.value.toFixed(decimals) : "–";

/**
 * The comparison page.
 *
 * @example
 * ```ts
 * comparisonPage(demo.byOrganizer, demo.byOrganizerAndAge, ["14", "17"]).includes("<td class=\"num\">..</td>");
 * // true when a cell is suppressed
 * ```
 */
export function comparisonPage(
  byOrganizer: Map<string, IndicatorResult>,
  byAge: Map<string, IndicatorResult>,
  counties: string[],
  lang: Lang = "en",
): string {
  const t = (key: string) => C[key]![lang];
  const header = ["", ...counties.map((code) => `${code} ${labelOf("organizer", code, lang)}`)];
  const overview = table(
    header,
    COMPARISON_IDS.map((id) => {
      const result = byOrganizer.get(id)!;
      const title = catalogue.get(id).title[lang];
      return [
        {
          html:
            `<a href="${indicatorFile(id, lang)}">${escapeHtml(title)}</a> ` +
            `(${escapeHtml(UNIT_NAMES[result.unit][lang])})<br><code>${escapeHtml(id)}</code>`,
        },
        ...counties.map((code) =>
          cellText(
            result.rows.find((row) => row.organizer === code),
            result.decimals,
          ),
        ),
      ];
    }),
    "comparison",
  );
  const details = COMPARISON_IDS.map((id) => {
    const result = byAge.get(id)!;
    const ages = [...new Set(result.rows.map((row) => String(row.age_group)))];
    const rows = ages.map((age) => [
      age,
      ...counties.map((code) =>
        cellText(
          result.rows.find((row) => row.organizer === code && row.age_group === age),
          result.decimals,
        ),
      ),
    ]);
    const chart = barChart(
      byOrganizer.get(id)!.rows.map((row) => ({
        label: `${row.organizer} ${labelOf("organizer", String(row.organizer), lang)}`,
        value: row.value as number | null,
        suppressed: row.suppressed,
      })),
      { unit: result.unit, title: catalogue.get(id).title[lang], decimals: result.decimals },
    );
    return (
      `<h2 id="${id}"><a href="${indicatorFile(id, lang)}">` +
      `${escapeHtml(catalogue.get(id).title[lang])}</a></h2><p><code>${escapeHtml(id)}</code></p>` +
      `${chart}<h3>${t("byAge")}</h3>${table([t("ageGroup"), ...header.slice(1)], rows)}`
    );
  });
  const body =
    `<h1>${t("title")}</h1><p>${t("intro")} ` +
    `${escapeHtml(byOrganizer.get(COMPARISON_IDS[0])!.period.id)}. ${t("legend")}</p>` +
    `<p><a href="${dashFile("index", lang)}">${t("dashboard")}</a></p>${overview}${details.join("\n")}`;
  const alternates = Object.fromEntries(LANGS.map((other) => [other, referenceFile("comparison", other)]));
  return page({ lang, title: t("title"), root: "", body, alternates });
}
