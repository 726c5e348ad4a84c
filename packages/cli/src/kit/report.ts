/**
 * The certification report as text for the terminal and as one self-contained HTML page in Finnish,
 * Swedish and English (issue 19): per indicator the cases passed, failed and missing; for each failing
 * case the first differing cells with both values and the rules it covers, linked to rules.md.
 */
import type { CertificationReport, CaseVerdict } from "./certify";

const ruleText = (verdict: CaseVerdict): string =>
  verdict.rules.map((rule) => (rule.title ? `${rule.cited} (${rule.title})` : rule.cited)).join("; ");

/**
 * The terminal summary of a report.
 *
 * @example
 * ```ts
 * summaryText(report); // "…\nCERTIFIED: 238 of 238 cases passed (22 indicators claimed)\n"
 * ```
 */
export function summaryText(report: CertificationReport): string {
  const lines = [
    `kit: edition ${report.kit.edition}, ${report.kit.library.name} ${report.kit.library.version}, ` +
      report.kit.checksum,
  ];
  const width = Math.max(...report.indicators.map((indicator) => indicator.id.length), 10);
  for (const indicator of report.indicators) {
    const total = indicator.passed + indicator.failed + indicator.missing;
    const extra =
      indicator.failed + indicator.missing > 0 ? `, ${indicator.failed} failed, ${indicator.missing} missing` : "";
    lines.push(`  ${indicator.id.padEnd(width)}  ${indicator.passed}/${total} passed${extra}`);
    for (const verdict of indicator.cases.filter((c) => c.status !== "passed")) {
      if (verdict.status === "missing") {
        lines.push(`    MISSING ${verdict.case}`);
        continue;
      }
      const first = verdict.differences[0]!;
      const more = verdict.difference_count > 1 ? ` (+${verdict.difference_count - 1} more)` : "";
      lines.push(`    FAILED  ${verdict.case}: ${first.where}: expected ${first.expected}, got ${first.got}${more}`);
      if (verdict.rules.length > 0) lines.push(`            rules: ${ruleText(verdict)}`);
    }
  }
  const { cases, passed, failed, missing } = report.totals;
  lines.push(
    report.certified
      ? `CERTIFIED: ${passed} of ${cases} cases passed (${report.claimed.length} indicators claimed)`
      : `NOT CERTIFIED: ${passed} of ${cases} cases passed, ${failed} failed, ${missing} missing ` +
          `(${report.claimed.length} indicators claimed)`,
  );
  return `${lines.join("\n")}\n`;
}

type Words = Record<"fi" | "sv" | "en", string>;

const WORDS = {
  title: { fi: "Sertifiointiraportti", sv: "Certifieringsrapport", en: "Certification report" },
  certified: { fi: "HYVÄKSYTTY", sv: "GODKÄND", en: "CERTIFIED" },
  notCertified: { fi: "EI HYVÄKSYTTY", sv: "INTE GODKÄND", en: "NOT CERTIFIED" },
  indicator: { fi: "Indikaattori", sv: "Indikator", en: "Indicator" },
  passed: { fi: "läpäisty", sv: "godkända", en: "passed" },
  failed: { fi: "epäonnistunut", sv: "underkända", en: "failed" },
  missing: { fi: "puuttuu", sv: "saknas", en: "missing" },
  kit: { fi: "Paketti", sv: "Paket", en: "Kit" },
  edition: { fi: "painos", sv: "utgåva", en: "edition" },
  where: { fi: "Kohta", sv: "Ställe", en: "Where" },
  expected: { fi: "Odotettu", sv: "Förväntat", en: "Expected" },
  got: { fi: "Saatu", sv: "Fått", en: "Got" },
  rules: { fi: "Säännöt", sv: "Regler", en: "Rules" },
  more: { fi: "eroa lisää", sv: "skillnader till", en: "more differences" },
  cases: { fi: "tapausta", sv: "fall", en: "cases" },
} satisfies Record<string, Words>;

const escape = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const say = (words: Words): string =>
  (["fi", "sv", "en"] as const).map((lang) => `<span lang="${lang}">${escape(words[lang])}</span>`).join("");

