/**
 * The conformance kit (issue 19): every deck case of the catalogue (docs/decks.md) turned into files an
 * implementation in any language can run — the input tables as CSV, the request as JSON and as the
 * equivalent `virta compute` command line, the expected result object (interfaces.md) or exit status,
 * a manifest with the catalogue edition, each definition's hash (F32) and the kit's checksum, the rules
 * (docs/rules.md) and a README in Finnish and English. Same release in, same bytes out.
 */
import { formatResultCsv } from "@virta/adapters";
import { DataError, type IndicatorResult } from "@virta/core";
import { LIBRARY, catalogue, compute, memoryEngine, runDeckCase, type DeckCase } from "@virta/indicators";
import { kitReadme } from "./readme";
import { ruleAnchor, ruleTitles } from "./rules";
import type { DeckFile } from "./source";
import { inputCsv, maskIdentityCodes, sha256Hex, sha256Sums, shellLine } from "./text";

/** The value of `format` in a kit's manifest.json. */
export const KIT_FORMAT = "virta-conformance-kit";
/** The catalogue edition the kit is for (indicators.md: "The national indicator catalogue, edition 1"). */
export const CATALOGUE_EDITION = 1;

/** One cited rule of a case, resolved to docs/rules.md. */
export interface KitRule {
  cited: string;
  anchor: string | null;
  title: string | null;
}

/** The request of one case (case.json `request`). */
export interface KitRequest {
  indicator: string;
  period: string;
  by: string[];
  age_groups: string | null;
  as_of: string | null;
  suppress: boolean;
  max_rejected_share: number;
  strict: boolean;
  /** Concept → CSV file name in the case folder. */
  data: Record<string, string>;
}

/** case.json: everything about one case but the expected result. */
export interface KitCase {
  case: string;
  indicator: string;
  title: string;
  rules: KitRule[];
  request: KitRequest;
  /** The equivalent `virta compute` command line, run in the case folder. */
  command: string;
  expect: { exit_code: number; error: string | null; warnings_include: string[]; result: string | null };
}

/** manifest.json. */
export interface KitManifest {
  format: typeof KIT_FORMAT;
  format_version: 1;
  edition: number;
  library: { name: string; version: string };
  indicators: Array<{ id: string; version: string; area: string; definition_hash: string; cases: number }>;
  cases: Array<{ case: string; indicator: string; exit_code: number; rules: string[] }>;
  /** `sha256:` + the SHA-256 of SHA256SUMS, which lists every other file of the kit. */
  checksum: string;
}

/** The case id of a deck file: `<indicator id>/<file name without .json>`. */
export function caseId(file: string, deckCase: DeckCase): string {
  const name = file
    .split("/")
    .pop()!
    .replace(/\.json$/, "");
  return `${deckCase.indicator}/${name}`;
}

function request(deckCase: DeckCase): KitRequest {
  const options = deckCase.options;
  return {
    indicator: deckCase.indicator,
    period: options.period,
    by: options.by ?? [],
    age_groups: options.age_groups ?? null,
    as_of: options.as_of ?? null,
    suppress: options.suppress ?? true,
    max_rejected_share: options.max_rejected_share ?? 0.5,
    strict: options.strict ?? false,
    data: Object.fromEntries(Object.keys(deckCase.data).map((concept) => [concept, `${concept}.csv`])),
  };
}

/**
 * The `virta compute` arguments of a request (after `virta`), with data files under `folder`.
 *
 * @example
 * ```ts
 * computeArgs(request, ".");
 * // ["compute", "availability…", "--data", "health_care_visit=./health_care_visit.csv", "--period", "2024", …]
 * ```
 */
export function computeArgs(req: KitRequest, folder: string | null): string[] {
  const args = ["compute", req.indicator];
  for (const [concept, file] of Object.entries(req.data))
    args.push("--data", `${concept}=${folder === null ? file : `${folder}/${file}`}`);
  args.push("--period", req.period);
  if (req.by.length > 0) args.push("--by", req.by.join(","));
  if (req.age_groups !== null) args.push("--age-groups", req.age_groups);
  if (req.as_of !== null) args.push("--as-of", req.as_of);
  if (!req.suppress) args.push("--no-suppress");
  if (req.max_rejected_share !== 0.5) args.push("--max-rejected-share", String(req.max_rejected_share));
  if (req.strict) args.push("--strict");
  args.push("--format", "json");
  return args;
}

