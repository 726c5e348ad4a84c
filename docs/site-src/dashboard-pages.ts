/**
 * The management dashboard's pages (issue 18), built from the published JSON-stat files only
 * (dashboard-data.ts): a front page with every indicator's national value and the organizers' range,
 * a page per indicator (all 23 organizers against the national value, ranking, time series by tertial
 * over two years, definition one click away) and a profile page per organizer (all indicators, change
 * from the previous period). Finnish is the default (`index.html`); Swedish and English have `.sv` and
 * `.en` files. Suppressed cells show `..` (F20), absent ones `–`.
 */
import { labelOf } from "@virta/concepts";
import { catalogue } from "@virta/indicators";
import { numberText, rankingChart, seriesChart } from "./dashboard-charts";
import type { Cell, IndicatorSeries } from "./dashboard-data";
import { ACCESSIBILITY, DASH } from "./dashboard-words";
import { escapeHtml, LANGS, page, scrollTable, type Lang } from "./html";
import { indicatorFile } from "./indicator-page";

/** The file of a dashboard page in a language (Finnish is the default: no suffix). */
export function dashFile(name: string, lang: Lang): string {
  return `dashboard/${name}${lang === "fi" ? "" : `.${lang}`}.html`;
}

const alternates = (name: string) =>
  Object.fromEntries(LANGS.map((lang) => [lang, dashFile(name, lang).slice("dashboard/".length)]));

/** A cell as text: the value with the indicator's decimals, `..` suppressed, `–` absent. */
export function cellText(cell: Cell | undefined, decimals: number, lang: Lang): string {
  if (cell === undefined || cell.status === "-") return "–";
  if (cell.status === "..") return "..";
  return cell.value === null ? "–" : numberText(cell.value, decimals, lang);
}

const valueOf = (cell: Cell | undefined) => (cell && cell.status === null ? cell.value : null);

/** A cell for the tables: the text, with the raw value for checks and `..` marked. */
function cellHtml(cell: Cell | undefined, decimals: number, lang: Lang): { html: string; num: boolean } {
  const text = cellText(cell, decimals, lang);
  const raw = valueOf(cell);
  const attributes = raw === null ? "" : ` data-value="${raw}"`;
  const marked = text === ".." ? `<abbr class="suppressed" title="${escapeHtml(DASH.legend![lang])}">..</abbr>` : text;
  return { html: `<span${attributes}>${marked}</span>`, num: true };
}

function changeText(latest: Cell | undefined, previous: Cell | undefined, decimals: number, lang: Lang): string {
  const a = valueOf(latest);
  const b = valueOf(previous);
  if (a === null || b === null) return "–";
  const change = Math.round((a - b) * 10 ** decimals) / 10 ** decimals;
  return `${change > 0 ? "+" : change < 0 ? "−" : "±"}${numberText(Math.abs(change), decimals, lang)}`;
}

const unitText = (unit: string, lang: Lang) =>
  unit === "percent" ? "%" : unit === "days" ? { fi: "vrk", sv: "dygn", en: "days" }[lang] : unit;

const periodText = (period: string, lang: Lang) => {
  const tertial = /^(\d{4})-T(\d)$/.exec(period);
  if (tertial) {
    const [, year, n] = tertial;
    return { fi: `${n}. tertiaali ${year}`, sv: `tertial ${n} ${year}`, en: `tertial ${n} ${year}` }[lang];
  }
  const [year, month, day] = period.split("-");
  return lang === "en" ? period : `${Number(day)}.${Number(month)}.${year}`;
};

/** A short period label for a chart axis: `T3/2024`, or the census date. */
const axisText = (period: string, lang: Lang) => {
  const tertial = /^(\d{4})-T(\d)$/.exec(period);
  return tertial ? `T${tertial[2]}/${tertial[1]}` : periodText(period, lang);
};

const organizerName = (code: string, lang: Lang) => labelOf("organizer", code, lang);

/**
 * The dashboard's front page.
 *
 * @example
 * ```ts
 * dashboardIndex(series, organizers, "fi").includes("Johdon näkymä"); // true
 * ```
 */
