/**
 * The fuzzing harness of issue 20: generated malformed rows of all eight concepts go through
 * `validate` and `compute` on every engine, in process, and every run asserts the invariants of the
 * spec — no error that is not a `VirtaError` (the CLI's exit 70), `rows_read = rows_rejected +
 * rows_excluded + rows_in_population` with per-reason counts adding up (F8, F15), no personal identity
 * code unmasked in any message, warning or result (F11, F36), and byte-identical output from every
 * engine. `fuzz/fuzz.test.ts` runs it in CI with a fixed seed; `pnpm fuzz` runs it longer with a fresh
 * seed and prints the seed of a failure.
 */
import { type IndicatorResult, VirtaError } from "@virta/core";
import { resultSchema } from "@virta/core/schemas";
import { type ConceptName, isPersonalIdentityCode, validate } from "@virta/concepts";
import {
  childWelfareDecisionWithin7WorkingDays,
  compute,
  type Definition,
  type Engine,
  ftePer1000Residents,
  memoryEngine,
  netCostPerResident,
  nps,
  populationCount,
  primaryCareWithin14Days,
  referenceEngine,
  socialCareAssessmentStartedWithin7WorkingDays,
  specialisedCareWaitingOver90Days,
} from "@virta/indicators";
import { formatResultJson } from "@virta/adapters";
import { CONCEPT_NAMES, generateRows } from "./cells";

/** A broken invariant, with what is needed to reproduce it. */
export class FuzzFailure extends Error {}

const HETU_SHAPE = /\d{6}[-+a-fyxwvu]\d{3}[0-9a-y]/gi;

/** The personal identity codes (right check character, F11) that occur unmasked in a text. */
export function unmaskedIdentityCodes(text: string): string[] {
  return [...text.matchAll(HETU_SHAPE)].map((match) => match[0]).filter((code) => isPersonalIdentityCode(code));
}

/** One indicator per concept (the two-table ones bring a good population table). */
const COMPUTE_CASES: Record<ConceptName, { definition: Definition; period: string; by: string[]; asOf?: string }> = {
  health_care_visit: { definition: primaryCareWithin14Days, period: "2024", by: ["organizer", "age_group"] },
  specialised_care_referral: { definition: specialisedCareWaitingOver90Days, period: "2024-12-31", by: ["sex"] },
  social_care_assessment: {
    definition: socialCareAssessmentStartedWithin7WorkingDays,
    period: "2024",
    by: ["organizer"],
    asOf: "2025-01-31",
  },
  child_welfare_case: {
    definition: childWelfareDecisionWithin7WorkingDays,
    period: "2024",
    by: ["sex"],
    asOf: "2025-01-31",
  },
  population: { definition: populationCount, period: "2024", by: ["organizer", "sex"] },
  customer_feedback_answer: { definition: nps, period: "2024", by: ["organizer"] },
  staff_fte: { definition: ftePer1000Residents, period: "2024", by: ["organizer"] },
  cost: { definition: netCostPerResident, period: "2024", by: ["organizer"] },
};

const POPULATION = [{ year: "2024", municipality_code: "167", age: "40", sex: "female", count: "812" }];

/** What one run measured. */
export interface FuzzReport {
  seed: number;
  rows: number;
  malformedRows: number;
  rejected: number;
  computeRuns: number;
  engines: string[];
}

function check(condition: boolean, seed: number, what: string): void {
  if (!condition) throw new FuzzFailure(`fuzz seed ${seed}: ${what} (reproduce: pnpm fuzz --seed ${seed})`);
}

function checkNoIdentityCodes(text: string, seed: number, where: string): void {
  const found = unmaskedIdentityCodes(text);
  check(found.length === 0, seed, `${where} shows personal identity codes unmasked: ${found.slice(0, 3).join(", ")}`);
}

async function outcome(run: () => Promise<IndicatorResult>, seed: number, where: string): Promise<string> {
  try {
    const result = await run();
    resultSchema.parse(result); // rows_read = rejected + excluded + in population, per table
    for (const [concept, account] of Object.entries(result.input)) {
      const rejected = Object.values(account.rejected_by_reason).reduce((sum, count) => sum + count, 0);
      const excluded = Object.values(account.excluded_by_reason).reduce((sum, count) => sum + count, 0);
      check(rejected === account.rows_rejected, seed, `${where}: ${concept} rejected_by_reason does not add up`);
      check(excluded === account.rows_excluded, seed, `${where}: ${concept} excluded_by_reason does not add up`);
    }
    return formatResultJson(result);
  } catch (error) {
    if (error instanceof FuzzFailure) throw error;
    check(error instanceof VirtaError, seed, `${where} threw a non-Virta error (exit 70): ${String(error)}`);
    const { code, message } = error as VirtaError;
    if (code === "missing_population" || code === "zero_denominator")
      check(message.startsWith(`${code}: `), seed, `${where}: the F18 message does not start with ${code}`);
    check(!/[\r\n]/.test(message), seed, `${where}: a message of two lines or more`);
    checkNoIdentityCodes(message, seed, where);
    return `error ${code}`; // the reference evaluator words its messages its own way; the code must agree
  }
}

