/**
 * The in-memory engine: evaluates a plan over chunks of normalised rows in one pass per table. One
 * specialised row loop is generated per plan over typed-array columns (`generate-loop.ts`, and
 * `generate-join.ts` for a joined denominator, F18); per row it places the row in the period, applies
 * the population rules in order (the first failing one is the exclusion reason, fine-print F15), finds
 * the row's cell from its dimension indices, and adds to exact integer (or decimal) sums. Raw rows are
 * not kept: memory is the columns of one chunk plus the cells.
 *
 * Where code cannot be generated (a Content-Security-Policy without `unsafe-eval`, or `codegen: false`)
 * the reference evaluator (`../reference/evaluate.ts`) computes the same cells from the same input: it
 * is both the correctness oracle of the generated loop (differential test) and its fallback (issue 14).
 */
import { Decimal } from "../../arithmetic/decimal";
import { DataError } from "../../errors/errors";
import type { SumSpec } from "../../definition/definition";
import { fieldsOf, type Expression } from "../../expression/expression";
import type { Plan } from "../../plan/plan";
import { emptyAccount, type CellAggregate, type EngineOutput, type TableAccount } from "../cells";
import { describeCell, inClassificationOrder } from "../finalize/finalize";
import { evaluateReference } from "../reference/evaluate";
import { ColumnChunk, isColumnarTable } from "./columns";
import { countedSums, layoutFor, type CellStore } from "./cell-store";
import { canGenerateCode, generatedDimensions, generateLoop, reasonsOf, type GeneratedLoop } from "./generate-loop";
import { evaluateJoinGenerated } from "./generate-join";
import { type Cell, chunkLengths, type Pass, type TableSource } from "./pass";

export type { TableSource } from "./pass";

function fieldsOfSum(sum: SumSpec | undefined, lets: Record<string, Expression>, into: Set<string>): void {
  if (!sum) return;
  if (sum.where) fieldsOf(sum.where, lets, into);
  if (sum.value) fieldsOf(sum.value, lets, into);
  if (sum.field) into.add(sum.field);
}

/** The fields of the main table the plan reads. */
export function mainFields(plan: Plan): Set<string> {
  const definition = plan.definition;
  const lets = definition.let;
  const fields = new Set<string>();
  if (definition.source.date) fieldsOf(definition.source.date, lets, fields);
  if (definition.source.yearField) fields.add(definition.source.yearField);
  if (definition.source.organizerField && definition.denominator && "join" in definition.denominator)
    fields.add(definition.source.organizerField);
  for (const rule of definition.population) fieldsOf(rule.keep, lets, fields);
  fieldsOfSum(definition.numerator, lets, fields);
  if (definition.denominator && !("join" in definition.denominator)) fieldsOfSum(definition.denominator, lets, fields);
  if (definition.quantile) fieldsOf(definition.quantile.value, lets, fields);
  for (const dimension of plan.dimensions) {
    const spec = dimension.spec;
    if (spec.kind === "field") fields.add(spec.field);
    if (spec.kind === "age_group") fieldsOf(spec.age, lets, fields);
    if (spec.kind === "band") fieldsOf(spec.value, lets, fields);
  }
  return fields;
}

/** What ran: the generated loop and its cell store, or the reference evaluator (no store). */
export interface InMemoryRun {
  path: "generated" | "reference";
  store: "dense" | "map" | null;
}

/** Options of the in-memory engine. */
export interface InMemoryOptions {
  /** Told once what ran (tests, benchmarks). */
  onRun?: (info: InMemoryRun) => void;
}

/**
 * Evaluates a plan over its input tables: row objects (arrays, iterables or async iterables of rows or
 * row batches) or columnar tables (`ColumnarTable`, data already in memory, no row objects, or a stream
 * of them). With the plan's `codegen` false, or where `new Function` is refused, the reference
 * evaluator computes the same cells.
 *
 * @example
 * ```ts
 * const output = await evaluateInMemory(plan, { health_care_visit: rows });
 * const result = finalizeRows(plan, output.cells);
 * // Data already columnar:
 * await evaluateInMemory(plan, { health_care_visit: { length: 2, columns } });
 * ```
 */
