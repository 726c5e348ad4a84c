/**
 * The specialised row loop of the in-memory engine: one JavaScript function generated per plan with
 * `new Function` (as arquero does), so the whole pass — period, population rules in order with the
 * first failing one counted as the exclusion reason (fine-print F15), dimension indices, the cell key
 * and exact sums — runs over typed-array locals with inlined field reads and comparisons and no
 * closure call per row (issue 4 item 3, issue 8); a plain count adds to one array only (`countedSums`)
 * and an integer age finds its band by one table read (F16, F17). It is the engine's only fast path (issue 14): where
 * `new Function` is not allowed (CSP) the reference evaluator runs instead, and the differential test
 * checks this loop against it.
 */
import { DataError } from "../../errors/errors";
import { ageGroupIndexer } from "../../classification/age-groups";
import type { PlannedDimension, Plan } from "../../plan/plan";
import type { SumSpec } from "../../definition/definition";
import type { ColumnChunk } from "./columns";
import { addExact, type CellStore, countedSums } from "./cell-store";
import { monthOrdinal, subPeriodLabel } from "./dimensions";
import {
  absentTest,
  emitCondition,
  emitExpression,
  emitRaw,
  materialize,
  numberLiteral,
  SourceWriter,
  type Emitted,
} from "./generate-expression";

/** One breakdown dimension of the generated loop: how its index is emitted, how many indices it has, its labels. */
export interface GeneratedDimension {
  name: string;
  inDenominator: boolean;
  /** Emits the statements of the row's index (0 = absent) and returns the local that holds it. */
  emit(w: SourceWriter, date: Emitted | null): string;
  /** The largest index + 1 after the current chunk was loaded, or null when not known before the loop. */
  cardinality(): number | null;
  label(index: number): string | null;
}

/** The generated function of one plan and cell-store mode. */
export type RowLoop = (
  length: number,
  columns: ArrayLike<number>[],
  exacts: Array<Array<string | null>>,
  store: CellStore,
  counts: Float64Array,
) => void;

/** A generated loop with what its caller must hand it. */
export interface GeneratedLoop {
  run: RowLoop;
  /** The fields whose typed arrays `columns` holds, in order. */
  columnFields: string[];
  /** The decimal fields whose exact texts `exacts` holds, in order. */
  exactFields: string[];
  /** The generated source, for tests and for reading. */
  source: string;
}

/** Exclusion reasons of the counters, in order; the counter after the last one counts rows in the population. */
export function reasonsOf(plan: Plan): string[] {
  const definition = plan.definition;
  return [
    definition.source.date ? "outside_period" : "other_year",
    ...definition.population.map((rule) => rule.reason),
  ];
}

let codeGeneration: boolean | undefined;

/**
 * True when this JavaScript environment lets code be generated (`new Function`); false under a
 * Content-Security-Policy without `unsafe-eval`. Probed once per process (one refused attempt, so one
 * CSP violation report at most), then remembered; a computation with `codegen: false` never calls it.
 *
 * @example
 * ```ts
 * canGenerateCode(); // true in Node
 * ```
 */
export function canGenerateCode(): boolean {
  if (codeGeneration === undefined) {
    try {
      codeGeneration = new Function("return 1")() === 1;
    } catch {
      codeGeneration = false;
    }
  }
  return codeGeneration;
}

/**
 * The dimensions of a plan for the generated loop. They hold state (the values of a numeric field
 * dimension) and are shared by every loop generated for the plan.
 *
 * @example
 * ```ts
 * const dimensions = generatedDimensions(plan, chunk);
 * dimensions.map((d) => d.name); // ["organizer", "age_group"]
 * ```
 */
export function generatedDimensions(plan: Plan, chunk: ColumnChunk): GeneratedDimension[] {
  return plan.dimensions.map((dimension) => generatedDimension(dimension, plan, chunk));
}

