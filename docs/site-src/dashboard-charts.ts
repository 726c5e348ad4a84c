/**
 * The dashboard's charts as inline SVG drawn at build time (no script at view time, so a strict CSP
 * holds): a ranking bar chart with the national value as a line, and a time series with the national
 * line thick and each organizer thin. Each chart is `role="img"` with a text alternative; the same
 * figures stand in a table next to it (WCAG 2.1: 1.1.1). Suppressed cells draw no bar (`..`, F20).
 */
import { escapeHtml } from "./html";

/** One bar of the ranking chart. */
export interface RankBar {
  label: string;
  value: number | null;
  suppressed: boolean;
}

/** Text of a number in the page's language (decimal comma in fi and sv). */
export function numberText(value: number, decimals: number, lang: string): string {
  const text = value.toFixed(decimals);
  return lang === "en" ? text : text.replace(".", ",");
}

/**
 * A horizontal bar chart with a vertical line at the national value.
 *
 * @example
 * ```ts
 * rankingChart([{ label: "Lappi", value: 80, suppressed: false }], { national: 75, max: 100, decimals: 1, lang: "fi",
 *   title: "…", nationalLabel: "Koko maa" });
 * ```
 */
export function rankingChart(
  bars: readonly RankBar[],
  options: {
    national: number | null;
    max: number;
    decimals: number;
    lang: string;
    title: string;
    nationalLabel: string;
  },
): string {
  // Each organizer's name stands above its bar, so the chart keeps a readable size on a 390 px phone.
  const width = 400;
  const plot = 320;
  const rowHeight = 36;
  const top = 24;
  const height = top + bars.length * rowHeight + 4;
  const scale = (value: number) => Math.max(0, Math.round((value / Math.max(options.max, 1e-9)) * plot));
  const rows = bars.map((bar, index) => {
    const y = top + index * rowHeight;
    const label = `<text x="0" y="${y + 13}">${escapeHtml(bar.label)}</text>`;
    if (bar.suppressed || bar.value === null)
      return `${label}<text class="suppressed" x="2" y="${y + 30}">${bar.suppressed ? ".." : "–"}</text>`;
    const w = Math.max(1, scale(bar.value));
    const shown = escapeHtml(numberText(bar.value, options.decimals, options.lang));
    return (
      `${label}<rect x="0" y="${y + 18}" width="${w}" height="13" fill="#1f5f99"/><text ` +
      `x="${w + 4}" y="${y + 30}">${shown}</text>`
    );
  });
  const x = options.national === null ? 0 : scale(options.national);
  const line =
    options.national === null
      ? ""
      : `<line x1="${x}" y1="16" x2="${x}" y2="${height}" stroke="#b3261e" stroke-width="2" stroke-dasharray="5 3"/>` +
        `<text x="${Math.min(x, width - 110)}" y="12" class="national">${escapeHtml(
          `${options.nationalLabel} ${numberText(options.national, options.decimals, options.lang)}`,
        )}</text>`;
  return (
    `<svg class="chart ranking-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ` +
    `${height}" role="img" aria-label="${escapeHtml(options.title)}"><title>` +
    `${escapeHtml(options.title)}</title>${rows.join("")}${line}</svg>`
  );
}

/** One line of the time-series chart. */
export interface SeriesLine {
  label: string;
  values: Array<number | null>;
  national?: boolean;
}

/**
 * A line chart over the periods; a gap (suppressed or absent) breaks the line.
 *
 * @example
 * ```ts
 * seriesChart(["2023-T1", "2023-T2"], [{ label: "Koko maa", values: [70, 72], national: true }], { title: "…",
 *   min: 0, max: 100 });
 * ```
 */
export function seriesChart(
  periods: readonly string[],
  lines: readonly SeriesLine[],
  options: { title: string; min: number; max: number },
): string {
  const left = 40;
  const width = 560;
  const height = 240;
  const plotW = width - left - 20;
  const plotH = height - 50;
  const x = (index: number) => left + (periods.length <= 1 ? plotW / 2 : (index / (periods.length - 1)) * plotW);
  const span = Math.max(options.max - options.min, 1e-9);
  const y = (value: number) => 15 + plotH - ((value - options.min) / span) * plotH;
  const path = (values: ReadonlyArray<number | null>) => {
    let d = "";
    let pen = false;
    values.forEach((value, index) => {
      if (value === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(index).toFixed(1)} ${y(value).toFixed(1)} `;
      pen = true;
    });
    return d.trim();
  };
  const ticks = [options.min, (options.min + options.max) / 2, options.max].map(
    (value) =>
      `<text x="${left - 6}" y="${y(value) + 4}" text-anchor="end">` +
      `${escapeHtml(String(Math.round(value)))}</text><line x1="${left}" x2="${left + plotW}" ` +
      `y1="${y(value)}" y2="${y(value)}" stroke="#d5dbe3"/>`,
  );
  const labels = periods.map(
    (period, index) => `<text x="${x(index)}" y="${height - 18}" text-anchor="middle">${escapeHtml(period)}</text>`,
  );
  const drawn = [...lines]
    .sort((a, b) => Number(a.national ?? false) - Number(b.national ?? false))
    .map((line) =>
      line.national
        ? `<path d="${path(line.values)}" fill="none" stroke="#b3261e" stroke-width="3"/>`
        : `<path d="${path(line.values)}" fill="none" stroke="#8fa3b8" stroke-width="1"/>`,
    );
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${escapeHtml(options.title)}"><title>${escapeHtml(options.title)}` +
    `</title>${ticks.join("")}${labels.join("")}${drawn.join("")}</svg>`
  );
}