export async function evaluateInMemory(
  plan: Plan,
  tables: Record<string, TableSource>,
  options: InMemoryOptions = {},
): Promise<EngineOutput> {
  if (plan.codegen === false || !canGenerateCode()) {
    const output = await evaluateReference(plan, tables);
    options.onRun?.({ path: "reference", store: null });
    return output;
  }
  const definition = plan.definition;
  const main = definition.source.concept;
  const chunk = new ColumnChunk(definition.fields[main] ?? {}, mainFields(plan));
  const source = tables[main];
  // The generated code resolves string literals against the dictionaries, so columnar data is taken first.
  if (isColumnarTable(source)) chunk.loadColumnar(source);
  const pass = await passGenerated(plan, chunk, source);
  options.onRun?.({ path: "generated", store: pass.store });
  return finish(plan, pass, tables);
}

/** The row loop generated for the plan (`generate-loop.ts`), with a dense or Map cell store. */
async function passGenerated(plan: Plan, chunk: ColumnChunk, source: TableSource | undefined): Promise<Pass> {
  const definition = plan.definition;
  const join = definition.denominator !== undefined && "join" in definition.denominator;
  const quantile = definition.quantile !== undefined;
  const dimensions = generatedDimensions(plan, chunk);
  const names = dimensions.map((dimension) => dimension.name);
  const loops = new Map<"dense" | "map", GeneratedLoop>();
  const loopFor = (mode: "dense" | "map"): GeneratedLoop => {
    let loop = loops.get(mode);
    if (!loop) loops.set(mode, (loop = generateLoop(plan, chunk, dimensions, mode)));
    return loop;
  };
  const reasons = reasonsOf(plan);
  const counts = new Float64Array(reasons.length + 1);
  let store: CellStore | null = null;
  let rowsSeen = 0;
  for await (const length of chunkLengths(source, chunk)) {
    rowsSeen += length;
    store = layoutFor(
      store,
      dimensions.map((dimension) => dimension.cardinality()),
      names,
    );
    const loop = loopFor(store.mode);
    const columns = loop.columnFields.map((field) => chunk.column(field).data);
    const exacts = loop.exactFields.map((field) => (chunk.column(field) as { exact: Array<string | null> }).exact);
    loop.run(length, columns, exacts, store, counts);
  }
  store ??= layoutFor(
    null,
    dimensions.map((dimension) => dimension.cardinality()),
    names,
  );

  const account = emptyAccount();
  account.rows_seen = rowsSeen;
  reasons.forEach((reason, x) => {
    if (counts[x] === 0) return;
    account.rows_excluded += counts[x]!;
    account.excluded_by_reason[reason] = (account.excluded_by_reason[reason] ?? 0) + counts[x]!;
  });
  account.rows_in_population = counts[reasons.length]!;

  const separate = dimensions.some((dimension) => !dimension.inDenominator);
  // Plain counts were added only to their row counts (numerator) or not at all (the population's count).
  const counted = countedSums(plan, separate);
  const numerators = counted.numerator ? store.numeratorRows : store.numerator;
  const denominators = counted.denominator ? store.population : store.denominator;
  const denominatorRowCounts = counted.denominator ? store.population : store.denominatorRows;
  const cells: Cell[] = [];
  for (const { indices, slot } of store.used()) {
    if (store.population[slot] === 0) continue;
    const denominatorSlot = separate
      ? store.findSlot(store.keyOf(indices.map((index, d) => (dimensions[d]!.inDenominator ? index : 0))))
      : slot;
    cells.push({
      indices,
      numerator: numerators[slot]!,
      numeratorExact: store.numeratorExact[slot] ?? null,
      numeratorRows: store.numeratorRows[slot]!,
      denominator: denominators[denominatorSlot]!,
      denominatorExact: store.denominatorExact[denominatorSlot] ?? null,
      denominatorRows: denominatorRowCounts[denominatorSlot]!,
      values: quantile ? (store.values[slot] ?? []) : null,
      organizers: join ? (store.organizers[slot] ?? new Set<number>()) : null,
    });
  }
  let organizerLabel: ((index: number) => string | null) | null = null;
  if (join) {
    const column = chunk.column(definition.source.organizerField!);
    if (column.type !== "string")
      throw new Error(`the organizer field ${definition.source.organizerField} must be a string`);
    const dictionary = column.dictionary;
    organizerLabel = (index) => (index === 0 ? null : dictionary.values[index - 1]!);
  }
  return { cells, account, labels: dimensions.map((dimension) => dimension.label), organizerLabel, store: store.mode };
}