function caseHtml(verdict: CaseVerdict, rulesHref: string): string {
  const status = verdict.status === "missing" ? WORDS.missing : WORDS.failed;
  const head =
    `<h3 class="${verdict.status}">${say(status)}: <code>${escape(verdict.case)}</code></h3>` +
    `<p>${escape(verdict.title)}</p>`;
  if (verdict.status === "missing") return `<section>${head}</section>`;
  const rows = verdict.differences
    .map(
      (d) =>
        `<tr><td>${escape(d.where)}</td><td><code>${escape(d.expected)}</code></td>` +
        `<td><code>${escape(d.got)}</code></td></tr>`,
    )
    .join("");
  const more =
    verdict.difference_count > verdict.differences.length
      ? `<p>+${verdict.difference_count - verdict.differences.length} ${say(WORDS.more)}</p>`
      : "";
  const rules = verdict.rules
    .map((rule) =>
      rule.anchor
        ? `<li><a href="${escape(`${rulesHref}#${rule.anchor}`)}">${escape(rule.cited)}</a>` +
          `${rule.title ? ` — ${escape(rule.title)}` : ""}</li>`
        : `<li>${escape(rule.cited)}</li>`,
    )
    .join("");
  const header = `<tr><th>${say(WORDS.where)}</th><th>${say(WORDS.expected)}</th><th>${say(WORDS.got)}</th></tr>`;
  const table = `<table>${header}${rows}</table>`;
  return `<section>${head}${table}${more}<p>${say(WORDS.rules)}:</p><ul>${rules}</ul></section>`;
}

/**
 * The report as one HTML page (no external files; a language switch fi/sv/en, Finnish first).
 * `rulesHref` is where rules.md is seen from the report (the kit's copy).
 *
 * @example
 * ```ts
 * reportHtml(report, "../kit/rules.md").startsWith("<!doctype html>"); // true
 * ```
 */
export function reportHtml(report: CertificationReport, rulesHref: string): string {
  const verdict = report.certified ? WORDS.certified : WORDS.notCertified;
  const summary = report.indicators
    .map(
      (i) =>
        `<tr class="${i.failed + i.missing > 0 ? "failed" : "passed"}"><td><code>${escape(i.id)}</code></td>` +
        `<td>${i.passed}</td><td>${i.failed}</td><td>${i.missing}</td></tr>`,
    )
    .join("");
  const details = report.indicators
    .filter((i) => i.failed + i.missing > 0)
    .map(
      (i) =>
        `<h2><code>${escape(i.id)}</code></h2>${i.cases
          .filter((c) => c.status !== "passed")
          .map((c) => caseHtml(c, rulesHref))
          .join("")}`,
    )
    .join("");
  const { cases, passed } = report.totals;
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>${escape(WORDS.title.en)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}
td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}.failed{color:#a00}.passed{color:#060}
html[data-lang="fi"] [lang="sv"],html[data-lang="fi"] [lang="en"],html[data-lang="sv"] [lang="fi"],
html[data-lang="sv"] [lang="en"],html[data-lang="en"] [lang="fi"],html[data-lang="en"] [lang="sv"]{display:none}
</style></head>
<body>
<nav><button onclick="document.documentElement.dataset.lang='fi'">suomi</button>
<button onclick="document.documentElement.dataset.lang='sv'">svenska</button>
<button onclick="document.documentElement.dataset.lang='en'">English</button></nav>
<script>document.documentElement.dataset.lang="fi"</script>
<h1>${say(WORDS.title)}: <span class="${report.certified ? "passed" : "failed"}">${say(verdict)}</span></h1>
<p>${passed} / ${cases} ${say(WORDS.cases)} · ${say(WORDS.kit)}: ${say(WORDS.edition)} ${report.kit.edition},
${escape(report.kit.library.name)} ${escape(report.kit.library.version)},
<code>${escape(report.kit.checksum)}</code></p>
<table><tr><th>${say(WORDS.indicator)}</th><th>${say(WORDS.passed)}</th><th>${say(WORDS.failed)}</th>
<th>${say(WORDS.missing)}</th></tr>${summary}</table>
${details}
</body></html>
`;
}
