/**
 * The workbench page (issue 18) and its bundle: a form to drop CSV/Parquet files, pick an indicator,
 * period and breakdown; the script (workbench/main.ts) and the Web Worker (workbench/worker.ts) are
 * bundled with esbuild from the packages' TypeScript sources, so the browser computes with the same
 * code as the CLI. The page carries a strict Content-Security-Policy (no inline script or style, no
 * eval, no connection anywhere): nothing is uploaded.
 */
import { fileURLToPath } from "node:url";
import { AGE_GROUP_SET_NAMES, dimensionLabelOf } from "@virta/concepts";
import { catalogue } from "@virta/indicators";
import { escapeHtml, LANGS, page, type Lang } from "./html";

/** The policy of the workbench page (also sent as a header by the test server). */
export const WORKBENCH_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'";

/** The file of the workbench page in a language (Finnish is the default). */
export function workbenchFile(lang: Lang): string {
  return lang === "fi" ? "workbench.html" : `workbench.${lang}.html`;
}

const W = {
  title: { fi: "Työpöytä", sv: "Arbetsbänk", en: "Workbench" },
  intro: {
    fi:
      "Laske indikaattori omista tiedostoistasi tässä selaimessa. Tiedostoja ei lähetetä " +
      "minnekään: kaikki lasketaan tällä koneella Web Workerissa samoilla paketeilla kuin " +
      "virta-komentorivityökalu.",
    sv:
      "Beräkna en indikator på dina egna filer i den här webbläsaren. Filerna skickas " +
      "ingenstans: allt beräknas på den här datorn i en Web Worker med samma paket som " +
      "kommandoradsverktyget virta.",
    en:
      "Compute an indicator on your own files in this browser. The files are not sent anywhere: " +
      "everything is computed on this computer in a Web Worker with the same packages as the " +
      "virta command line.",
  },
  files: { fi: "Tiedostot (CSV tai Parquet)", sv: "Filer (CSV eller Parquet)", en: "Files (CSV or Parquet)" },
  drop: {
    fi: "Pudota tiedostot tähän tai valitse ne",
    sv: "Släpp filerna här eller välj dem",
    en: "Drop the files here or choose them",
  },
  indicator: { fi: "Indikaattori", sv: "Indikator", en: "Indicator" },
  period: { fi: "Ajanjakso", sv: "Period", en: "Period" },
  periodHelp: {
    fi: "2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03 tai tilannepäivä 2024-12-31",
    sv: "2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03 eller en räknedag 2024-12-31",
    en: "2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03, or a census date 2024-12-31",
  },
  breakdowns: { fi: "Jaottelu", sv: "Indelning", en: "Breakdown" },
  ageGroups: { fi: "Ikäryhmät", sv: "Åldersgrupper", en: "Age groups" },
  asOf: { fi: "Tilannepäivä (as-of)", sv: "Lägesdag (as-of)", en: "As-of date" },
  run: { fi: "Laske", sv: "Beräkna", en: "Compute" },
  progress: { fi: "Edistyminen", sv: "Förlopp", en: "Progress" },
  noscript: {
    fi: "Työpöytä tarvitsee JavaScriptin.",
    sv: "Arbetsbänken behöver JavaScript.",
    en: "The workbench needs JavaScript.",
  },
};

/**
 * The workbench page in one language.
 *
 * @example
 * ```ts
 * workbenchPage("fi").includes('http-equiv="Content-Security-Policy"'); // true
 * ```
 */
