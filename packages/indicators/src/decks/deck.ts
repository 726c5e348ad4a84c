/**
 * The deck runner (docs/decks.md): runs hand-checked cases through `compute` with any engine and
 * reports, per indicator, how many cases passed and which rules they cover. Pure: the caller loads the
 * JSON files (Node, a browser bundle, another language's test harness), so the same runner serves every
 * engine — in-memory, reference, DuckDB, PostgreSQL.
 */
import { VirtaError, type IndicatorResult, type InputAccount, type ResultRow } from "@virta/core";
import { catalogue } from "../catalogue/catalogue";
import { compute } from "../compute/compute";
import type { Engine } from "../compute/engines";

/** One deck case as written in a deck file. */
export interface DeckCase {
  indicator: string;
  title: string;
  rules?: string[];
  options: {
    period: string;
    by?: string[];
    age_groups?: string;
    as_of?: string | null;
    suppress?: boolean;
    max_rejected_share?: number;
    strict?: boolean;
  };
  data: Record<string, Array<Record<string, unknown>>>;
  expected?: {
    input?: Record<string, InputAccount>;
    rows: ResultRow[];
    warnings_include?: string[];
  };
  expected_error?: { code: string; exit_code: number };
}

/** The outcome of one case on one engine. */
export interface DeckOutcome {
  file: string;
  indicator: string;
  engine: string;
  passed: boolean;
  /** What differed, in words (empty when passed). */
  differences: string[];
}

function sameNumber(a: unknown, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" ? a === b : a === b;
}

function compareRows(expected: ResultRow[], actual: ResultRow[]): string[] {
  const differences: string[] = [];
  if (expected.length !== actual.length) differences.push(`expected ${expected.length} rows, got ${actual.length}`);
  const count = Math.min(expected.length, actual.length);
  for (let i = 0; i < count; i++) {
    const want = expected[i]!;
    const got = actual[i]!;
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    for (const key of keys) {
      if (!sameNumber(want[key], got[key]))
        differences.push(`row ${i + 1} ${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`);
    }
  }
  return differences;
}

function compareInput(expected: Record<string, InputAccount>, actual: Record<string, InputAccount>): string[] {
  const differences: string[] = [];
  for (const [concept, want] of Object.entries(expected)) {
    const got = actual[concept];
    if (!got) {
      differences.push(`input.${concept}: missing`);
      continue;
    }
    for (const key of ["rows_read", "rows_rejected", "rows_excluded", "rows_in_population"] as const) {
      if (want[key] !== got[key]) differences.push(`input.${concept}.${key}: expected ${want[key]}, got ${got[key]}`);
    }
    for (const key of ["excluded_by_reason", "rejected_by_reason"] as const) {
      const a = JSON.stringify(Object.entries(want[key] ?? {}).sort());
      const b = JSON.stringify(Object.entries(got[key] ?? {}).sort());
      if (a !== b)
        differences.push(
          `input.${concept}.${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`,
        );
    }
  }
  return differences;
}

/**
 * Runs one case on one engine.
 *
 * @example
 * ```ts
 * const outcome = await runDeckCase(memoryEngine, "within_14_days__plain.json", deckCase);
 * outcome.passed; // true
 * ```
 */
export async function runDeckCase(engine: Engine, file: string, deckCase: DeckCase): Promise<DeckOutcome> {
  const outcome: DeckOutcome = {
    file,
    indicator: deckCase.indicator,
    engine: engine.name,
    passed: false,
    differences: [],
  };
  let result: IndicatorResult | undefined;
  try {
    const entry = catalogue.entry(deckCase.indicator);
    const options = deckCase.options;
    result = await compute(entry.definition, {
      data: deckCase.data,
      period: options.period,
      by: options.by ?? [],
      ...(options.age_groups !== undefined ? { ageGroups: options.age_groups } : {}),
      asOf: options.as_of ?? null,
      suppress: options.suppress ?? true,
      maxRejectedShare: options.max_rejected_share ?? 0.5,
      strict: options.strict ?? false,
      engine,
      definitionHash: entry.definition_hash,
    });
  } catch (error) {
    if (deckCase.expected_error) {
      const code = error instanceof VirtaError ? error.code : String(error);
      const exitCode = error instanceof VirtaError ? error.exitCode : undefined;
      if (code !== deckCase.expected_error.code)
        outcome.differences.push(
          `expected error ${deckCase.expected_error.code}, got ${code}: ${(error as Error).message}`,
        );
      if (exitCode !== deckCase.expected_error.exit_code)
        outcome.differences.push(`expected exit code ${deckCase.expected_error.exit_code}, got ${exitCode}`);
    } else {
      outcome.differences.push(`unexpected error: ${(error as Error).message}`);
    }
    outcome.passed = outcome.differences.length === 0;
    return outcome;
  }
  if (deckCase.expected_error) {
    outcome.differences.push(`expected error ${deckCase.expected_error.code}, but the computation succeeded`);
    return outcome;
  }
  // The result schema is zod's: loaded when a deck runs, never by computing (issue 14: a quick CLI).
  const { resultSchema } = await import("@virta/core/schemas");
  const shape = resultSchema.safeParse(result);
  if (!shape.success)
    outcome.differences.push(
      `the result does not match the result schema: ` +
        `${shape.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  const expected = deckCase.expected!;
  outcome.differences.push(...compareRows(expected.rows, result.rows));
  if (expected.input) outcome.differences.push(...compareInput(expected.input, result.input));
  for (const fragment of expected.warnings_include ?? []) {
    if (!result.warnings.some((warning) => warning.includes(fragment)))
      outcome.differences.push(`no warning contains "${fragment}" (warnings: ${JSON.stringify(result.warnings)})`);
  }
  outcome.passed = outcome.differences.length === 0;
  return outcome;
}

/** Per-indicator totals of a deck run, with the rules the cases cover. */
export interface DeckReport {
  indicator: string;
  cases: number;
  passed: number;
  rules: string[];
}

/**
 * Runs many cases on one engine and reports per indicator.
 *
 * @example
 * ```ts
 * const { outcomes, report } = await runDeck(memoryEngine, [{ file, deckCase }]);
 * report[0]; // { indicator: "…", cases: 8, passed: 8, rules: ["F15", "F21", …] }
 * ```
 */
export async function runDeck(
  engine: Engine,
  cases: Array<{ file: string; deckCase: DeckCase }>,
): Promise<{ outcomes: DeckOutcome[]; report: DeckReport[] }> {
  const outcomes: DeckOutcome[] = [];
  const byIndicator = new Map<string, DeckReport>();
  for (const { file, deckCase } of cases) {
    const outcome = await runDeckCase(engine, file, deckCase);
    outcomes.push(outcome);
    const report = byIndicator.get(deckCase.indicator) ?? {
      indicator: deckCase.indicator,
      cases: 0,
      passed: 0,
      rules: [],
    };
    report.cases++;
    if (outcome.passed) report.passed++;
    for (const rule of deckCase.rules ?? []) if (!report.rules.includes(rule)) report.rules.push(rule);
    byIndicator.set(deckCase.indicator, report);
  }
  return { outcomes, report: [...byIndicator.values()].map((report) => ({ ...report, rules: report.rules.sort() })) };
}