export function dashboardIndex(series: readonly IndicatorSeries[], organizers: readonly string[], lang: Lang): string {
  const rows = series.map((one) => {
    const latest = one.periods.at(-1)!;
    const values = organizers.map((code) => valueOf(one.byOrganizer.get(code)?.get(latest))).filter((v) => v !== null);
    return [
      { html: `<a href="${dashFile(one.id, lang).slice(10)}">${escapeHtml(catalogue.get(one.id).title[lang])}</a>` },
      periodText(latest, lang),
      unitText(one.unit, lang),
      cellHtml(one.national.get(latest), one.decimals, lang),
      values.length
        ? `${numberText(Math.min(...values), one.decimals, lang)} – ` +
          `${numberText(Math.max(...values), one.decimals, lang)}`
        : "–",
    ];
  });
  const range = {
    fi: "Järjestäjien vaihteluväli",
    sv: "Organisatörernas variationsvidd",
    en: "Range of the organizers",
  }[lang];
  const profiles = organizers
    .map(
      (code) =>
        `<li><a href="${dashFile(`organizer-${code}`, lang).slice(10)}">` +
        `${escapeHtml(organizerName(code, lang))}</a></li>`,
    )
    .join("");
  const body =
    `<h1>${escapeHtml(DASH.dashboard![lang])}</h1><p>${escapeHtml(DASH.intro![lang])}</p><p ` +
    `class="note">${escapeHtml(DASH.synthetic![lang])}</p>` +
    scrollTable(
      [
        DASH.indicator![lang],
        DASH.period![lang],
        { fi: "Yksikkö", sv: "Enhet", en: "Unit" }[lang],
        DASH.national![lang],
        range,
      ],
      rows,
      DASH.dashboard![lang],
      "dash-index",
    ) +
    `<p>${escapeHtml(DASH.legend![lang])}</p><h2>${escapeHtml(DASH.counties![lang])}</h2><ul ` +
    `class="columns">${profiles}</ul>`;
  return page({ lang, title: DASH.dashboard![lang], root: "../", body, alternates: alternates("index") });
}

/**
 * The page of one indicator: organizers against the national value, ranking, time series.
 *
 * @example
 * ```ts
 * indicatorDashboard(series[0], organizers, "sv").includes("Rangordning"); // true
 * ```
 */
export function indicatorDashboard(one: IndicatorSeries, organizers: readonly string[], lang: Lang): string {
  const entry = catalogue.get(one.id);
  const latest = one.periods.at(-1)!;
  const previous = one.periods.at(-2);
  const national = one.national.get(latest);
  const ranked = organizers
    .map((code) => ({ code, cell: one.byOrganizer.get(code)?.get(latest) }))
    .sort(
      (a, b) =>
        (valueOf(b.cell) ?? Number.NEGATIVE_INFINITY) - (valueOf(a.cell) ?? Number.NEGATIVE_INFINITY) ||
        a.code.localeCompare(b.code),
    );
  const all = [...one.byOrganizer.values()].flatMap((map) => [...map.values()].map(valueOf)).filter((v) => v !== null);
  const max = one.unit === "percent" ? 100 : Math.max(1, ...all, valueOf(national) ?? 0);
  const title = entry.title[lang];
  const chart = rankingChart(
    ranked.map(({ code, cell }) => ({
      label: organizerName(code, lang),
      value: valueOf(cell),
      suppressed: cell?.status === "..",
    })),
    {
      national: valueOf(national),
      max,
      decimals: one.decimals,
      lang,
      title: `${title}, ${periodText(latest, lang)}`,
      nationalLabel: DASH.national![lang],
    },
  );
  let rank = 0;
  const rankRows = ranked.map(({ code, cell }) => {
    const value = valueOf(cell);
    if (value !== null) rank += 1;
    const nationalValue = valueOf(national);
    return [
      value === null ? "–" : String(rank),
      {
        html: `<a href="${dashFile(`organizer-${code}`, lang).slice(10)}">${escapeHtml(organizerName(code, lang))}</a>`,
      },
      cellHtml(cell, one.decimals, lang),
      previous === undefined ? "–" : changeText(cell, one.byOrganizer.get(code)?.get(previous), one.decimals, lang),
      value === null || nationalValue === null ? "–" : changeText(cell, national, one.decimals, lang),
    ];
  });
  const seriesMin = one.unit === "percent" ? 0 : 0;
  const seriesMax = one.unit === "percent" ? 100 : max;
  const series = seriesChart(
    one.periods.map((period) => axisText(period, lang)),
    [
      {
        label: DASH.national![lang],
        values: one.periods.map((period) => valueOf(one.national.get(period))),
        national: true,
      },
      ...organizers.map((code) => ({
        label: organizerName(code, lang),
        values: one.periods.map((period) => valueOf(one.byOrganizer.get(code)?.get(period))),
      })),
    ],
    { title: `${title}: ${DASH.timeSeries![lang]}`, min: seriesMin, max: seriesMax },
  );
  const seriesRows = [
    [
      { html: `<strong>${escapeHtml(DASH.national![lang])}</strong>` },
      ...one.periods.map((period) => cellHtml(one.national.get(period), one.decimals, lang)),
    ],
    ...organizers.map((code) => [
      organizerName(code, lang),
      ...one.periods.map((period) => cellHtml(one.byOrganizer.get(code)?.get(period), one.decimals, lang)),
    ]),
  ];
  const census = entry.periods === "census";
  const body =
    `<h1>${escapeHtml(title)}</h1>` +
    `<p><a href="../${indicatorFile(one.id, lang)}">${escapeHtml(DASH.definition![lang])}</a> ` +
    `· <code>${escapeHtml(one.id)}</code> · ${escapeHtml(unitText(one.unit, lang))}</p>` +
    `<p class="note">${escapeHtml(DASH.synthetic![lang])} ${escapeHtml(DASH.legend![lang])}</p>` +
    `<h2 id="national">${escapeHtml(DASH.vsNational![lang])}, ${escapeHtml(periodText(latest, lang))}</h2>` +
    `<p><strong>${escapeHtml(DASH.national![lang])}: <span id="national-value">` +
    `${cellHtml(national, one.decimals, lang).html}</span></strong> ` +
    `${escapeHtml(unitText(one.unit, lang))}. ${escapeHtml(DASH.chartNational![lang])}</p>` +
    `<figure>${chart}</figure>` +
    `<h2 id="ranking">${escapeHtml(DASH.ranking![lang])}</h2><p>${escapeHtml(DASH.higherBetter![lang])}</p>` +
    scrollTable(
      [
        DASH.rank![lang],
        DASH.organizer![lang],
        periodText(latest, lang),
        `${DASH.change![lang]} (${previous ? periodText(previous, lang) : "–"})`,
        DASH.difference![lang],
      ],
      rankRows,
      DASH.ranking![lang],
      "ranking",
    ) +
    `<h2 id="series">` +
    `${escapeHtml(census ? DASH.timeSeriesCensus![lang] : DASH.timeSeries![lang])}</h2><p>` +
    `${escapeHtml(DASH.chartSeries![lang])}</p><figure>${series}</figure>` +
    scrollTable(
      [DASH.organizer![lang], ...one.periods.map((period) => periodText(period, lang))],
      seriesRows,
      DASH.timeSeries![lang],
      "series",
    ) +
    `<h2>${escapeHtml(DASH.files![lang])}</h2><ul>` +
    `${one.files.map((file) => `<li><a href="${file.slice(10)}">${escapeHtml(file.slice(15))}</a></li>`).join("")}` +
    `</ul>`;
  return page({ lang, title, root: "../", body, alternates: alternates(one.id) });
}

