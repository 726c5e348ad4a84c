/**
 * Horizontal bar charts as inline SVG, drawn at build time (issue 9: no scripts at view time). A
 * suppressed cell (fine-print F20) shows `..` and no bar; a cell without a value shows `–`.
 */
import { escapeHtml } from "./html";

/** One bar: a label and a value, or a suppressed/absent cell. */
export interface Bar {
  label: string;
  value: number | null;
  suppressed: boolean;
}

/**
 * An SVG bar chart. Percent charts run to 100; others to the largest value.
 *
 * @example
 * ```ts
 * barChart([{ label: "14 North Karelia", value: 62.5, suppressed: false }], { unit: "percent",
 *   title: "Within 14 days" });
 * // '<svg … role="img" aria-label="Within 14 days">…<rect … width="300" …/>…62.5 %…</svg>'
 * ```
 */
export function barChart(bars: readonly Bar[], options: { unit: string; title: string; decimals?: number }): string {
  const labelWidth = 300;
  const plotWidth = 300;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 10;
  const max =
    options.unit === "percent"
      ? 100
      : Math.max(1e-9, ...bars.map((bar) => (bar.suppressed || bar.value === null ? 0 : bar.value)));
  const suffix = options.unit === "percent" ? " %" : ` ${options.unit}`;
  const rows = bars.map((bar, index) => {
    const y = 5 + index * rowHeight;
    const label = `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(bar.label)}</text>`;
    if (bar.suppressed || bar.value === null) {
      return (
        `${label}<text class="${bar.suppressed ? "suppressed" : ""}" x="${labelWidth + 4}" ` +
        `y="${y + 17}">${bar.suppressed ? ".." : "–"}</text>`
      );
    }
    const width = Math.max(1, Math.round((bar.value / max) * plotWidth));
    const shown = options.decimals === undefined ? String(bar.value) : bar.value.toFixed(options.decimals);
    return (
      `${label}<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 8}" ` +
      `fill="#2b6cb0"/><text x="${labelWidth + width + 6}" y="${y + 17}">` +
      `${escapeHtml(shown + suffix)}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 90}" ` +
    `height="${height}" viewBox="0 0 ${labelWidth + plotWidth + 90} ${height}" role="img" ` +
    `aria-label="${escapeHtml(options.title)}"><title>${escapeHtml(options.title)}</title>` +
    `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="#889"/>` +
    `${rows.join("")}</svg>`
  );
}
