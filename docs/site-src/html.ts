/**
 * HTML building blocks of the catalogue site (issue 9): escaping, tables and the page frame. Pages are
 * static files with relative links only, so the site works from file:// and from any web server, with
 * no script, font or request at view time.
 */

/** A page language of the site. */
export type Lang = "fi" | "sv" | "en";
export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('a < b & "c"'); // "a &lt; b &amp; &quot;c&quot;"
 * ```
 */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A table from a header and rows of cells; cells are escaped unless given as `{ html }`.
 *
 * @example
 * ```ts
 * table(["a"], [["1"]]); // "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
 * ```
 */
export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>, className = ""): string {
  const cell = (value: unknown, tag: "td" | "th") => {
    const content =
      typeof value === "object" && value !== null && "html" in value
        ? (value as { html: string }).html
        : escapeHtml(value ?? "");
    const numeric =
      typeof value === "number" ||
      (typeof value === "string" && /^[-+−±]?\d+([.,]\d+)?$|^\.\.$/.test(value)) ||
      (typeof value === "object" && value !== null && (value as { num?: boolean }).num === true);
    return `<${tag}${numeric && tag === "td" ? ' class="num"' : ""}>${content}</${tag}>`;
  };
  return (
    `<table${className ? ` class="${className}"` : ""}><thead><tr>` +
    `${header.map((h) => cell(h, "th")).join("")}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr>${row.map((value) => cell(value, "td")).join("")}</tr>`).join("")}</tbody></table>`
  );
}

/** One page of the site. */
export interface PageSpec {
  lang: Lang;
  title: string;
  /** Path from this page to the site root ("" or "../"). */
  root: string;
  body: string;
  /** Links to the same page in the other languages. */
  alternates?: Partial<Record<Lang, string>>;
  /** Extra elements for the head (the workbench's script). */
  head?: string;
}

/** Whether the API reference (`pnpm build:docs`, ../api/index.html) exists; without it no page links to it. */
export const SITE_OPTIONS = { apiReference: false, workbench: false };

/**
 * A table inside a box that scrolls sideways on a narrow screen (the page itself never does), reachable
 * and named for keyboard and screen-reader users (WCAG 2.1: 1.4.10, 2.1.1).
 *
 * @example
 * ```ts
 * const html = scrollTable(["a"], [["1"]], "Ranking");
 * html.startsWith('<div class="scroll" role="region" tabindex="0" aria-label="Ranking">'); // true
 * ```
 */
export function scrollTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  label: string,
  className = "",
): string {
  return (
    `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}">` +
    `${table(header, rows, className)}</div>`
  );
}

const NAV: Record<Lang, Array<[string, string]>> = {
  fi: [
    ["dashboard/index.html", "Johdon näkymä"],
    ["index.fi.html", "Indikaattorit"],
    ["workbench.html", "Työpöytä"],
    ["concepts.fi.html", "Käsitemallit"],
    ["classifications.fi.html", "Luokitukset"],
    ["comparison.fi.html", "Vertailu"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API"],
  ],
  sv: [
    ["dashboard/index.sv.html", "Ledningens översikt"],
    ["index.sv.html", "Indikatorer"],
    ["workbench.sv.html", "Arbetsbänk"],
    ["concepts.sv.html", "Begreppsmodeller"],
    ["classifications.sv.html", "Klassifikationer"],
    ["comparison.sv.html", "Jämförelse"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API"],
  ],
  en: [
    ["dashboard/index.en.html", "Dashboard"],
    ["index.html", "Indicators"],
    ["workbench.en.html", "Workbench"],
    ["concepts.html", "Concept models"],
    ["classifications.html", "Classifications"],
    ["comparison.html", "Comparison"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API reference"],
  ],
};

const FRAME: Record<Lang, { skip: string; nav: string; langs: string; footer: string; accessibility: string }> = {
  fi: {
    skip: "Siirry sisältöön",
    nav: "Päävalikko",
    langs: "Kieli",
    footer: "Tuotettu @virta/indicators-paketin määritelmistä",
    accessibility: "Saavutettavuusseloste",
  },
  sv: {
    skip: "Hoppa till innehållet",
    nav: "Huvudmeny",
    langs: "Språk",
    footer: "Skapad ur definitionerna i @virta/indicators",
    accessibility: "Tillgänglighetsutlåtande",
  },
  en: {
    skip: "Skip to content",
    nav: "Main menu",
    langs: "Language",
    footer: "Generated from the definitions of @virta/indicators",
    accessibility: "Accessibility statement",
  },
};

const LANG_NAMES: Record<Lang, string> = { fi: "suomi", sv: "svenska", en: "English" };

/**
 * A whole HTML page with the site's navigation, language switch and style sheet.
 *
 * @example
 * ```ts
 * page({ lang: "en", title: "Concept models", root: "",
 *   body: "<h1>Concept models</h1>" }).startsWith("<!doctype html>"); // true
 * ```
 */
export function page(spec: PageSpec): string {
  const words = FRAME[spec.lang];
  const nav = NAV[spec.lang]
    .filter(([href]) => SITE_OPTIONS.apiReference || !href.startsWith("../api/"))
    .filter(([href]) => SITE_OPTIONS.workbench || !href.startsWith("workbench"))
    .map(([href, label]) => `<a href="${spec.root}${href}">${escapeHtml(label)}</a>`)
    .join(" ");
  const alternate = (lang: Lang): string => {
    const href = spec.alternates?.[lang];
    if (!href) return "";
    if (lang === spec.lang) return `<strong aria-current="page" lang="${lang}">${LANG_NAMES[lang]}</strong>`;
    return `<a lang="${lang}" hreflang="${lang}" href="${href}">${LANG_NAMES[lang]}</a>`;
  };
  const alternates = spec.alternates
    ? `<nav class="langs" aria-label="${words.langs}">${LANGS.map(alternate).join(" ")}</nav>`
    : "";
  const home = `${spec.root}${spec.lang === "en" ? "index.html" : `index.${spec.lang}.html`}`;
  const brand = `<a class="brand" href="${home}">virta-indicators</a>`;
  const accessibility = spec.lang === "en" ? "accessibility.html" : `accessibility.${spec.lang}.html`;
  return `<!doctype html>
<html lang="${spec.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)} · virta-indicators</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${spec.root}style.css">
${spec.head ?? ""}</head>
<body>
<a class="skip" href="#main">${words.skip}</a>
<header>${brand} <nav aria-label="${words.nav}">${nav}</nav> ${alternates}</header>
<main id="main" tabindex="-1">
${spec.body}
</main>
<footer>${words.footer} · <a href="${spec.root}${accessibility}">${words.accessibility}</a></footer>
</body>
</html>
`;
}
