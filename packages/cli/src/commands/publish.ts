/**
 * `virta publish ID… --period P --data [CONCEPT=]FILE … --out DIR [--report FILE] [--updated DATE]
 * [--lang fi|sv|en] [--age-groups SET] [--as-of DATE]` (fine-print F35): groups the indicators into
 * population families, computes each family's publication set (fixed-shape tables, national-1 primary
 * and complementary suppression across the set), writes one CSV and one JSON-stat 2.0 file per
 * indicator and table plus a JSON-stat collection per set into DIR, then audits DIR as `virta audit`
 * does (exit 1 when any suppressed cell is unprotected). Input accounting goes only to `--report`,
 * which must lie outside DIR.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { UsageError } from "@virta/core";
import { maskIdentityCodes } from "@virta/concepts";
import { checkUpdatedDate, helsinkiDate, highsSolver } from "@virta/adapters";
import { catalogue, groupFamilies, publishSet, type PublicationSet } from "@virta/indicators";
import type { CliIo } from "../cli/io";
import { oneOf, parseCommandArgs } from "../cli/options";
import { resolveDataOptions } from "../inputs/data-option";
import { openInput } from "../inputs/open-input";
import { LANGS, type Lang } from "../output/format-result";
import { parseShare } from "./compute";
import { auditDirectory, describeUnprotected } from "./audit";
import { publicationFiles } from "./publication-files";

/** The options of `virta publish`. */
export const PUBLISH_OPTIONS = {
  data: { type: "string", multiple: true },
  period: { type: "string" },
  out: { type: "string" },
  report: { type: "string" },
  updated: { type: "string" },
  lang: { type: "string" },
  "age-groups": { type: "string" },
  "as-of": { type: "string" },
  strict: { type: "boolean" },
  "max-rejected-share": { type: "string" },
} as const;

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Runs `virta publish`.
 *
 * @example
 * ```ts
 * const id = "availability.primary_care.within_14_days";
 * const args = [id, "--data", "visits.csv", "--period", "2024", "--out", "pub"];
 * await publishCommand(args, processIo()); // 0
 * ```
 */
export async function publishCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: ids } = parseCommandArgs("publish", args, PUBLISH_OPTIONS);
  if (ids.length === 0) {
    throw new UsageError("missing_argument", "virta publish: name at least one indicator id (virta list shows them)");
  }
  const period = text(values.period);
  const out = text(values.out);
  if (period === undefined) throw new UsageError("missing_period", "--period is required, such as 2024 or 2024-T1");
  if (out === undefined) throw new UsageError("missing_option", "--out DIR is required: the publication directory");
  const report = text(values.report);
  if (report !== undefined) {
    const inside = relative(resolve(out), resolve(report));
    if (!inside.startsWith("..") && !isAbsolute(inside)) {
      throw new UsageError(
        "invalid_option",
        `--report ${report}: the internal report must be written outside the publication directory ${out} (F35)`,
        { option: "report" },
      );
    }
  }
  const lang: Lang = oneOf("lang", text(values.lang) ?? "fi", LANGS);
  const updated = text(values.updated) === undefined ? helsinkiDate() : checkUpdatedDate(text(values.updated)!);
  const maxRejectedShare =
    values["max-rejected-share"] === undefined ? 0.5 : parseShare(text(values["max-rejected-share"])!);
  const definitions = ids.map((id) => catalogue.get(id));
  const families = groupFamilies(definitions);
  const dataValues = (values.data as string[] | undefined) ?? [];
  const solver = await highsSolver();
  const sets: PublicationSet[] = [];
  for (const family of families) {
    const concepts = new Set(family.flatMap((definition) => definition.concepts));
    const mine = dataValues.filter((value) => {
      const named = /^([a-z_]+)=/.exec(value)?.[1];
      return named === undefined || concepts.has(named);
    });
    const inputs = resolveDataOptions(family[0]!, mine);
    const data: Record<string, Awaited<ReturnType<typeof openInput>>["table"]> = {};
    const sources: Record<string, string> = {};
    for (const input of inputs) {
      data[input.concept] = (await openInput(input.concept, input.file, io)).table; // read again per table
      sources[input.concept] = input.file;
    }
    sets.push(
      await publishSet(
        family.map((definition) => definition.id),
        {
          data,
          period,
          solver,
          sources,
          maxRejectedShare,
          strict: values.strict === true,
          ...(text(values["age-groups"]) !== undefined ? { ageGroups: text(values["age-groups"])! } : {}),
          ...(text(values["as-of"]) !== undefined ? { asOf: text(values["as-of"])! } : {}),
        },
      ),
    );
  }
  await mkdir(out, { recursive: true });
  const written = publicationFiles(sets, { lang, updated });
  for (const [name, body] of written) await writeFile(join(out, name), body, "utf8");
  const files = written.size;
  if (report !== undefined) {
    const body = {
      period,
      sets: sets.map((set) => ({
        family: set.family,
        primary_cells: set.primaryCount,
        suppressed_cells: set.suppressedCount,
        indicators: set.indicators.map((i) => ({
          id: i.definition.id,
          input: i.report.input,
          warnings: i.report.warnings,
        })),
      })),
    };
    await writeFile(report, maskIdentityCodes(JSON.stringify(body, null, 2)) + "\n", "utf8");
  }
  const audit = await auditDirectory(out, solver);
  const unprotected = audit.checks.filter((check) => !check.protected);
  const summary = sets
    .map(
      (set) =>
        `${set.family}: ${set.primaryCount} primary + ${set.suppressedCount - set.primaryCount} complementary ` +
        "suppressed cells",
    )
    .join("; ");
  io.out(
    `published ${files} files to ${out} (${summary}); audit: ${audit.checks.length} protected counts checked, ` +
      `${unprotected.length} unprotected\n`,
  );
  if (unprotected.length > 0) {
    io.err(`virta publish: ${describeUnprotected(unprotected)}\n`);
    return 1;
  }
  return 0;
}