export function workbenchPage(lang: Lang): string {
  const indicators = catalogue.list().map((entry) => ({
    id: entry.id,
    title: entry.title[lang],
    concepts: entry.definition.concepts,
    breakdowns: Object.keys(entry.definition.breakdowns).map((name) => [name, dimensionLabelOf(name, lang)]),
    periods: entry.definition.periods,
    asOf: Boolean(entry.definition.asOf),
    unit: entry.unit,
  }));
  const options = indicators
    .map((info) => `<option value="${escapeHtml(info.id)}">${escapeHtml(info.title)} (${escapeHtml(info.id)})</option>`)
    .join("");
  const ageOptions = Object.entries(AGE_GROUP_SET_NAMES)
    .map(
      ([id, names]) =>
        `<option value="${id}"${id === "sotkanet" ? " selected" : ""}>${escapeHtml(names[lang])}</option>`,
    )
    .join("");
  const json = JSON.stringify(indicators).replace(/</g, "\\u003c");
  const fileInput = '<input id="files" type="file" multiple accept=".csv,.parquet,text/csv">';
  const periodInput = '<input id="period" value="2024" aria-describedby="period-help" size="12">';
  const periodHelp = `<small id="period-help">${W.periodHelp[lang]}</small>`;
  const body = `<h1>${W.title[lang]}</h1>
<p class="privacy">${escapeHtml(W.intro[lang])}</p>
<noscript><p>${W.noscript[lang]}</p></noscript>
<script type="application/json" id="indicator-data">${json}</script>
<form id="form" class="workbench">
<div id="drop" class="drop"><label for="files">${W.files[lang]}: ${W.drop[lang]}</label>${fileInput}</div>
<ul id="file-list"></ul>
<p><label for="indicator">${W.indicator[lang]}</label><br><select id="indicator">${options}</select></p>
<p><label for="period">${W.period[lang]}</label><br>${periodInput} ${periodHelp}</p>
<fieldset><legend>${W.breakdowns[lang]}</legend><div id="breakdowns" class="choices"></div></fieldset>
<p><label for="age-groups">${W.ageGroups[lang]}</label><br><select id="age-groups">${ageOptions}</select></p>
<p id="as-of-row" hidden><label for="as-of">${W.asOf[lang]}</label><br><input id="as-of" type="date"></p>
<p><button id="run" type="submit" disabled>${W.run[lang]}</button></p>
</form>
<p><label for="progress">${W.progress[lang]}</label> <progress id="progress" max="1" value="0"></progress></p>
<p id="status" role="status" aria-live="polite"></p>
<section id="output" aria-live="polite"></section>`;
  const head = `<meta http-equiv="Content-Security-Policy" content="${WORKBENCH_CSP}">
<script type="module" src="workbench/main.js"></script>
`;
  return page({
    lang,
    title: W.title[lang],
    root: "",
    body,
    head,
    alternates: Object.fromEntries(LANGS.map((other) => [other, workbenchFile(other)])),
  });
}

/**
 * Bundles the workbench's script and worker for the browser (ES modules, the packages' sources).
 *
 * @example
 * ```ts
 * const files = await workbenchBundle(); // Map { "workbench/main.js" => "…", "workbench/worker.js" => "…" }
 * ```
 */
export async function workbenchBundle(): Promise<Map<string, string>> {
  const { build } = await import("esbuild");
  const root = fileURLToPath(new URL("../../", import.meta.url));
  // Each entry of a package by its own name (esbuild would append a subpath to the main entry's file).
  const alias = Object.fromEntries(
    ["core", "concepts", "indicators", "adapters"].flatMap((name) => [
      [`@virta/${name}`, `${root}packages/${name}/src/index.ts`],
      ...(name === "adapters" ? [] : [[`@virta/${name}/schemas`, `${root}packages/${name}/src/schemas.ts`]]),
    ]),
  );
  const result = await build({
    entryPoints: { main: `${root}docs/site-src/workbench/main.ts`, worker: `${root}docs/site-src/workbench/worker.ts` },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    outdir: "workbench",
    alias,
    nodePaths: [`${root}packages/adapters/node_modules`, `${root}packages/indicators/node_modules`],
    external: ["arquero", "apache-arrow"],
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  return new Map(result.outputFiles.map((file) => [`workbench/${file.path.split("/").pop()}`, file.text]));
}
