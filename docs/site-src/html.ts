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
    const numeric = typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$|^\.\.$/.test(value));
    return `<${tag}${numeric && tag === "td" ? ' class="num"' : ""}>${content}</${tag}>`;
  };
  return (
    `<table${className ? ` class="${className}"` : ""}><thead><tr>${header.map((h) => cell(h, "th")).join("")}</tr></thead>` +
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
}

const NAV: Record<Lang, Array<[string, string]>> = {
  fi: [
    ["index.fi.html", "Indikaattorit"],
    ["concepts.html", "Käsitemallit"],
    ["classifications.html", "Luokitukset"],
    ["comparison.html", "Vertailu"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API"],
  ],
  sv: [
    ["index.sv.html", "Indikatorer"],
    ["concepts.html", "Begreppsmodeller"],
    ["classifications.html", "Klassifikationer"],
    ["comparison.html", "Jämförelse"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API"],
  ],
  en: [
    ["index.html", "Indicators"],
    ["concepts.html", "Concept models"],
    ["classifications.html", "Classifications"],
    ["comparison.html", "Comparison"],
    ["catalogue.json", "catalogue.json"],
    ["../api/index.html", "API reference"],
  ],
};

/**
 * A whole HTML page with the site's navigation and style sheet.
 *
 * @example
 * ```ts
 * page({ lang: "en", title: "Concept models", root: "", body: "<h1>Concept models</h1>" }).startsWith("<!doctype html>"); // true
 * ```
 */
export function page(spec: PageSpec): string {
  const nav = NAV[spec.lang].map(([href, label]) => `<a href="${spec.root}${href}">${escapeHtml(label)}</a>`).join(" ");
  const alternates = spec.alternates
    ? `<span class="langs">${LANGS.map((lang) => (spec.alternates?.[lang] ? (lang === spec.lang ? `<strong>${lang}</strong>` : `<a hreflang="${lang}" href="${spec.alternates[lang]}">${lang}</a>`) : "")).join(" ")}</span>`
    : "";
  return `<!doctype html>
<html lang="${spec.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)} · virta-indicators</title>
<link rel="stylesheet" href="${spec.root}style.css">
</head>
<body>
<header><a class="brand" href="${spec.root}${spec.lang === "en" ? "index.html" : `index.${spec.lang}.html`}">virta-indicators</a> <nav>${nav}</nav> ${alternates}</header>
<main>
${spec.body}
</main>
<footer>Generated from the definitions of @virta/indicators · no scripts, no network</footer>
</body>
</html>
`;
}
