/**
 * The in-memory engine's row loop over closure kernels (`compile.ts`): the fallback where code cannot
 * be generated (Content-Security-Policy), selectable with `{ kernels: "closure" }`. It must equal the
 * generated loop and the reference evaluator (differential test); exclusions follow F15.
 */
import { Decimal } from "../../arithmetic/decimal";
import type { SumSpec } from "../../definition/definition";
import type { Plan } from "../../plan/plan";
import { emptyAccount } from "../cells";
import type { ColumnChunk } from "./columns";
import { compile, type CompileContext, type Kernel } from "./compile";
import { compileDimension, type DimensionKernel } from "./dimensions";
import { type Cell, chunkLengths, count, type Pass, type TableSource } from "./pass";

interface SumKernel {
  where: Kernel | null;
  value: Kernel | null;
  exact: Array<string | null> | null;
  field: Kernel | null;
}

function compileSum(sum: SumSpec | undefined, context: CompileContext): SumKernel {
  const where = sum?.where ? compile(sum.where, context).kernel : null;
  const value = sum?.value ? compile(sum.value, context).kernel : null;
  let field: Kernel | null = null;
  let exact: Array<string | null> | null = null;
  if (sum?.field) {
    const column = context.chunk.column(sum.field);
    if (column.type === "decimal") exact = column.exact;
    field = compile({ op: "field", name: sum.field }, context).kernel;
  }
  return { where, value, exact, field };
}

/** Adds a decimal-string or integer contribution exactly. */
function addExact(current: Decimal | null, text: string | null, fallback: number): Decimal {
  const base = current ?? new Decimal(0);
  return base.plus(text ?? fallback);
}

/** The row loop over closure kernels (`compile.ts`): the fallback where code cannot be generated (CSP). */
export async function passWithClosures(plan: Plan, chunk: ColumnChunk, source: TableSource | undefined): Promise<Pass> {
  const definition = plan.definition;
  const context: CompileContext = { chunk, lets: definition.let, parameters: plan.parameters };

  const date = definition.source.date ? compile(definition.source.date, context).kernel : null;
  const year = definition.source.yearField
    ? compile({ op: "field", name: definition.source.yearField }, context).kernel
    : null;
  const periodYear = Number(plan.period.id.slice(0, 4));
  const start = plan.period.start;
  const end = plan.period.end;
  const rules = definition.population.map((rule) => ({
    reason: rule.reason,
    keep: compile(rule.keep, context).kernel,
  }));
  const ruleCount = rules.length;
  const dimensions: DimensionKernel[] = plan.dimensions.map((dimension) =>
    compileDimension(dimension, context, date, plan.period.start),
  );
  const denominatorDimensions = plan.dimensions.map((dimension) => dimension.inDenominator);
  const separateDenominator = denominatorDimensions.some((inDenominator) => !inDenominator);
  const join = definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;
  const numerator = compileSum(definition.numerator, context);
  const denominator = compileSum(join ? undefined : (definition.denominator as SumSpec | undefined), context);
  const quantile = definition.quantile ? compile(definition.quantile.value, context).kernel : null;
  const organizer = join
    ? compileDimension(
        {
          name: "organizer",
          spec: { kind: "field", field: definition.source.organizerField! },
          forced: false,
          inDenominator: true,
        },
        context,
        null,
      )
    : null;

  const dimensionCount = dimensions.length;
  const bits = dimensionCount === 0 ? 0 : Math.floor(52 / dimensionCount);
  const radix = 2 ** bits;
  const cells = new Map<number, Cell>();
  const denominatorCells = separateDenominator ? new Map<number, Cell>() : cells;
  const account = emptyAccount();
  const indices = new Array<number>(dimensionCount).fill(0);

  const newCell = (): Cell => ({
    indices: indices.slice(),
    numerator: 0,
    numeratorExact: null,
    numeratorRows: 0,
    denominator: 0,
    denominatorExact: null,
    denominatorRows: 0,
    values: quantile ? [] : null,
    organizers: join ? new Set<number>() : null,
  });

  for await (const length of chunkLengths(source, chunk)) {
    account.rows_seen += length;
    rowLoop: for (let row = 0; row < length; row++) {
      if (date) {
        const d = date(row);
        if (!(d >= start && d <= end)) {
          count(account, "outside_period");
          continue;
        }
      } else if (year && year(row) !== periodYear) {
        count(account, "other_year");
        continue;
      }
      for (let r = 0; r < ruleCount; r++) {
        const rule = rules[r]!;
        if (rule.keep(row) !== 1) {
          count(account, rule.reason);
          continue rowLoop;
        }
      }
      account.rows_in_population++;

      let key = 0;
      let denominatorKey = 0;
      for (let d = 0; d < dimensionCount; d++) {
        const index = dimensions[d]!.index(row);
        if (index >= radix) throw new Error(`too many categories in dimension ${plan.dimensions[d]!.name}`);
        indices[d] = index;
        key = key * radix + index;
        denominatorKey = denominatorKey * radix + (denominatorDimensions[d] ? index : 0);
      }
      let cell = cells.get(key);
      if (!cell) {
        cell = newCell();
        cells.set(key, cell);
      }

      // numerator
      if (numerator.where === null || numerator.where(row) === 1) {
        if (numerator.exact) cell.numeratorExact = addExact(cell.numeratorExact, numerator.exact[row]!, 0);
        else if (numerator.field) {
          const v = numerator.field(row);
          if (v === v) cell.numerator += v;
        } else if (numerator.value) {
          const v = numerator.value(row);
          if (v === v) cell.numerator += v;
        } else cell.numerator += 1;
        cell.numeratorRows++;
      }
      if (cell.organizers) {
        const o = organizer!.index(row);
        if (o > 0) cell.organizers.add(o);
      }
      if (quantile) {
        const v = quantile(row);
        if (v === v) cell.values!.push(v);
      }

      // denominator
      if (!join) {
        let denominatorCell = cell;
        if (separateDenominator) {
          denominatorCell = denominatorCells.get(denominatorKey)!;
          if (!denominatorCell) {
            denominatorCell = newCell();
            denominatorCells.set(denominatorKey, denominatorCell);
          }
        }
        if (denominator.where === null || denominator.where(row) === 1) {
          if (denominator.exact)
            denominatorCell.denominatorExact = addExact(denominatorCell.denominatorExact, denominator.exact[row]!, 0);
          else if (denominator.field) {
            const v = denominator.field(row);
            if (v === v) denominatorCell.denominator += v;
          } else if (denominator.value) {
            const v = denominator.value(row);
            if (v === v) denominatorCell.denominator += v;
          } else denominatorCell.denominator += 1;
          denominatorCell.denominatorRows++;
        }
      }
    }
  }

  const keyOf = (cellIndices: number[]): number =>
    cellIndices.reduce((key, index, d) => key * radix + (denominatorDimensions[d] ? index : 0), 0);
  const list = [...cells.values()];
  if (separateDenominator) {
    for (const cell of list) {
      const denominatorCell = denominatorCells.get(keyOf(cell.indices))!;
      cell.denominator = denominatorCell.denominator;
      cell.denominatorExact = denominatorCell.denominatorExact;
      cell.denominatorRows = denominatorCell.denominatorRows;
    }
  }
  return {
    cells: list,
    account,
    labels: dimensions.map((dimension) => dimension.label),
    organizerLabel: organizer ? organizer.label : null,
    store: "closure",
  };
}
