/**
 * A deliberately simple row-by-row reference evaluator: interprets the expression tree on each row
 * with plain JavaScript values and groups rows by a string key. It shares nothing with the generated
 * loop of the in-memory engine but the calendar primitives, and exists to check it (the differential
 * test: for random tables the generated loop must equal this one) and to replace it where code cannot
 * be generated (issue 14: a Content-Security-Policy without `unsafe-eval`, or `codegen: false`). It
 * therefore takes the same inputs (rows or column chunks, `table-rows.ts`) and gives the same output:
 * the same cells, accounts with reasons in rule order (F15), and the same errors for joined
 * denominators (F18), checked on cells in classification order (F19).
 */
import { Decimal } from "../../arithmetic/decimal";
import { DataError } from "../../errors/errors";
import { addMonths } from "../../calendar/months";
import { workingDayDeadline } from "../../calendar/working-days";
import { ageOn } from "../../calendar/age";
import { parseDate } from "../../calendar/date";
import { tryParseDateOrDateTime } from "../../calendar/date-time";
import { ageGroupOf } from "../../classification/age-groups";
import { subPeriodKey } from "../../period/period";
import type { JoinedDenominator, SumSpec } from "../../definition/definition";
import type { Expression, ValueType } from "../../expression/expression";
import type { Plan } from "../../plan/plan";
import { emptyAccount, type CellAggregate, type EngineOutput, type TableAccount } from "../cells";
import { describeCell, inClassificationOrder } from "../finalize/finalize";
import type { TableSource } from "../memory/pass";
import type { Row } from "../row-source";
import { referenceBatches } from "./table-rows";

type Value = string | number | boolean | null;

function normalise(value: unknown, type: ValueType | undefined): Value {
  if (value === undefined || value === null || value === "") return null;
  if (type === "date") return typeof value === "number" ? value : tryParseDateOrDateTime(String(value));
  if (type === "integer") return Number(value);
  if (type === "boolean") return value === true || value === "true" || value === 1 || value === "1";
  if (type === "decimal") return String(value);
  return String(value);
}

function truth(value: Value): boolean | null {
  return value === null ? null : value === true;
}

/** A row as the evaluator reads it: the value of a field. */
type Read = (field: string) => unknown;

function interpret(
  expression: Expression,
  read: Read,
  plan: Plan,
  types: Record<string, ValueType>,
  lets: Record<string, Expression>,
): Value {
  const recur = (e: Expression) => interpret(e, read, plan, types, lets);
  switch (expression.op) {
    case "field": {
      const value = normalise(read(expression.name), types[expression.name]);
      return types[expression.name] === "decimal" && value !== null ? Number(value) : value;
    }
    case "literal":
      return expression.value;
    case "date":
      return parseDate(expression.value);
    case "param":
      return plan.parameters[expression.name];
    case "ref":
      return recur(lets[expression.name]!);
    case "eq":
    case "ne":
    case "lt":
    case "le":
    case "gt":
    case "ge": {
      const a = recur(expression.args[0]);
      const b = recur(expression.args[1]);
      if (a === null || b === null) return null;
      switch (expression.op) {
        case "eq":
          return a === b;
        case "ne":
          return a !== b;
        case "lt":
          return a < b;
        case "le":
          return a <= b;
        case "gt":
          return a > b;
        default:
          return a >= b;
      }
    }
    case "and": {
      const values = expression.args.map((arg) => truth(recur(arg)));
      if (values.includes(false)) return false;
      return values.includes(null) ? null : true;
    }
    case "or": {
      const values = expression.args.map((arg) => truth(recur(arg)));
      if (values.includes(true)) return true;
      return values.includes(null) ? null : false;
    }
    case "not": {
      const v = truth(recur(expression.args[0]));
      return v === null ? null : !v;
    }
    case "is_null":
      return recur(expression.args[0]) === null;
    case "in": {
      const v = recur(expression.args[0]);
      return v === null ? null : expression.values.some((m) => m === v);
    }
    case "days": {
      const a = recur(expression.args[0]);
      const b = recur(expression.args[1]);
      return a === null || b === null ? null : (b as number) - (a as number);
    }
    case "add_months": {
      const a = recur(expression.args[0]);
      return a === null ? null : addMonths(a as number, expression.months);
    }
    case "working_day_deadline": {
      const a = recur(expression.args[0]);
      return a === null ? null : workingDayDeadline(a as number, expression.days);
    }
    case "age_on": {
      const b = recur(expression.args[0]);
      const a = recur(expression.args[1]);
      return a === null || b === null || (a as number) < (b as number) ? null : ageOn(b as number, a as number);
    }
    case "case": {
      for (const branch of expression.when) if (truth(recur(branch.if)) === true) return recur(branch.then);
      return recur(expression.else);
    }
    case "effective": {
      const d = recur(expression.date);
      if (d === null) return null;
      for (const rule of expression.rules) {
        if (rule.from !== null && (d as number) < parseDate(rule.from)) continue;
        if (rule.until !== null && (d as number) > parseDate(rule.until)) continue;
        if (rule.when && truth(recur(rule.when)) !== true) continue;
        return recur(rule.value);
      }
      return null;
    }
  }
}

