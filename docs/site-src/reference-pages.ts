/**
 * The index by area (all ten areas; the four without a national definition say so,
 * docs/adding-an-indicator.md), the concept model page (derived from the declarations: fields, types,
 * limits, spellings, row rules and reason codes; concepts.md) and the classifications page (organizers,
 * age-group sets, waiting bands; classifications.md).
 */
import { AGE_GROUP_SETS, type AgeGroupSetId } from "@virta/core";
import {
  AGE_GROUP_SET_NAMES,
  AVAILABILITY_DAYS,
  CONCEPT_NAMES,
  conceptReference,
  dimensionLabelOf,
  ENUM_CLASSIFICATIONS,
  getConcept,
  ORGANIZERS,
  REJECTION_REASONS,
  waitBandNames,
  type WordReference,
} from "@virta/concepts";
import type { CatalogueEntry } from "@virta/indicators";
import { expressionText } from "./expression";
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
 * indexPage(catalogue.areas(), catalogue.list(), "fi");
 * // "…<h2 id=\"area-quality\">Laatu</h2><p class=\"area-empty\">ei vielä kansallista määritelmää</p>…"
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
        : `<ul>` +
          `${area.indicators
            .map((id) => {
              const link = `<a href="${indicatorFile(id, lang)}">${escapeHtml(byId.get(id)!.title[lang])}</a>`;
              return `<li>${link} <code>${escapeHtml(id)}</code> ${escapeHtml(byId.get(id)!.version)}</li>`;
            })
            .join("")}` +
          `</ul>`;
    return `<h2 id="area-${area.id}">${escapeHtml(area.name[lang])}</h2>${list}`;
  });
  const body =
    `<h1>${escapeHtml(say("catalogueTitle", lang))}</h1><p>${entries.length} ` +
    `${escapeHtml(say("indicators", lang).toLowerCase())} · ${areas.length} ` +
    `${escapeHtml(say("areas", lang).toLowerCase())}</p>${sections.join("\n")}`;
  return page({
    lang,
    title: say("catalogueTitle", lang),
    root: "",
    body,
    alternates: Object.fromEntries(LANGS.map((other) => [other, indexFile(other)])),
  });
}

/** The file of a reference page in a language (English has no suffix, as the index). */
export function referenceFile(name: "concepts" | "classifications" | "comparison", lang: Lang): string {
  return lang === "en" ? `${name}.html` : `${name}.${lang}.html`;
}

const alternatesOf = (name: "concepts" | "classifications" | "comparison") =>
  Object.fromEntries(LANGS.map((lang) => [lang, referenceFile(name, lang)]));

