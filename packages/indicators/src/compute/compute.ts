/**
 * `compute`: the one call a vendor makes. It checks the options into a plan, validates every input
 * table with `@virta/concepts` (the same bad row is rejected for the same reason everywhere), lets an
 * engine evaluate the plan over the valid rows, applies rounding and disclosure once, and returns the
 * result object of interfaces.md with the full input accounting (read = rejected + excluded + in
 * population, per table).
 */
import {
  type ColumnarTable,
  columnBatchOfRows,
  UsageError,
  definitionHash,
  finalizeRows,
  formatDate,
  planComputation,
  type ComputeOptions,
  type Definition,
  type IndicatorResult,
  type InputAccount,
  type Plan,
  type Row,
  type TableAccount,
} from "@virta/core";
import { REJECTION_REASONS, createValidator, type Rejection, type ValidationSummary } from "@virta/concepts";
import { LIBRARY } from "../version";
import { memoryEngine, type Engine, type EngineResult } from "./engines";
import { columnBatchesOf, rowBatchesOf, type TableInput } from "./input";

/** Options of `compute`: the plan options plus data, engine and validation settings. */
export interface ComputeRequest extends ComputeOptions {
  /** One input table per concept the indicator reads. */
  data: Record<string, TableInput>;
  /** The engine (default: the in-memory engine). */
  engine?: Engine;
  /** Stop on the first rejected row (concepts.md "Bad input as a whole"). */
  strict?: boolean;
  /** The largest rejected share per table before the run stops (default 0.5, F14). */
  maxRejectedShare?: number;
  /** A file name per concept, for messages. */
  sources?: Record<string, string>;
  /** The definition hash to report (F32: copied from the catalogue); computed when absent. */
  definitionHash?: string;
  /** Called with every rejected row as the validation finds it (values masked, F11): a caller lists them. */
  onRejection?: (rejection: Rejection) => void;
}

function validatorFor(concept: string, options: ComputeRequest, summaries: Map<string, () => ValidationSummary>) {
  const validator = createValidator(concept, {
    strict: options.strict ?? false,
    maxRejectedShare: options.maxRejectedShare ?? 0.5,
    dates: "day",
    source: options.sources?.[concept] ?? concept,
    codegen: options.codegen !== false,
    ...(options.onRejection ? { onRejection: options.onRejection } : {}),
  });
  summaries.set(concept, () => validator.finish());
  return validator;
}

/**
 * The valid rows of a table as the validator's columnar chunks (issue 14: no row objects between the
 * file and the in-memory engine). Row-object input is validated in column batches too.
 */
async function* validatedColumns(
  concept: string,
  input: TableInput,
  options: ComputeRequest,
  summaries: Map<string, () => ValidationSummary>,
): AsyncGenerator<ColumnarTable> {
  const validator = validatorFor(concept, options, summaries);
  const source = options.sources?.[concept] ?? concept;
  const batches = columnBatchesOf(input, source);
  if (batches !== null) {
    for await (const batch of batches) {
      const { table } = validator.pushColumns(batch);
      if (table.length > 0) yield table;
    }
    return;
  }
  let record = 0;
  for await (const batch of rowBatchesOf(input)) {
    // Runs of row objects become column batches; anything else is rejected by `push` in its place.
    let start = 0;
    while (start < batch.length) {
      let end = start;
      while (end < batch.length && isRowObject(batch[end])) end += 1;
      if (end > start) {
        const { table } = validator.pushColumns(columnBatchOfRows(batch.slice(start, end), source, record + 1));
        record += end - start;
        if (table.length > 0) yield table;
      }
      if (end < batch.length) validator.push(batch[end], ++record);
      start = end + 1;
    }
  }
}