/** Joins the second table (if any) and turns the cells into exact aggregates. */
async function finish(plan: Plan, pass: Pass, tables: Record<string, TableSource>): Promise<EngineOutput> {
  const definition = plan.definition;
  const main = definition.source.concept;
  const join = definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;
  const quantile = definition.quantile !== undefined;
  const periodYear = Number(plan.period.id.slice(0, 4));
  const { cells, account, labels } = pass;
  const accounts: Record<string, TableAccount> = { [main]: account };
  const output: CellAggregate[] = [];

  let joinedSums: Map<string, { sum: Decimal; rows: number }> | null = null;
  if (join) {
    const organizerLabel = pass.organizerLabel!;
    const needed = new Set<string>();
    for (const cell of cells) for (const o of cell.organizers!) needed.add(organizerLabel(o)!);
    const types = definition.fields[join.concept] ?? {};
    const joined = await evaluateJoinGenerated(join, types, plan.parameters, tables[join.concept], needed, periodYear);
    accounts[join.concept] = joined.account;
    joinedSums = joined.sums;
  }

  // With a joined denominator, cells are checked in classification order (F19), as the reference does.
  const labelled = cells.map((cell) => ({ cell, keys: cell.indices.map((index, d) => labels[d]!(index)) }));
  for (const { cell, keys } of join ? inClassificationOrder(plan, labelled) : labelled) {
    const denominatorCell = cell;
    let denominatorValue: number | Decimal = denominatorCell.denominatorExact ?? denominatorCell.denominator;
    let denominatorRows = denominatorCell.denominatorRows;
    if (join && joinedSums) {
      const organizerLabel = pass.organizerLabel!;
      let sum = new Decimal(0);
      let rows = 0;
      for (const o of [...cell.organizers!].map(organizerLabel).sort()) {
        const joinedSum = joinedSums.get(o!);
        if (!joinedSum) {
          const code = join.concept === "population" ? "missing_population" : "zero_denominator";
          throw new DataError(
            code,
            `${code}: ${definition.id}: no ${join.concept} row for organizer ${o} in ${periodYear} ` +
              `(cell ${describeCell(plan, keys)}); ` +
              `the ${join.concept} table must cover every organizer of the numerator`,
            { organizer: o, year: periodYear, concept: join.concept },
          );
        }
        sum = sum.plus(joinedSum.sum);
        rows += joinedSum.rows;
      }
      if (sum.isZero()) {
        throw new DataError(
          "zero_denominator",
          `zero_denominator: ${definition.id}: the denominator (Σ ${join.sum.field} of ${join.concept}) ` +
            `is zero for cell ${describeCell(plan, keys)} in ${periodYear}`,
          { year: periodYear, concept: join.concept },
        );
      }
      denominatorValue = sum;
      denominatorRows = rows;
    }
    const aggregate: CellAggregate = {
      keys,
      numerator: cell.numeratorExact ?? cell.numerator,
      denominator: quantile ? cell.values!.length : denominatorValue,
      denominatorRows: quantile ? cell.values!.length : denominatorRows,
      numeratorRows: cell.numeratorRows,
    };
    if (quantile) aggregate.values = cell.values!;
    output.push(aggregate);
  }
  return { cells: output, accounts, warnings: [] };
}