const R: Record<string, Record<Lang, string>> = {
  concepts: { fi: "Käsitemallit", sv: "Begreppsmodeller", en: "Concept models" },
  conceptsIntro: {
    fi:
      "Indikaattorien syötetaulut (concepts.md). Jokainen hylätty rivi saa täsmälleen yhden " +
      "syykoodin (F8, F9), tässä järjestyksessä:",
    sv:
      "Indikatorernas indatatabeller (concepts.md). Varje avvisad rad får exakt en orsakskod " +
      "(F8, F9), i denna ordning:",
    en:
      "The input tables of the indicators (concepts.md). Every rejected row gets exactly one " +
      "reason code (F8, F9), in this order:",
  },
  englishNote: {
    fi: "Kenttien ja sääntöjen kuvaukset ovat käsitemalleissa englanniksi (merkitty kieleltään englanniksi).",
    sv: "Beskrivningarna av fält och regler finns på engelska i begreppsmodellerna (märkta som engelska).",
    en: "",
  },
  field: { fi: "kenttä", sv: "fält", en: "field" },
  type: { fi: "tyyppi", sv: "typ", en: "type" },
  required: { fi: "pakollinen", sv: "obligatorisk", en: "required" },
  default: { fi: "oletus", sv: "standard", en: "default" },
  limits: { fi: "arvot / rajat", sv: "värden / gränser", en: "values / limits" },
  meaning: { fi: "merkitys", sv: "betydelse", en: "meaning" },
  yes: { fi: "kyllä", sv: "ja", en: "yes" },
  no: { fi: "ei", sv: "nej", en: "no" },
  unless: { fi: "ellei", sv: "om inte", en: "unless" },
  reasonCode: { fi: "syykoodi", sv: "orsakskod", en: "reason code" },
  reasonCodes: { fi: "syykoodit", sv: "orsakskoder", en: "reason codes" },
  reasonOrder: {
    fi: "Syykoodit F8:n järjestyksessä",
    sv: "Orsakskoderna i F8:s ordning",
    en: "Reason codes in F8's order",
  },
  condition: { fi: "ehto", sv: "villkor", en: "condition" },
  also: { fi: "myös", sv: "även", en: "also" },
  derivedFrom: { fi: "johdetaan kentästä", sv: "härleds från", en: "derived from" },
  rule: { fi: "sääntö", sv: "regel", en: "rule" },
  key: { fi: "Avain", sv: "Nyckel", en: "Key" },
  none: { fi: "ei ole", sv: "ingen", en: "none" },
  periodDate: { fi: "jakson päivä", sv: "periodens datum", en: "period date" },
  rowRules: { fi: "Rivisäännöt", sv: "Radregler", en: "Row rules" },
  classifications: { fi: "Luokitukset", sv: "Klassifikationer", en: "Classifications" },
  organizers: {
    fi: "Järjestäjät (hyvinvointialueet, Helsinki, Ahvenanmaa)",
    sv: "Organisatörer (välfärdsområden, Helsingfors, Åland)",
    en: "Organizers (wellbeing services counties, Helsinki, Åland)",
  },
  code: { fi: "koodi", sv: "kod", en: "code" },
  validFrom: { fi: "voimassa alkaen", sv: "gäller från", en: "valid from" },
  ageSets: { fi: "Ikäryhmäjaot (F17)", sv: "Åldersgruppsindelningar (F17)", en: "Age-group sets (F17)" },
  set: { fi: "jako", sv: "indelning", en: "set" },
  bands: { fi: "ryhmät", sv: "grupper", en: "bands" },
  waitingBands: { fi: "Odotusaikaluokat", sv: "Väntetidsklasser", en: "Waiting bands" },
  band: { fi: "luokka", sv: "klass", en: "band" },
  from: { fi: "alkaen (vrk)", sv: "från (dygn)", en: "from (days)" },
  to: { fi: "asti (vrk)", sv: "till (dygn)", en: "to (days)" },
  enums: {
    fi: "Käsitteiden luokitellut arvot (järjestys F19)",
    sv: "Begreppens uppräknade värden (ordning F19)",
    en: "Enumerations of the concepts (order F19)",
  },
};

/**
 * The concept models, rendered from `conceptReference` of each declaration (issue 13: nothing written by
 * hand): one table of fields per concept (limits, accepted spellings F2, reason codes), its row rules as
 * their expressions, and the reason codes in F8's order.
 *
 * @example
 * ```ts
 * conceptsPage("fi").includes('id="health_care_visit"'); // true
 * ```
 */