/**
 * Runs the harness: `rowsPerConcept` generated rows of each concept through `validate` and through
 * `compute` on every engine given. Throws `FuzzFailure` (naming the seed) at the first broken invariant.
 *
 * @example
 * ```ts
 * const report = await fuzzRows({ seed: 20, rowsPerConcept: 1000, engines: [memoryEngine] });
 * report.malformedRows; // ≈ 900 per concept
 * ```
 */
export async function fuzzRows(options: {
  seed: number;
  rowsPerConcept: number;
  engines: Engine[];
}): Promise<FuzzReport> {
  const { seed, rowsPerConcept } = options;
  const engines = [memoryEngine, referenceEngine, ...options.engines.filter((engine) => engine !== memoryEngine)];
  const report: FuzzReport = {
    seed,
    rows: 0,
    malformedRows: 0,
    rejected: 0,
    computeRuns: 0,
    engines: engines.map((engine) => engine.name),
  };
  for (const [index, concept] of CONCEPT_NAMES.entries()) {
    const { rows, malformed } = generateRows(concept, rowsPerConcept, seed + index);
    report.rows += rows.length;
    report.malformedRows += malformed;
    let validated: ReturnType<typeof validate>;
    try {
      validated = validate(concept, rows, { maxRejectedShare: 1, source: `${concept}.fuzz` });
    } catch (error) {
      check(error instanceof VirtaError, seed, `validate ${concept} threw a non-Virta error: ${String(error)}`);
      throw error;
    }
    const { summary, valid, rejections } = validated;
    report.rejected += summary.rows_rejected;
    check(summary.rows_read === rows.length, seed, `validate ${concept}: rows_read ${summary.rows_read}`);
    check(summary.rows_read === valid.length + summary.rows_rejected, seed, `validate ${concept}: rows lost`);
    const byReason = Object.values(summary.rejected_by_reason).reduce((sum, count) => sum + count, 0);
    check(byReason === summary.rows_rejected, seed, `validate ${concept}: rejected_by_reason does not add up`);
    for (const rejection of rejections) {
      check(!/[\r\n]/.test(rejection.message), seed, `validate ${concept}: a message of two lines or more`);
      checkNoIdentityCodes(rejection.message, seed, `validate ${concept} row ${rejection.row}`);
    }
    checkNoIdentityCodes(summary.warnings.join("\n"), seed, `validate ${concept} warnings`);

    const { definition, period, by, asOf } = COMPUTE_CASES[concept];
    const outputs = new Map<string, string>();
    for (const engine of engines) {
      const data: Record<string, unknown[]> = { [concept]: rows };
      if (definition.concepts.includes("population") && concept !== "population") data.population = POPULATION;
      const text = await outcome(
        () =>
          compute(definition, {
            data: data as never,
            period,
            by,
            ...(asOf ? { asOf } : {}),
            maxRejectedShare: 1,
            engine,
          }),
        seed,
        `compute ${definition.id} on ${engine.name}`,
      );
      report.computeRuns += 1;
      checkNoIdentityCodes(text, seed, `compute ${definition.id} on ${engine.name}`);
      outputs.set(engine.name, text);
    }
    const first = outputs.get("memory")!;
    for (const [name, text] of outputs) {
      if (text === first) continue;
      const theirs = text.split("\n");
      const ours = first.split("\n");
      const line = theirs.findIndex((value, index) => value !== ours[index]);
      const context = (lines: string[]) => lines.slice(Math.max(0, line - 3), line + 2).join(" | ");
      check(
        false,
        seed,
        `compute ${definition.id}: ${name} differs from memory at line ${line + 1}: ${context(theirs)} ≠ ` +
          `${context(ours)}`,
      );
    }
    const account = first.startsWith("error") ? null : (JSON.parse(first) as IndicatorResult).input[concept];
    if (account) {
      check(account.rows_rejected === summary.rows_rejected, seed, `compute and validate disagree on ${concept}`);
    }
  }
  return report;
}