async function expectedResult(file: string, deckCase: DeckCase): Promise<IndicatorResult | undefined> {
  // The kit never ships a case the SDK itself fails: the hand-checked deck and the engine must agree.
  const outcome = await runDeckCase(memoryEngine, file, deckCase);
  if (!outcome.passed)
    throw new DataError("deck_case_fails", `${file}: the SDK does not pass this case: ${outcome.differences[0]}`);
  if (deckCase.expected_error) return undefined;
  const entry = catalogue.entry(deckCase.indicator);
  const options = deckCase.options;
  return compute(entry.definition, {
    data: deckCase.data,
    period: options.period,
    by: options.by ?? [],
    ...(options.age_groups !== undefined ? { ageGroups: options.age_groups } : {}),
    asOf: options.as_of ?? null,
    suppress: options.suppress ?? true,
    maxRejectedShare: options.max_rejected_share ?? 0.5,
    strict: options.strict ?? false,
    engine: memoryEngine,
    definitionHash: entry.definition_hash,
  });
}

/**
 * Builds every file of the kit (path → text) from the deck cases and docs/rules.md.
 *
 * @example
 * ```ts
 * const files = await buildKit(loadDeckFiles(), loadRulesMarkdown());
 * JSON.parse(files.get("manifest.json")!).cases.length; // 238
 * ```
 */
export async function buildKit(decks: readonly DeckFile[], rulesMarkdown: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const titles = ruleTitles(rulesMarkdown);
  const cases: KitManifest["cases"] = [];
  const counts = new Map<string, number>();
  const sorted = [...decks].sort((a, b) => {
    const x = caseId(a.file, a.deckCase);
    const y = caseId(b.file, b.deckCase);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const { file, deckCase } of sorted) {
    const id = caseId(file, deckCase);
    const folder = `cases/${id}`;
    const result = await expectedResult(file, deckCase);
    const req = request(deckCase);
    for (const [concept, rows] of Object.entries(deckCase.data))
      files.set(`${folder}/${concept}.csv`, inputCsv(concept, rows));
    const rules = (deckCase.rules ?? []).map((cited): KitRule => {
      const anchor = ruleAnchor(cited) ?? null;
      return { cited, anchor, title: anchor === null ? null : (titles.get(anchor) ?? null) };
    });
    const kitCase: KitCase = {
      case: id,
      indicator: deckCase.indicator,
      title: maskIdentityCodes(deckCase.title),
      rules,
      request: req,
      command: shellLine(["virta", ...computeArgs(req, null)]),
      expect: {
        exit_code: deckCase.expected_error?.exit_code ?? 0,
        error: deckCase.expected_error?.code ?? null,
        warnings_include: deckCase.expected?.warnings_include ?? [],
        result: result ? "expected.json" : null,
      },
    };
    files.set(`${folder}/case.json`, `${JSON.stringify(kitCase, null, 2)}\n`);
    if (result) {
      files.set(`${folder}/expected.json`, `${JSON.stringify(result, null, 2)}\n`);
      files.set(`${folder}/expected.csv`, formatResultCsv(result)); // the same rows as F30 prints them
    }
    const anchors = [...new Set(rules.map((rule) => rule.anchor).filter((a): a is string => a !== null))];
    cases.push({ case: id, indicator: deckCase.indicator, exit_code: kitCase.expect.exit_code, rules: anchors });
    counts.set(deckCase.indicator, (counts.get(deckCase.indicator) ?? 0) + 1);
  }
  const indicators = catalogue.list().map((entry) => ({
    id: entry.id,
    version: entry.version,
    area: entry.area,
    definition_hash: entry.definition_hash,
    cases: counts.get(entry.id) ?? 0,
  }));
  files.set("rules.md", rulesMarkdown);
  files.set("README.md", kitReadme({ edition: CATALOGUE_EDITION, library: LIBRARY, cases: cases.length }));
  const sums = sha256Sums(files);
  const manifest: KitManifest = {
    format: KIT_FORMAT,
    format_version: 1,
    edition: CATALOGUE_EDITION,
    library: { name: LIBRARY.name, version: LIBRARY.version },
    indicators,
    cases,
    checksum: `sha256:${sha256Hex(sums)}`,
  };
  files.set("SHA256SUMS", sums);
  files.set("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}