function generatedDimension(dimension: PlannedDimension, plan: Plan, chunk: ColumnChunk): GeneratedDimension {
  const spec = dimension.spec;
  const base = { name: dimension.name, inDenominator: dimension.inDenominator };
  switch (spec.kind) {
    case "field": {
      const column = chunk.column(spec.field);
      if (column.type === "string") {
        const dictionary = column.dictionary;
        return {
          ...base,
          emit(w) {
            const value = emitRaw({ op: "field", name: spec.field }, w);
            const index = w.fresh("ix");
            w.line(`const ${index} = ${absentTest(value)} ? 0 : ${value.code} + 1;`);
            return index;
          },
          cardinality: () => dictionary.values.length + 1,
          label: (index) => (index === 0 ? null : dictionary.values[index - 1]!),
        };
      }
      // Numbers as categories: indices given in order of first appearance.
      const values: number[] = [];
      const indices = new Map<number, number>();
      const limit = 2 ** Math.floor(52 / plan.dimensions.length) - 1;
      const indexOf = (value: number): number => {
        let index = indices.get(value);
        if (index === undefined) {
          if (values.length >= limit) {
            throw new DataError(
              "too_many_categories",
              `breakdown ${dimension.name} has more than ${limit} distinct values; give fewer breakdowns`,
              { dimension: dimension.name, limit },
            );
          }
          values.push(value);
          index = values.length;
          indices.set(value, index);
        }
        return index;
      };
      return {
        ...base,
        emit(w) {
          const value = emitExpression({ op: "field", name: spec.field }, w);
          const fn = w.external(indexOf, "indexOf");
          const index = w.fresh("ix");
          w.line(`const ${index} = ${value.code} !== ${value.code} ? 0 : ${fn}(${value.code});`);
          return index;
        },
        cardinality: () => null,
        label: (index) => (index === 0 ? null : String(values[index - 1])),
      };
    }
    case "age_group": {
      const set = dimension.ageGroupSet!;
      const indexer = ageGroupIndexer(set);
      // Ages from the open band's lower bound on all fall in it: a table of index + 1 up to that bound.
      const open = set.bands[set.bands.length - 1]!.lower;
      const table = Int32Array.from({ length: open + 1 }, (_, age) => indexer(age) + 1);
      return {
        ...base,
        emit(w) {
          const raw = emitRaw(spec.age, w);
          const index = w.fresh("ix");
          if (raw.integral) {
            // An integer age (F16, `age_on`: −1 when absent): one table read, no call and no fraction check.
            const name = w.external(table, "ageGroups");
            const negative = `${raw.code} < 0`;
            const test = absentTest(raw);
            const absent = `${test === "" || test === negative ? negative : `${test} || ${negative}`} ? 0 : `;
            w.line(`const ${index} = ${absent}${name}[${raw.code} < ${open} ? ${raw.code} : ${open}];`);
          } else {
            const age = materialize(raw, w);
            const fn = w.external(indexer, "ageGroup");
            w.line(`const ${index} = ${age.code} !== ${age.code} || ${age.code} < 0 ? 0 : ${fn}(${age.code}) + 1;`);
          }
          return index;
        },
        cardinality: () => set.bands.length + 1,
        label: (index) => (index === 0 ? null : set.bands[index - 1]!.label),
      };
    }
    case "sub_period": {
      const kind = dimension.subPeriodKind!;
      const perSub = { month: 1, quarter: 3, tertial: 4, half: 6 }[kind];
      if (!plan.definition.source.date) throw new Error("a sub-period needs the source date");
      // Rows in the loop are inside the period, so a table over its days gives the index (1-based).
      const start = plan.period.start;
      const base0 = Math.floor(monthOrdinal(start) / perSub);
      const table = new Int32Array(plan.period.end - start + 1);
      for (let day = start; day <= plan.period.end; day++)
        table[day - start] = Math.floor(monthOrdinal(day) / perSub) - base0 + 1;
      const count = table.length === 0 ? 1 : table[table.length - 1]! + 1;
      return {
        ...base,
        emit(w, date) {
          if (!date) throw new Error("a sub-period needs the source date");
          const name = w.external(table, "subPeriods");
          const index = w.fresh("ix");
          w.line(`const ${index} = ${absentTest(date) || "false"} ? 0 : ${name}[${date.code} - ${start}];`);
          return index;
        },
        cardinality: () => count,
        label: (index) => (index === 0 ? null : subPeriodLabel(kind, index - 1 + base0)),
      };
    }
    case "band": {
      const bands = spec.bands;
      return {
        ...base,
        emit(w) {
          const value = emitExpression(spec.value, w);
          const index = w.fresh("ix");
          // The highest band whose lower bound the value reaches (the reference scans from the top).
          const ordered = bands.map((band, b) => ({ lower: band.lower, index: b + 1 }));
          w.line(`const ${index} = ${value.code} !== ${value.code} ? 0 : ${chainFromTop(value.code, ordered)};`);
          return index;
        },
        cardinality: () => bands.length + 1,
        label: (index) => (index === 0 ? null : bands[index - 1]!.label),
      };
    }
  }
}