export function conceptsPage(lang: Lang = "en"): string {
  const t = (key: string) => R[key]![lang];
  const en = lang === "en" ? "" : ' lang="en"';
  // Declaration text (markdown code spans) as HTML, marked English on fi/sv pages.
  const english = (text: string) => ({
    html: `<span${en}>${escapeHtml(text).replace(/`([^`]*)`/g, "<code>$1</code>")}</span>`,
  });
  const codes = (list: readonly string[]) => list.map((item) => `<code>${escapeHtml(item)}</code>`).join(", ");
  const spelled = (word: WordReference) =>
    `<code>${escapeHtml(word.value)}</code>${word.also.length ? ` (${t("also")} ${codes(word.also)})` : ""}`;
  const concepts = CONCEPT_NAMES.map((name) => {
    const reference = conceptReference(getConcept(name));
    const model = reference.model;
    const fields = table(
      [t("field"), t("type"), t("required"), t("default"), t("limits"), t("reasonCodes"), t("meaning")],
      reference.fields.map(({ field, words, limits, reasons }) => [
        { html: `<code>${escapeHtml(field.name)}</code>` },
        { html: `<code>${escapeHtml(field.type)}</code>` },
        field.required
          ? t("yes")
          : field.requiredUnless
            ? { html: `${t("unless")} <code>${escapeHtml(field.requiredUnless)}</code>` }
            : field.derivedFrom
              ? { html: `${t("no")} (${t("derivedFrom")} <code>${escapeHtml(field.derivedFrom)}</code>, F10)` }
              : t("no"),
        field.default === null ? "" : String(field.default),
        {
          html: [...(words ? [words.map(spelled).join(", ")] : []), ...limits.map((limit) => english(limit).html)].join(
            "; ",
          ),
        },
        { html: codes(reasons) },
        english(field.description),
      ]),
    );
    const rules = table(
      [t("reasonCode"), t("field"), t("condition"), t("rule")],
      reference.rules.map((rule, index) => [
        { html: `<code>${escapeHtml(rule.reason)}</code>` },
        { html: `<code>${escapeHtml(rule.field)}</code>` },
        { html: `<code>${escapeHtml(expressionText(model.rules[index]!.holds, lang))}</code>` },
        english(rule.description),
      ]),
    );
    const key = model.key.length
      ? `<code>${escapeHtml(model.key.join(", "))}</code> (<code>${escapeHtml(model.keyReason)}</code>, F9)`
      : t("none");
    return (
      `<h2 id="${name}"><code>${name}</code></h2><p><span${en}>${escapeHtml(model.title)}</span>` +
      `. ${t("key")}: ${key}; ${t("periodDate")}: <code>${escapeHtml(model.eventDateField)}` +
      `</code>.</p>${fields}<h3>${t("rowRules")}</h3>${rules}<p>${t("reasonOrder")}: ${codes(reference.reasons)}.</p>`
    );
  });
  const note = lang === "en" ? "" : `<p class="note">${t("englishNote")}</p>`;
  const body =
    `<h1>${t("concepts")}</h1><p>${t("conceptsIntro")}</p><p>` +
    `${REJECTION_REASONS.map((reason) => `<code>${reason}</code>`).join(", ")}</p>${note}` +
    `${concepts.join("\n")}`;
  return page({ lang, title: t("concepts"), root: "", body, alternates: alternatesOf("concepts") });
}

/**
 * The classifications: organizers with fi/sv/en names, age-group sets, waiting bands and the enums.
 *
 * @example
 * ```ts
 * classificationsPage("sv").includes("Pohjois-Karjalan hyvinvointialue"); // true
 * ```
 */
export function classificationsPage(lang: Lang = "en"): string {
  const t = (key: string) => R[key]![lang];
  const organizers = table(
    [t("code"), "suomi", "svenska", "English", t("validFrom")],
    ORGANIZERS.map((o) => [o.code, o.names.fi, o.names.sv, o.names.en, o.validFrom]),
  );
  const ageSets = table(
    [t("set"), "suomi", "svenska", "English", t("bands")],
    (Object.keys(AGE_GROUP_SETS) as AgeGroupSetId[]).map((id) => [
      { html: `<code>${id}</code>` },
      AGE_GROUP_SET_NAMES[id].fi,
      AGE_GROUP_SET_NAMES[id].sv,
      AGE_GROUP_SET_NAMES[id].en,
      AGE_GROUP_SETS[id].bands.map((band) => band.label).join(", "),
    ]),
  );
  const bands = table(
    [t("band"), t("from"), t("to"), "suomi", "svenska", "English"],
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
      `<h3>${escapeHtml(dimensionLabelOf(dimension, lang))} <code>${dimension}</code></h3>${table(
        [t("code"), "suomi", "svenska", "English"],
        classification.values.map((value) => [
          value,
          classification.names[value]?.fi ?? "",
          classification.names[value]?.sv ?? "",
          classification.names[value]?.en ?? "",
        ]),
      )}`,
  );
  const body =
    `<h1>${t("classifications")}</h1><h2 id="organizers">${t("organizers")}</h2>${organizers}` +
    `<h2 id="age-groups">${t("ageSets")}</h2>${ageSets}<h2 id="waiting-bands">` +
    `${t("waitingBands")} <code>availability_days</code> (F25)</h2>${bands}` +
    `<h2 id="enums">${t("enums")}</h2>${enums.join("")}`;
  return page({ lang, title: t("classifications"), root: "", body, alternates: alternatesOf("classifications") });
}

export { LANGS };
