/**
 * Maps the rules a deck case cites (`"F21"`, `"calendar.md working days"`, `"indicators.md P-PC"`) to the
 * anchors of docs/rules.md, where each rule is explained in the repository's own words (issue 19), and
 * reads the rule titles from that page for the kit and the certification report.
 */

/** Anchors for citations of the other spec pages: [page, text prefix, anchor], first match wins. */
const PAGE_RULES: ReadonlyArray<readonly [string, string, string]> = [
  ["calendar.md", "dates", "calendar-dates"],
  ["calendar.md", "days", "calendar-days"],
  ["calendar.md", "months", "calendar-months"],
  ["calendar.md", "working days", "calendar-working-days"],
  ["calendar.md", "age", "calendar-age"],
  ["calendar.md", "legal deadlines", "calendar-legal-deadlines"],
  ["law 150/1930", "2", "calendar-working-days"],
  ["law 150/1930", "3", "calendar-months"],
  ["law 150/1930", "5", "calendar-working-days"],
  ["classifications.md", "organizers", "classifications-organizers"],
  ["classifications.md", "municipality", "classifications-organizers"],
  ["classifications.md", "age-group", "classifications-age-groups"],
  ["classifications.md", "sotkanet", "classifications-age-groups"],
  ["classifications.md", "statfin", "classifications-age-groups"],
  ["classifications.md", "waiting bands", "classifications-waiting-bands"],
  ["classifications.md", "care_guarantee", "classifications-waiting-bands"],
  ["classifications.md", "periods", "classifications-periods"],
  ["indicators.md", "p-pc", "indicators-health-care"],
  ["indicators.md", "p-oc", "indicators-health-care"],
  ["indicators.md", "availability.primary_care", "indicators-health-care"],
  ["indicators.md", "availability.oral_care", "indicators-health-care"],
  ["indicators.md", "wait_band_share", "indicators-health-care"],
  ["indicators.md", "availability.specialised_care", "indicators-specialised-care"],
  ["indicators.md", "specialised care", "indicators-specialised-care"],
  ["indicators.md", "availability.social_care", "indicators-social-care"],
  ["indicators.md", "availability.child_welfare", "indicators-social-care"],
  ["indicators.md", "social care", "indicators-social-care"],
  ["indicators.md", "as-of", "indicators-social-care"],
  ["indicators.md", "population", "indicators-population"],
  ["indicators.md", "staff", "indicators-staff-costs"],
  ["indicators.md", "costs", "indicators-staff-costs"],
  ["indicators.md", "productivity", "indicators-staff-costs"],
  ["indicators.md", "customer_experience", "indicators-feedback"],
  ["indicators.md", "disclosure", "indicators-disclosure"],
  ["indicators.md", "national-1", "indicators-disclosure"],
  ["indicators.md", "quantiles", "indicators-quantiles"],
  ["indicators.md", "rows", "indicators-rows"],
  ["indicators.md", "breakdowns", "indicators-rows"],
  ["indicators.md", "rounding", "indicators-rows"],
  ["national-1", "", "indicators-disclosure"],
  ["interfaces.md", "", "interfaces"],
  ["concepts.md", "", "concepts"],
  ["readme", "", "principles"],
  ["docs/", "", "principles"],
];

/**
 * The docs/rules.md anchor of a cited rule, or `undefined` when the citation is not known.
 *
 * @example
 * ```ts
 * ruleAnchor("F15 pending"); // "F15"
 * ruleAnchor("calendar.md working days worked examples"); // "calendar-working-days"
 * ruleAnchor("indicators.md P-PC"); // "indicators-health-care"
 * ```
 */
export function ruleAnchor(rule: string): string | undefined {
  const fine = /^F(\d+a?)\b/.exec(rule.trim());
  if (fine) return `F${fine[1]}`;
  const text = rule.trim().toLowerCase();
  for (const [page, prefix, anchor] of PAGE_RULES) {
    if (!text.startsWith(page)) continue;
    if (text.slice(page.length).trim().startsWith(prefix)) return anchor;
  }
  return undefined;
}

/**
 * The headings of docs/rules.md by anchor (`F21` → `F21 Exact value, rounded once half away from zero`).
 *
 * @example
 * ```ts
 * ruleTitles('<a id="F1"></a>\n\n### F1 Empty means absent\n').get("F1"); // "F1 Empty means absent"
 * ```
 */
export function ruleTitles(markdown: string): Map<string, string> {
  const titles = new Map<string, string>();
  const pattern = /<a id="([^"]+)"><\/a>\s*\n\s*#+ ([^\n]+)/g;
  for (const match of markdown.matchAll(pattern)) titles.set(match[1]!, match[2]!.trim());
  return titles;
}