function isRowObject(value: unknown): value is Row {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The valid rows of a table as row objects (dates as day numbers), for engines that take rows. */
async function* validated(
  concept: string,
  input: TableInput,
  options: ComputeRequest,
  summaries: Map<string, () => ValidationSummary>,
): AsyncGenerator<Row[]> {
  const validator = validatorFor(concept, options, summaries);
  const batches = columnBatchesOf(input, options.sources?.[concept] ?? concept);
  if (batches !== null) {
    for await (const batch of batches) {
      const valid = validator.pushBatch(batch) as Row[];
      if (valid.length > 0) yield valid;
    }
    return;
  }
  for await (const batch of rowBatchesOf(input)) {
    const valid: Row[] = [];
    for (const raw of batch) {
      const row = validator.push(raw);
      if (row) valid.push(row as Row);
    }
    if (valid.length > 0) yield valid;
  }
}

/**
 * Counts in a stable order (the order the rules are checked), zero counts omitted (F15), so every engine prints the
 * same JSON.
 */
function ordered(counts: Record<string, number>, order: readonly string[]): Record<string, number> {
  const rank = (reason: string) => {
    const index = order.indexOf(reason);
    return index < 0 ? order.length : index;
  };
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** The exclusion reasons of a table in the order they are tested (F15). */
function exclusionOrder(definition: Definition, concept: string): string[] {
  const join = definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;
  if (join && join.concept === concept)
    return ["other_year", ...join.population.map((rule) => rule.reason), "not_in_any_cell"];
  return ["outside_period", "other_year", ...definition.population.map((rule) => rule.reason)];
}

function accountOf(
  definition: Definition,
  concept: string,
  summary: ValidationSummary,
  engine: TableAccount | undefined,
): InputAccount {
  return {
    rows_read: summary.rows_read,
    rows_rejected: summary.rows_rejected,
    rows_excluded: engine?.rows_excluded ?? 0,
    rows_in_population: engine?.rows_in_population ?? 0,
    excluded_by_reason: ordered(engine?.excluded_by_reason ?? {}, exclusionOrder(definition, concept)),
    rejected_by_reason: ordered(summary.rejected_by_reason, REJECTION_REASONS),
  };
}

/**
 * Computes one indicator.
 *
 * @example
 * ```ts
 * import { compute, primaryCareWithin14Days } from "@virta/indicators";
 * const result = await compute(primaryCareWithin14Days, {
 *   data: { health_care_visit: rows },
 *   period: "2024",
 *   by: ["organizer", "age_group"],
 *   ageGroups: "sotkanet",
 * });
 * result.rows[0];
 * // { organizer: "14", age_group: "25-64", numerator: 40, denominator: 50, value: 80, suppressed: false }
 * ```
 */
export async function compute(definition: Definition, request: ComputeRequest): Promise<IndicatorResult> {
  const plan = planComputation(definition, request);
  const engine = request.engine ?? memoryEngine;
  if (engine.readsOwnTables) return computeOnOwnTables(definition, plan, engine, request);
  const data = request.data ?? {};
  for (const concept of Object.keys(data)) {
    if (!definition.concepts.includes(concept)) {
      throw new UsageError(
        "concept_not_read",
        `${definition.id} does not read ${concept}; give data for ${definition.concepts.join(" and ")} only`,
        { option: "data", value: concept, allowed: definition.concepts },
      );
    }
  }
  for (const concept of definition.concepts) {
    if (data[concept] === undefined) {
      throw new UsageError(
        "missing_data",
        `${definition.id} reads ${concept}: give its rows (--data ${concept}=FILE)`,
        { option: "data", value: concept },
      );
    }
  }
  const summaries = new Map<string, () => ValidationSummary>();
  const tables: Record<string, AsyncIterable<Row[] | ColumnarTable>> = {};
  let output: EngineResult;
  if (engine.evaluateColumns !== undefined) {
    const columns: Record<string, AsyncIterable<ColumnarTable>> = {};
    for (const concept of definition.concepts)
      tables[concept] = columns[concept] = validatedColumns(concept, data[concept]!, request, summaries);
    output = await engine.evaluateColumns(plan, columns);
  } else {
    const rows: Record<string, AsyncIterable<Row[]>> = {};
    for (const concept of definition.concepts)
      tables[concept] = rows[concept] = validated(concept, data[concept]!, request, summaries);
    output = await engine.evaluate(plan, rows);
  }
  // Drain tables the engine did not read to the end, so every row is validated and counted (F7).
  for (const concept of definition.concepts) {
    if (!summaries.has(concept)) for await (const _ of tables[concept]!) void _;
  }
  const input: Record<string, InputAccount> = {};
  const warnings: string[] = [];
  for (const concept of definition.concepts) {
    const summary = summaries.get(concept)!();
    warnings.push(...summary.warnings);
    input[concept] = accountOf(definition, concept, summary, output.accounts[concept]);
  }
  return assemble(definition, plan, output, input, warnings, request);
}

/** The result object from an engine's output and the input accounting (interfaces.md). */
function assemble(
  definition: Definition,
  plan: Plan,
  output: EngineResult,
  input: Record<string, InputAccount>,
  warnings: string[],
  request: ComputeRequest,
): IndicatorResult {
  const finished = output.rows ? { rows: output.rows, warnings: [] as string[] } : finalizeRows(plan, output.cells);
  warnings.push(...output.warnings, ...finished.warnings);

  return {
    indicator: {
      id: definition.id,
      version: definition.version,
      definition_hash: request.definitionHash ?? definitionHash(definition),
    },
    library: { name: LIBRARY.name, version: LIBRARY.version },
    period: { id: plan.period.id, start: formatDate(plan.period.start), end: formatDate(plan.period.end) },
    as_of: plan.asOf === null ? null : formatDate(plan.asOf),
    unit: definition.unit,
    decimals: definition.decimals,
    breakdown: plan.dimensions.map((dimension) => dimension.name),
    age_groups: plan.ageGroups,
    disclosure: plan.suppress ? "national-1" : "none",
    warnings,
    input,
    rows: finished.rows,
  };
}

/**
 * Computes on tables the engine reads itself (a warehouse): nothing is validated here; the engine's own
 * validation (F34: in SQL) gives rows read and rejected, else every row of each table counts as read, and
 * the engine's exclusions and population give the rest of the accounting.
 */
async function computeOnOwnTables(
  definition: Definition,
  plan: Plan,
  engine: Engine,
  request: ComputeRequest,
): Promise<IndicatorResult> {
  if (request.data && Object.keys(request.data).length > 0) {
    throw new UsageError(
      "data_with_warehouse",
      `the ${engine.name} engine reads the tables it was given; give no data rows as well`,
      { option: "data" },
    );
  }
  const output = await engine.evaluate(plan, {});
  const input: Record<string, InputAccount> = {};
  const warnings: string[] = [];
  for (const concept of definition.concepts) {
    const summary = output.validation?.[concept];
    if (summary) {
      warnings.push(...summary.warnings);
      input[concept] = accountOf(definition, concept, summary, output.accounts[concept]);
      continue;
    }
    const account = output.accounts[concept];
    const excluded = account?.rows_excluded ?? 0;
    const inPopulation = account?.rows_in_population ?? 0;
    input[concept] = {
      rows_read: excluded + inPopulation,
      rows_rejected: 0,
      rows_excluded: excluded,
      rows_in_population: inPopulation,
      excluded_by_reason: ordered(account?.excluded_by_reason ?? {}, exclusionOrder(definition, concept)),
      rejected_by_reason: {},
    };
  }
  return assemble(definition, plan, output, input, warnings, request);
}