function contribution(
  sum: SumSpec | undefined,
  read: Read,
  evaluate: (e: Expression) => Value,
  types: Record<string, ValueType>,
): Decimal | null {
  if (sum?.where && truth(evaluate(sum.where)) !== true) return null;
  if (sum?.field) {
    const v = normalise(read(sum.field), types[sum.field]);
    return new Decimal(v === null ? 0 : (v as string | number));
  }
  if (sum?.value) {
    const v = evaluate(sum.value);
    return new Decimal(v === null ? 0 : (v as number));
  }
  return new Decimal(1);
}

function exclude(account: TableAccount, reason: string): void {
  account.rows_excluded++;
  account.excluded_by_reason[reason] = (account.excluded_by_reason[reason] ?? 0) + 1;
}

/** The account with its reasons in the order given (rule order, F15), as the in-memory engine lists them. */
function inOrder(account: TableAccount, reasons: string[]): TableAccount {
  const excluded: Record<string, number> = {};
  for (const reason of reasons)
    if (account.excluded_by_reason[reason]) excluded[reason] = account.excluded_by_reason[reason];
  return { ...account, excluded_by_reason: excluded };
}

/**
 * Evaluates one parameter-free expression on one row (the twin of the compiled row rules, issue 13).
 *
 * @example
 * ```ts
 * evaluateRowReference($.le($.field("a"), $.field("b")), { a: 1, b: null }, { a: "date", b: "date" }); // null
 * ```
 */
export function evaluateRowReference(
  expression: Expression,
  row: Row,
  types: Record<string, ValueType>,
): string | number | boolean | null {
  return interpret(expression, (field) => row[field], { parameters: {} } as unknown as Plan, types, {});
}

interface RefCell {
  keys: Array<string | null>;
  numerator: Decimal;
  numeratorRows: number;
  values: number[];
  organizers: Set<string>;
}

/**
 * Evaluates a plan row by row, over rows or column chunks (the same inputs as `evaluateInMemory`).
 *
 * @example
 * ```ts
 * const output = await evaluateReference(plan, { health_care_visit: rows });
 * ```
 */
