/**
 * The comparison page (the management view, issue 9): selected availability indicators on the demo
 * data, every county of the data side by side, by Sotkanet age group, with suppressed cells marked `..`
 * (fine-print F20) and a bar chart per indicator.
 */
import type { IndicatorResult } from "@virta/core";
import { labelOf } from "@virta/concepts";
import { catalogue } from "@virta/indicators";
import { barChart } from "./chart";
import { escapeHtml, page, table } from "./html";
import { indicatorFile } from "./indicator-page";

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
 * comparisonPage(demo.byOrganizer, demo.byOrganizerAndAge, ["14", "17"]).includes("<td class=\"num\">..</td>"); // true when a cell is suppressed
 * ```
 */
export function comparisonPage(
  byOrganizer: Map<string, IndicatorResult>,
  byAge: Map<string, IndicatorResult>,
  counties: string[],
): string {
  const header = ["", ...counties.map((code) => `${code} ${labelOf("organizer", code, "en")}`)];
  const overview = table(
    header,
    COMPARISON_IDS.map((id) => {
      const result = byOrganizer.get(id)!;
      const title = catalogue.get(id).title.en;
      return [
        {
          html: `<a href="${indicatorFile(id, "en")}">${escapeHtml(title)}</a> (${escapeHtml(result.unit)})<br><code>${escapeHtml(id)}</code>`,
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
        label: `${row.organizer} ${labelOf("organizer", String(row.organizer), "en")}`,
        value: row.value as number | null,
        suppressed: row.suppressed,
      })),
      { unit: result.unit, title: id, decimals: result.decimals },
    );
    return `<h2 id="${id}"><a href="${indicatorFile(id, "en")}">${escapeHtml(catalogue.get(id).title.en)}</a></h2><p><code>${escapeHtml(id)}</code></p>${chart}<h3>By age group (Sotkanet)</h3>${table(["age group", ...header.slice(1)], rows)}`;
  });
  const body =
    `<h1>Comparison of counties</h1><p>Synthetic demo data (virta demo), ${escapeHtml(byOrganizer.get(COMPARISON_IDS[0])!.period.id)}. ` +
    `<strong>..</strong> = suppressed: fewer than 5 rows behind the cell (national-1, F20); – = no rows.</p>${overview}${details.join("\n")}`;
  return page({ lang: "en", title: "Comparison of counties", root: "", body });
}
