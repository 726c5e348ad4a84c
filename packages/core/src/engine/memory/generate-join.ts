/**
 * The joined denominator of the in-memory engine (fine-print F18: a table such as `population` or
 * `staff_fte` summed per organizer for the period's year) as one generated row loop, like the main
 * pass (`generate-loop.ts`): the year, the joined table's population rules in order with the first
 * failing one counted as the exclusion reason (F15), then the organizers the cells need
 * (`not_in_any_cell` otherwise). Sums are exact: decimal texts added as `Decimal`s per organizer,
 * integers added in doubles (exact up to 2^53) and turned into `Decimal`s once at the end.
 */
import { Decimal } from "../../arithmetic/decimal";
import type { JoinedDenominator } from "../../definition/definition";
import { fieldsOf, type ValueType } from "../../expression/expression";
import { emptyAccount, type TableAccount } from "../cells";
import { ColumnChunk, isColumnarTable } from "./columns";
import { emitExpression, SourceWriter } from "./generate-expression";
import { chunkLengths, type TableSource } from "./pass";

/** The joined sums per organizer label, with the joined table's accounting. */
export interface JoinedSums {
  account: TableAccount;
  sums: Map<string, { sum: Decimal; rows: number }>;
}

/** What the generated join loop accumulates per organizer code of the joined table's dictionary. */
interface JoinState {
  needed: Uint8Array;
  rows: Float64Array;
  sums: Float64Array;
  exact: Array<Decimal | undefined>;
}

type JoinLoop = (
  length: number,
  columns: ArrayLike<number>[],
  exacts: Array<Array<string | null>>,
  st: JoinState,
  counts: Float64Array,
) => void;

function widen(array: Float64Array, length: number): Float64Array {
  if (array.length >= length) return array;
  const wider = new Float64Array(length);
  wider.set(array);
  return wider;
}

/** Adds one decimal cell exactly: its text, or (absent) the column's number, NaN, as the sum always did. */
function addDecimal(current: Decimal | undefined, text: string | null, value: number): Decimal {
  return (current ?? new Decimal(0)).plus(text ?? value);
}

/**
 * Sums the joined table per organizer, for the organizers the cells need, with generated code.
 *
 * @param needed - the organizer labels of the main table's cells
 * @example
 * ```ts
 * const { sums } = await evaluateJoinGenerated(join, types, parameters, tables.population, new Set(["14"]), 2024);
 * sums.get("14"); // { sum: Decimal(1200), rows: 1 }
 * ```
 */
export async function evaluateJoinGenerated(
  join: JoinedDenominator,
  types: Record<string, ValueType>,
  parameters: Record<string, number | null>,
  source: TableSource | undefined,
  needed: Set<string>,
  periodYear: number,
): Promise<JoinedSums> {
  const fields = new Set<string>([join.yearField, join.sum.field, join.organizerField]);
  for (const rule of join.population) fieldsOf(rule.keep, {}, fields);
  const chunk = new ColumnChunk(types, fields);
  // String literals resolve against the dictionaries, so columnar data is taken before generating.
  if (isColumnarTable(source)) chunk.loadColumnar(source);
  const organizerColumn = chunk.column(join.organizerField);
  if (organizerColumn.type !== "string") throw new Error(`the organizer field ${join.organizerField} must be a string`);
  const dictionary = organizerColumn.dictionary;
  const { run, columnFields, exactField } = generateJoinLoop(join, chunk, parameters, periodYear);

  const reasons = ["other_year", ...join.population.map((rule) => rule.reason), "not_in_any_cell"];
  const counts = new Float64Array(reasons.length + 1);
  const state: JoinState = {
    needed: new Uint8Array(0),
    rows: new Float64Array(0),
    sums: new Float64Array(0),
    exact: [],
  };
  const account = emptyAccount();
  for await (const length of chunkLengths(source, chunk)) {
    account.rows_seen += length;
    // The dictionary grows as chunks load: each new organizer code is looked up in `needed` once.
    const size = dictionary.values.length;
    if (state.needed.length < size) {
      const grown = new Uint8Array(size);
      grown.set(state.needed);
      for (let code = state.needed.length; code < size; code++)
        grown[code] = needed.has(dictionary.values[code]!) ? 1 : 0;
      state.needed = grown;
      state.rows = widen(state.rows, size);
      state.sums = widen(state.sums, size);
    }
    const columns = columnFields.map((field) => chunk.column(field).data);
    const exacts = exactField ? [(chunk.column(exactField) as { exact: Array<string | null> }).exact] : [];
    run(length, columns, exacts, state, counts);
  }

  reasons.forEach((reason, x) => {
    if (counts[x] === 0) return;
    account.rows_excluded += counts[x]!;
    account.excluded_by_reason[reason] = (account.excluded_by_reason[reason] ?? 0) + counts[x]!;
  });
  account.rows_in_population = counts[reasons.length]!;
  const sums = new Map<string, { sum: Decimal; rows: number }>();
  for (let code = 0; code < state.rows.length; code++) {
    const rows = state.rows[code]!;
    if (rows === 0) continue;
    const sum = exactField ? (state.exact[code] ?? new Decimal(0)) : new Decimal(state.sums[code]!);
    sums.set(dictionary.values[code]!, { sum, rows });
  }
  return { account, sums };
}

