/**
 * The in-memory engine: evaluates a plan over chunks of normalised rows in one pass per table. The plan
 * is compiled once into kernels over typed-array columns; per row it places the row in the period,
 * applies the population rules in order (the first failing one is the exclusion reason, fine-print
 * F15), finds the row's cell from its dimension indices, and adds to exact integer (or decimal) sums.
 * Raw rows are not kept: memory is the columns of one chunk plus the cells.
 *
 * The row loop is generated once per plan as one specialised function (`generate-loop.ts`); the
 * closure kernels (`closure-pass.ts`) are the fallback where code generation is not allowed (CSP) and are
 * selectable with `{ kernels: "closure" }`. Both must equal the reference evaluator (differential test).
 */
import { Decimal } from "../../arithmetic/decimal";
import { DataError } from "../../errors/errors";
import type { Definition, JoinedDenominator, SumSpec } from "../../definition/definition";
import { fieldsOf, type Expression } from "../../expression/expression";
import type { Plan } from "../../plan/plan";
import { emptyAccount, type CellAggregate, type EngineOutput, type TableAccount } from "../cells";
import { ColumnChunk, isColumnarTable } from "./columns";
import { layoutFor, type CellStore } from "./cell-store";
import { canGenerateCode, generatedDimensions, generateLoop, reasonsOf, type GeneratedLoop } from "./generate-loop";
import { compile, type CompileContext } from "./compile";
import { passWithClosures } from "./closure-pass";
import { type Cell, chunkLengths, count, type Pass, type TableSource } from "./pass";

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

/** How the in-memory engine runs its row loop. */
export interface InMemoryOptions {
  /**
   * `generated`: one JavaScript function generated for the plan (the default where `new Function` is
   * allowed); `closure`: the closure kernels, which need no code generation (CSP) — selectable for tests.
   */
  kernels?: "auto" | "generated" | "closure";
  /** Told once what ran: the kernels and the cell store (`dense`, `map`, or `closure`). */
  onRun?: (info: { kernels: "generated" | "closure"; store: "dense" | "map" | "closure" }) => void;
}

/**
 * Evaluates a plan over its input tables: row objects (arrays, iterables or async iterables of rows or
 * row batches) or columnar tables (`ColumnarTable`, data already in memory, no row objects).
 *
 * @example
 * ```ts
 * const output = await evaluateInMemory(plan, { health_care_visit: rows });
 * const result = finalizeRows(plan, output.cells);
 * // Data already columnar, and the closure kernels instead of generated code:
 * await evaluateInMemory(plan, { health_care_visit: { length: 2, columns } }, { kernels: "closure" });
 * ```
 */
export async function evaluateInMemory(
  plan: Plan,
  tables: Record<string, TableSource>,
  options: InMemoryOptions = {},
): Promise<EngineOutput> {
  const definition = plan.definition;
  const main = definition.source.concept;
  const chunk = new ColumnChunk(definition.fields[main] ?? {}, mainFields(plan));
  const source = tables[main];
  // Kernels resolve string literals against the dictionaries, so columnar data is taken before compiling.
  if (isColumnarTable(source)) chunk.loadColumnar(source);
  const kernels = options.kernels ?? "auto";
  const generated = kernels === "generated" || (kernels === "auto" && plan.codegen !== false && canGenerateCode());
  const pass = generated ? await passGenerated(plan, chunk, source) : await passWithClosures(plan, chunk, source);
  options.onRun?.({ kernels: generated ? "generated" : "closure", store: pass.store });
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
  const cells: Cell[] = [];
  for (const { indices, slot } of store.used()) {
    if (store.population[slot] === 0) continue;
    const denominatorSlot = separate
      ? store.findSlot(store.keyOf(indices.map((index, d) => (dimensions[d]!.inDenominator ? index : 0))))
      : slot;
    cells.push({
      indices,
      numerator: store.numerator[slot]!,
      numeratorExact: store.numeratorExact[slot] ?? null,
      numeratorRows: store.numeratorRows[slot]!,
      denominator: store.denominator[denominatorSlot]!,
      denominatorExact: store.denominatorExact[denominatorSlot] ?? null,
      denominatorRows: store.denominatorRows[denominatorSlot]!,
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
    const joined = await evaluateJoin(plan, join, tables[join.concept], needed, periodYear);
    accounts[join.concept] = joined.account;
    joinedSums = joined.sums;
  }

  for (const cell of cells) {
    const denominatorCell = cell;
    const keys = cell.indices.map((index, d) => labels[d]!(index));
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

function describeCell(plan: Plan, keys: Array<string | null>): string {
  if (plan.dimensions.length === 0) return "(no breakdown)";
  return plan.dimensions.map((dimension, d) => `${dimension.name}=${keys[d] ?? "null"}`).join(", ");
}

/** Sums the joined table per organizer, for the organizers the cells need. */
async function evaluateJoin(
  plan: Plan,
  join: JoinedDenominator,
  source: TableSource | undefined,
  needed: Set<string>,
  periodYear: number,
): Promise<{ account: TableAccount; sums: Map<string, { sum: Decimal; rows: number }> }> {
  const definition: Definition = plan.definition;
  const lets = {};
  const fields = new Set<string>([join.yearField, join.sum.field, join.organizerField]);
  for (const rule of join.population) fieldsOf(rule.keep, lets, fields);
  const chunk = new ColumnChunk(definition.fields[join.concept] ?? {}, fields);
  if (isColumnarTable(source)) chunk.loadColumnar(source);
  const context: CompileContext = { chunk, lets, parameters: plan.parameters };
  const year = compile({ op: "field", name: join.yearField }, context).kernel;
  const rules = join.population.map((rule) => ({ reason: rule.reason, keep: compile(rule.keep, context).kernel }));
  const organizer = compile({ op: "field", name: join.organizerField }, context);
  const organizerDictionary = organizer.dictionary!;
  const sumColumn = chunk.column(join.sum.field);
  const sumField = compile({ op: "field", name: join.sum.field }, context).kernel;
  const account = emptyAccount();
  const sums = new Map<string, { sum: Decimal; rows: number }>();
  for await (const length of chunkLengths(source, chunk)) {
    account.rows_seen += length;
    rowLoop: for (let row = 0; row < length; row++) {
      if (year(row) !== periodYear) {
        count(account, "other_year");
        continue;
      }
      for (const rule of rules)
        if (rule.keep(row) !== 1) {
          count(account, rule.reason);
          continue rowLoop;
        }
      const code = organizer.kernel(row);
      const label = code !== code ? null : organizerDictionary.values[code]!;
      if (label === null || !needed.has(label)) {
        count(account, "not_in_any_cell");
        continue;
      }
      account.rows_in_population++;
      const entry = sums.get(label) ?? { sum: new Decimal(0), rows: 0 };
      const text = sumColumn.type === "decimal" ? sumColumn.exact[row]! : null;
      entry.sum = entry.sum.plus(text ?? sumField(row));
      entry.rows++;
      sums.set(label, entry);
    }
  }
  return { account, sums };
}
