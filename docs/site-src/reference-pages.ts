/**
 * The index by area (all ten areas; the four without a national definition say so,
 * docs/adding-an-indicator.md), the concept model page (fields, types, required, row rules and reason
 * codes; concepts.md) and the classifications page (organizers, age-group sets, waiting bands;
 * classifications.md).
 */
import { AGE_GROUP_SETS, type AgeGroupSetId } from "@virta/core";
import {
  AGE_GROUP_SET_NAMES,
  AVAILABILITY_DAYS,
  CONCEPT_NAMES,
  ENUM_CLASSIFICATIONS,
  getConcept,
  ORGANIZERS,
  REJECTION_REASONS,
  waitBandNames,
} from "@virta/concepts";
import type { CatalogueEntry } from "@virta/indicators";
import { escapeHtml, LANGS, page, table, type Lang } from "./html";
import { indicatorFile } from "./indicator-page";
import { say } from "./words";

/** The file of the index in a language (English is the site's front page). */
export function indexFile(lang: Lang): string {
  return lang === "en" ? "index.html" : `index.${lang}.html`;
}

/**
 * The index by area in one language.
 *
 * @example
 * ```ts
 * indexPage(catalogue.areas(), catalogue.list(), "fi"); // "…<h2 id=\"area-quality\">Laatu</h2><p class=\"area-empty\">ei vielä kansallista määritelmää</p>…"
 * ```
 */
export function indexPage(
  areas: Array<{ id: string; name: Record<Lang, string>; indicators: string[] }>,
  entries: CatalogueEntry[],
  lang: Lang,
): string {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const sections = areas.map((area) => {
    const list =
      area.indicators.length === 0
        ? `<p class="area-empty">${escapeHtml(say("noNationalDefinition", lang))}</p>`
        : `<ul>${area.indicators.map((id) => `<li><a href="${indicatorFile(id, lang)}">${escapeHtml(byId.get(id)!.title[lang])}</a> <code>${escapeHtml(id)}</code> ${escapeHtml(byId.get(id)!.version)}</li>`).join("")}</ul>`;
    return `<h2 id="area-${area.id}">${escapeHtml(area.name[lang])}</h2>${list}`;
  });
  const body = `<h1>${escapeHtml(say("catalogueTitle", lang))}</h1><p>${entries.length} ${escapeHtml(say("indicators", lang).toLowerCase())} · ${areas.length} ${escapeHtml(say("areas", lang).toLowerCase())}</p>${sections.join("\n")}`;
  return page({
    lang,
    title: say("catalogueTitle", lang),
    root: "",
    body,
    alternates: Object.fromEntries(LANGS.map((other) => [other, indexFile(other)])),
  });
}

/**
 * The concept models: one table of fields per concept, its row rules, and the rejection reason codes.
 *
 * @example
 * ```ts
 * conceptsPage().includes('id="health_care_visit"'); // true
 * ```
 */
export function conceptsPage(): string {
  const concepts = CONCEPT_NAMES.map((name) => {
    const model = getConcept(name);
    const fields = table(
      ["field", "type", "required", "default", "values / limits", "meaning"],
      model.fields.map((field) => [
        { html: `<code>${escapeHtml(field.name)}</code>` },
        field.type,
        field.required ? "yes" : field.requiredUnless ? `unless ${field.requiredUnless}` : "no",
        field.default === null ? "" : String(field.default),
        field.values
          ? field.values.join(", ")
          : [
              field.min !== undefined ? `≥ ${field.min}` : "",
              field.max !== undefined ? `≤ ${field.max}` : "",
              field.maxLength ? `≤ ${field.maxLength} chars` : "",
            ]
              .filter(Boolean)
              .join(", "),
        field.description,
      ]),
    );
    const rules = table(
      ["reason code", "rule"],
      model.rules.map((rule) => [{ html: `<code>${escapeHtml(rule.reason)}</code>` }, rule.description]),
    );
    return `<h2 id="${name}"><code>${name}</code></h2><p>${escapeHtml(model.title)}. Key: ${model.key.length ? `<code>${escapeHtml(model.key.join(", "))}</code> (${model.keyReason})` : "none"}; period date: <code>${escapeHtml(model.eventDateField)}</code>.</p>${fields}<h3>Row rules</h3>${rules}`;
  });
  const body = `<h1>Concept models</h1><p>The input tables of the indicators (concepts.md). Every rejected row gets exactly one reason code (F8, F9), in this order:</p><p>${REJECTION_REASONS.map((reason) => `<code>${reason}</code>`).join(", ")}</p>${concepts.join("\n")}`;
  return page({ lang: "en", title: "Concept models", root: "", body });
}

/**
 * The classifications: organizers with fi/sv/en names, age-group sets, waiting bands and the enums.
 *
 * @example
 * ```ts
 * classificationsPage().includes("Pohjois-Karjalan hyvinvointialue"); // true
 * ```
 */
export function classificationsPage(): string {
  const organizers = table(
    ["code", "fi", "sv", "en", "valid from"],
    ORGANIZERS.map((o) => [o.code, o.names.fi, o.names.sv, o.names.en, o.validFrom]),
  );
  const ageSets = table(
    ["set", "fi", "sv", "en", "bands"],
    (Object.keys(AGE_GROUP_SETS) as AgeGroupSetId[]).map((id) => [
      { html: `<code>${id}</code>` },
      AGE_GROUP_SET_NAMES[id].fi,
      AGE_GROUP_SET_NAMES[id].sv,
      AGE_GROUP_SET_NAMES[id].en,
      AGE_GROUP_SETS[id].bands.map((band) => band.label).join(", "),
    ]),
  );
  const bands = table(
    ["band", "from (days)", "to (days)", "fi", "sv", "en"],
    AVAILABILITY_DAYS.map((band) => [
      band.label,
      band.lower,
      band.upper ?? "",
      waitBandNames(band.label)!.fi,
      waitBandNames(band.label)!.sv,
      waitBandNames(band.label)!.en,
    ]),
  );
  const enums = Object.entries(ENUM_CLASSIFICATIONS).map(
    ([dimension, classification]) =>
      `<h3><code>${dimension}</code></h3>${table(
        ["code", "fi", "sv", "en"],
        classification.values.map((value) => [
          value,
          classification.names[value]?.fi ?? "",
          classification.names[value]?.sv ?? "",
          classification.names[value]?.en ?? "",
        ]),
      )}`,
  );
  const body =
    `<h1>Classifications</h1><h2 id="organizers">Organizers (wellbeing services counties, Helsinki, Åland)</h2>${organizers}` +
    `<h2 id="age-groups">Age-group sets (F17)</h2>${ageSets}<h2 id="waiting-bands">Waiting bands <code>availability_days</code> (F25)</h2>${bands}` +
    `<h2 id="enums">Enumerations of the concepts (order F19)</h2>${enums.join("")}`;
  return page({ lang: "en", title: "Classifications", root: "", body });
}

export { LANGS };