/** `v >= l_n ? n : v >= l_{n-1} ? n-1 : … : 0`, the top band tested first. */
function chainFromTop(value: string, bands: Array<{ lower: number; index: number }>): string {
  let chain = "0";
  for (const band of bands) chain = `${value} >= ${numberLiteral(band.lower)} ? ${band.index} : (${chain})`;
  return chain;
}

/** Emits the contribution of one row to a sum (numerator or denominator) at `slot`. */
function emitSum(
  sum: SumSpec | undefined,
  w: SourceWriter,
  target: "num" | "den",
  slot: string,
  chunk: ColumnChunk,
  exactFields: string[],
  add: string,
  countOnly: boolean,
): void {
  let close = "";
  if (sum?.where) {
    w.line(`if (${emitCondition(sum.where, w)}) {`);
    close = "}";
  }
  if (sum?.field) {
    const column = chunk.column(sum.field);
    if (column.type === "decimal") {
      let e = exactFields.indexOf(sum.field);
      if (e < 0) e = exactFields.push(sum.field) - 1;
      w.line(`${target}X[${slot}] = ${add}(${target}X[${slot}], e${e}[i]);`);
    } else {
      const value = emitExpression({ op: "field", name: sum.field }, w);
      w.line(`if (${value.code} === ${value.code}) ${target}[${slot}] += ${value.code};`);
    }
  } else if (sum?.value) {
    const value = emitExpression(sum.value, w);
    w.line(`if (${value.code} === ${value.code}) ${target}[${slot}] += ${value.code};`);
  } else if (!countOnly) {
    w.line(`${target}[${slot}] += 1;`);
  }
  w.line(`${target}Rows[${slot}]++;`);
  w.line(close);
}

const ARRAYS =
  "pop = st.population; num = st.numerator; numRows = st.numeratorRows; den = st.denominator; " +
  "denRows = st.denominatorRows; cap = st.capacity;";

/**
 * Generates the row loop of a plan for one cell-store mode.
 *
 * @example
 * ```ts
 * const loop = generateLoop(plan, chunk, generatedDimensions(plan, chunk), "dense");
 * loop.run(chunk.length, loop.columnFields.map((f) => chunk.column(f).data), [], store, counts);
 * ```
 */