export async function evaluateReference(plan: Plan, tables: Record<string, TableSource>): Promise<EngineOutput> {
  const definition = plan.definition;
  const main = definition.source.concept;
  const types = definition.fields[main] ?? {};
  const periodYear = Number(plan.period.id.slice(0, 4));
  const account = emptyAccount();
  const cells = new Map<string, RefCell>();
  const denominators = new Map<string, { sum: Decimal; rows: number }>();
  const join = definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;

  for await (const batch of referenceBatches(tables[main])) {
    for (let r = 0; r < batch.length; r++) {
      const read: Read = (field) => batch.value(r, field);
      account.rows_seen++;
      const evaluate = (e: Expression) => interpret(e, read, plan, types, definition.let);
      if (definition.source.date) {
        const d = evaluate(definition.source.date) as number | null;
        if (d === null || d < plan.period.start || d > plan.period.end) {
          exclude(account, "outside_period");
          continue;
        }
      } else if (Number(read(definition.source.yearField!)) !== periodYear) {
        exclude(account, "other_year");
        continue;
      }
      const failed = definition.population.find((rule) => truth(evaluate(rule.keep)) !== true);
      if (failed) {
        exclude(account, failed.reason);
        continue;
      }
      account.rows_in_population++;
      const keys = plan.dimensions.map((dimension): string | null => {
        const spec = dimension.spec;
        if (spec.kind === "field") {
          const v = normalise(read(spec.field), types[spec.field]);
          return v === null ? null : String(v);
        }
        if (spec.kind === "age_group") {
          const age = evaluate(spec.age);
          return age === null ? null : ageGroupOf(dimension.ageGroupSet!, age as number);
        }
        if (spec.kind === "sub_period") {
          const d = evaluate(definition.source.date!);
          return d === null ? null : subPeriodKey(dimension.subPeriodKind!, d as number);
        }
        const v = evaluate(spec.value) as number | null;
        if (v === null) return null;
        const band = [...spec.bands].reverse().find((b) => v >= b.lower);
        return band ? band.label : null;
      });
      const key = JSON.stringify(keys);
      const cell = cells.get(key) ?? {
        keys,
        numerator: new Decimal(0),
        numeratorRows: 0,
        values: [],
        organizers: new Set<string>(),
      };
      cells.set(key, cell);
      const n = contribution(definition.numerator, read, evaluate, types);
      if (n) {
        cell.numerator = cell.numerator.plus(n);
        cell.numeratorRows++;
      }
      if (definition.quantile) {
        const v = evaluate(definition.quantile.value);
        if (v !== null) cell.values.push(v as number);
      }
      if (join) {
        // A row without an organizer adds no organizer to its cell.
        const organizer = normalise(read(definition.source.organizerField!), types[definition.source.organizerField!]);
        if (organizer !== null) cell.organizers.add(String(organizer));
      } else {
        const denominatorKey = JSON.stringify(keys.map((k, d) => (plan.dimensions[d]!.inDenominator ? k : null)));
        const entry = denominators.get(denominatorKey) ?? { sum: new Decimal(0), rows: 0 };
        const dn = contribution(definition.denominator as SumSpec | undefined, read, evaluate, types);
        if (dn) {
          entry.sum = entry.sum.plus(dn);
          entry.rows++;
        }
        denominators.set(denominatorKey, entry);
      }
    }
  }

  const reasons = [
    definition.source.date ? "outside_period" : "other_year",
    ...definition.population.map((r) => r.reason),
  ];
  const accounts: Record<string, TableAccount> = { [main]: inOrder(account, reasons) };
  let joined: Map<string, { sum: Decimal; rows: number }> | null = null;
  if (join) {
    const needed = new Set([...cells.values()].flatMap((cell) => [...cell.organizers]));
    const sums = await joinedSums(plan, join, tables[join.concept], needed, periodYear);
    accounts[join.concept] = sums.account;
    joined = sums.sums;
  }

  const output: CellAggregate[] = [];
  for (const cell of join ? inClassificationOrder(plan, [...cells.values()]) : cells.values()) {
    let denominator: Decimal;
    let denominatorRows: number;
    if (join) {
      denominator = new Decimal(0);
      denominatorRows = 0;
      for (const organizer of [...cell.organizers].sort()) {
        const value = joined!.get(organizer);
        if (value === undefined) {
          const code = join.concept === "population" ? "missing_population" : "zero_denominator";
          throw new DataError(
            code,
            `${code}: ${definition.id}: no ${join.concept} row for organizer ${organizer} in ${periodYear} ` +
              `(cell ${describeCell(plan, cell.keys)}); ` +
              `the ${join.concept} table must cover every organizer of the numerator`,
            { organizer, year: periodYear, concept: join.concept },
          );
        }
        denominator = denominator.plus(value.sum);
        denominatorRows += value.rows;
      }
      if (denominator.isZero())
        throw new DataError(
          "zero_denominator",
          `zero_denominator: ${definition.id}: the denominator (Σ ${join.sum.field} of ${join.concept}) ` +
            `is zero for cell ${describeCell(plan, cell.keys)} in ${periodYear}`,
          { year: periodYear, concept: join.concept },
        );
    } else {
      const entry = denominators.get(
        JSON.stringify(cell.keys.map((k, d) => (plan.dimensions[d]!.inDenominator ? k : null))),
      )!;
      denominator = entry.sum;
      denominatorRows = entry.rows;
    }
    output.push({
      keys: cell.keys,
      numerator: cell.numerator,
      denominator: definition.quantile ? cell.values.length : denominator,
      denominatorRows: definition.quantile ? cell.values.length : denominatorRows,
      numeratorRows: cell.numeratorRows,
      ...(definition.quantile ? { values: cell.values } : {}),
    });
  }
  return { cells: output, accounts, warnings: [] };
}

/** Sums the joined table per organizer of the cells (F18), row by row. */
async function joinedSums(
  plan: Plan,
  join: JoinedDenominator,
  source: TableSource | undefined,
  needed: Set<string>,
  periodYear: number,
): Promise<{ account: TableAccount; sums: Map<string, { sum: Decimal; rows: number }> }> {
  const joinTypes = plan.definition.fields[join.concept] ?? {};
  const account = emptyAccount();
  const sums = new Map<string, { sum: Decimal; rows: number }>();
  for await (const batch of referenceBatches(source)) {
    for (let r = 0; r < batch.length; r++) {
      const read: Read = (field) => batch.value(r, field);
      account.rows_seen++;
      if (Number(read(join.yearField)) !== periodYear) {
        exclude(account, "other_year");
        continue;
      }
      const failed = join.population.find((rule) => truth(interpret(rule.keep, read, plan, joinTypes, {})) !== true);
      if (failed) {
        exclude(account, failed.reason);
        continue;
      }
      const organizer = normalise(read(join.organizerField), joinTypes[join.organizerField]);
      if (organizer === null || !needed.has(String(organizer))) {
        exclude(account, "not_in_any_cell");
        continue;
      }
      account.rows_in_population++;
      const entry = sums.get(String(organizer)) ?? { sum: new Decimal(0), rows: 0 };
      entry.sum = entry.sum.plus(String(read(join.sum.field)));
      entry.rows++;
      sums.set(String(organizer), entry);
    }
  }
  const reasons = ["other_year", ...join.population.map((rule) => rule.reason), "not_in_any_cell"];
  return { account: inOrder(account, reasons), sums };
}