/** Generates the join loop: counters x0 (other year), x1… (rules), the last one `not_in_any_cell`. */
function generateJoinLoop(
  join: JoinedDenominator,
  chunk: ColumnChunk,
  parameters: Record<string, number | null>,
  periodYear: number,
): { run: JoinLoop; columnFields: string[]; exactField: string | null } {
  const w = new SourceWriter(chunk, {}, parameters);
  const year = emitExpression({ op: "field", name: join.yearField }, w);
  const notNeeded = join.population.length + 1;
  w.line(`if (${year.code} !== ${periodYear}) { x0++; continue; }`);
  join.population.forEach((rule, r) => {
    const keep = emitExpression(rule.keep, w);
    w.line(`if (${keep.code} !== 1) { x${r + 1}++; continue; }`);
  });
  const organizer = emitExpression({ op: "field", name: join.organizerField }, w);
  const o = organizer.code;
  w.line(`if (${o} !== ${o} || needed[${o}] !== 1) { x${notNeeded}++; continue; }`);
  w.line("inPopulation++;");
  w.line(`rows[${o}]++;`);
  const sumColumn = chunk.column(join.sum.field);
  let exactField: string | null = null;
  if (sumColumn.type === "decimal") {
    exactField = join.sum.field;
    const value = emitExpression({ op: "field", name: join.sum.field }, w);
    const add = w.external(addDecimal, "addDecimal");
    w.line(`exact[${o}] = ${add}(exact[${o}], e0[i], ${value.code});`);
  } else {
    const value = emitExpression({ op: "field", name: join.sum.field }, w);
    w.line(`sums[${o}] += ${value.code};`);
  }
  const columnFields = [...w.columns.keys()];
  const counters = notNeeded + 1;
  const body = [
    '"use strict";',
    "return function joinLoop(length, columns, exacts, st, counts) {",
    ...columnFields.map((_, c) => `  const c${c} = columns[${c}];`),
    exactField ? "  const e0 = exacts[0];" : "",
    "  const needed = st.needed, rows = st.rows, sums = st.sums, exact = st.exact;",
    `  let inPopulation = 0${Array.from({ length: counters }, (_, x) => `, x${x} = 0`).join("")};`,
    "  for (let i = 0; i < length; i++) {",
    ...w.lines.filter((line) => line !== "").map((line) => `    ${line}`),
    "  }",
    ...Array.from({ length: counters }, (_, x) => `  counts[${x}] += x${x};`),
    `  counts[${counters}] += inPopulation;`,
    "};",
  ].join("\n");
  const factory = new Function(...w.externalNames, body) as (...externals: unknown[]) => JoinLoop;
  return { run: factory(...w.externalValues), columnFields, exactField };
}