export function generateLoop(
  plan: Plan,
  chunk: ColumnChunk,
  dimensions: GeneratedDimension[],
  mode: "dense" | "map",
): GeneratedLoop {
  const definition = plan.definition;
  const w = new SourceWriter(chunk, definition.let, plan.parameters);
  const exactFields: string[] = [];
  const join = definition.denominator !== undefined && "join" in definition.denominator;
  const separate = dimensions.some((dimension) => !dimension.inDenominator);
  const add = w.external(addExact, "addExact");

  // Period: the source date inside [start, end], or the year field equal to the period's year.
  let date: Emitted | null = null;
  if (definition.source.date) {
    // Raw form: an int32 day number and its absent test (no NaN per row).
    date = emitRaw(definition.source.date, w);
    const absent = absentTest(date);
    w.line(
      `if (${absent === "" ? "" : `${absent} || `}!(${date.code} >= ${plan.period.start} && ` +
        `${date.code} <= ${plan.period.end})) { x0++; continue; }`,
    );
  } else if (definition.source.yearField) {
    const year = emitExpression({ op: "field", name: definition.source.yearField }, w);
    w.line(`if (${year.code} !== ${Number(plan.period.id.slice(0, 4))}) { x0++; continue; }`);
  }
  definition.population.forEach((rule, r) => {
    w.line(`if (!${emitCondition(rule.keep, w)}) { x${r + 1}++; continue; }`);
  });
  w.line("inPopulation++;");

  const indices = dimensions.map((dimension) => dimension.emit(w, date));
  const keyOf = (zeroed: boolean): string =>
    indices.reduce((key, index, d) => {
      const term = zeroed && !dimensions[d]!.inDenominator ? "0" : index;
      return d === 0 ? term : `(${key}) * R${d} + ${term}`;
    }, "0");
  if (mode === "dense") {
    w.line(`const slot = ${keyOf(false)};`);
    w.line(`const dslot = ${separate ? keyOf(true) : "slot"};`);
  } else {
    w.line(`const slot = st.slotOf(${keyOf(false)});`);
    w.line(`const dslot = ${separate ? `st.slotOf(${keyOf(true)})` : "slot"};`);
    w.line(`if (st.capacity !== cap) { ${ARRAYS} }`);
  }
  w.line("pop[slot]++;");

  const counts = countedSums(plan, separate);
  emitSum(definition.numerator, w, "num", "slot", chunk, exactFields, add, counts.numerator);
  if (join) {
    const organizer = emitExpression({ op: "field", name: definition.source.organizerField! }, w);
    w.line(
      `if (${organizer.code} === ${organizer.code}) { let s = orgs[slot]; ` +
        `if (s === undefined) orgs[slot] = s = new Set(); s.add(${organizer.code} + 1); }`,
    );
  }
  if (definition.quantile) {
    const value = emitExpression(definition.quantile.value, w);
    w.line(
      `if (${value.code} === ${value.code}) { let a = vals[slot]; ` +
        `if (a === undefined) vals[slot] = a = []; a.push(${value.code}); }`,
    );
  }
  if (!join && !counts.denominator)
    emitSum(definition.denominator as SumSpec | undefined, w, "den", "dslot", chunk, exactFields, add, false);

  const columnFields = [...w.columns.keys()];
  const counters = definition.population.length + 1;
  const body = [
    '"use strict";',
    "return function rowLoop(length, columns, exacts, st, counts) {",
    ...columnFields.map((_, c) => `  const c${c} = columns[${c}];`),
    ...exactFields.map((_, e) => `  const e${e} = exacts[${e}];`),
    `  let pop, num, numRows, den, denRows, cap; ${ARRAYS}`,
    "  const numX = st.numeratorExact, denX = st.denominatorExact, vals = st.values, orgs = st.organizers;",
    ...dimensions.map((_, d) => `  const R${d} = st.radices[${d}];`),
    `  let inPopulation = 0${Array.from({ length: counters }, (_, x) => `, x${x} = 0`).join("")};`,
    "  for (let i = 0; i < length; i++) {",
    ...w.lines.filter((line) => line !== "").map((line) => `    ${line}`),
    "  }",
    ...Array.from({ length: counters }, (_, x) => `  counts[${x}] += x${x};`),
    `  counts[${counters}] += inPopulation;`,
    "};",
  ].join("\n");
  const factory = new Function(...w.externalNames, body) as (...externals: unknown[]) => RowLoop;
  return { run: factory(...w.externalValues), columnFields, exactFields, source: body };
}