/**
 * The profile of one organizer: every indicator, latest period, change from the previous one.
 *
 * @example
 * ```ts
 * organizerProfile("14", series, "en").includes("North Karelia"); // true
 * ```
 */
export function organizerProfile(code: string, series: readonly IndicatorSeries[], lang: Lang): string {
  const name = organizerName(code, lang);
  const rows = series.map((one) => {
    const latest = one.periods.at(-1)!;
    const previous = one.periods.at(-2);
    const cells = one.byOrganizer.get(code);
    return [
      {
        html:
          `<a href="${dashFile(one.id, lang).slice(10)}">` +
          `${escapeHtml(catalogue.get(one.id).title[lang])}</a> <a class="def" ` +
          `href="../${indicatorFile(one.id, lang)}">${escapeHtml(DASH.definition![lang])}</a>`,
      },
      periodText(latest, lang),
      cellHtml(cells?.get(latest), one.decimals, lang),
      previous === undefined ? "–" : cellHtml(cells?.get(previous), one.decimals, lang),
      previous === undefined ? "–" : changeText(cells?.get(latest), cells?.get(previous), one.decimals, lang),
      cellHtml(one.national.get(latest), one.decimals, lang),
      unitText(one.unit, lang),
    ];
  });
  const body =
    `<h1>${escapeHtml(name)}</h1><p>${escapeHtml(DASH.profileIntro![lang])}</p><p class="note">` +
    `${escapeHtml(DASH.synthetic![lang])} ${escapeHtml(DASH.legend![lang])}</p>` +
    scrollTable(
      [
        DASH.indicator![lang],
        DASH.period![lang],
        DASH.latest![lang],
        DASH.previous![lang],
        DASH.change![lang],
        DASH.national![lang],
        { fi: "Yksikkö", sv: "Enhet", en: "Unit" }[lang],
      ],
      rows,
      `${DASH.profile![lang]}: ${name}`,
      "profile",
    );
  return page({
    lang,
    title: `${DASH.profile![lang]}: ${name}`,
    root: "../",
    body,
    alternates: alternates(`organizer-${code}`),
  });
}

/** The file of the accessibility statement in a language. */
export function accessibilityFile(lang: Lang): string {
  return lang === "en" ? "accessibility.html" : `accessibility.${lang}.html`;
}

/**
 * The accessibility statement (law 306/2019).
 *
 * @example
 * ```ts
 * accessibilityPage("fi").includes("Saavutettavuusseloste"); // true
 * ```
 */
export function accessibilityPage(lang: Lang): string {
  const body =
    `<h1>${escapeHtml(DASH.accessibility![lang])}</h1>` +
    `${ACCESSIBILITY[lang].map((text) => `<p>${escapeHtml(text)}</p>`).join("")}`;
  return page({
    lang,
    title: DASH.accessibility![lang],
    root: "",
    body,
    alternates: Object.fromEntries(LANGS.map((other) => [other, accessibilityFile(other)])),
  });
}
