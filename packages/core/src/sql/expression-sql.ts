/**
 * Expressions of a definition as SQL (indicators.md "Rules shared by every indicator"; calendar.md).
 * The expression language already has SQL's three-valued logic, so comparisons, `and`/`or`/`not`,
 * `in`, `is_null` and `case` map one to one. The calendar functions are spelled out:
 * `days` by date difference, `add_months` by the dialect's month arithmetic that clamps to the month's
 * last day (law 150/1930 3 §, F25), `age_on` from date parts only — (year, month·100 + day) compared, so
 * a 29 February birthday passes on 1 March in common years (F16), never `age()` or intervals —, and
 * `working_day_deadline` through a generated Finnish working-day calendar joined per row.
 */
import { UsageError } from "../errors/errors";
import { formatDate } from "../calendar/date";
import type { Expression, ValueType } from "../expression/expression";
import type { SqlDialect } from "./dialect";
import type { SqlParameters } from "./parameters";

/** What an expression may refer to while it is compiled. */
export interface ExpressionScope {
  dialect: SqlDialect;
  parameters: SqlParameters;
  lets: Record<string, Expression>;
  /**
   * The column of a `let` value already computed by an earlier step (its own CTE, issue 15), or null to
   * write the let's expression in place. Absent: always in place.
   */
  letColumn?(name: string): string | null;
  /** Values of the plan parameters as day numbers (null when absent). */
  planParameters: Record<string, number | null>;
  /** The SQL of a field (a quoted column of the current relation). */
  field(name: string): string;
  /** The SQL of the deadline column of `n` working days after the date `argument` (registered on use). */
  workingDayDeadline(argument: string, n: number): string;
}

function invalid(message: string): never {
  throw new UsageError("invalid_definition", message);
}

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) invalid(`literal ${String(value)} is not a finite number`);
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) invalid(`literal ${text} cannot be written as a plain SQL number`);
  return text.startsWith("-") ? `(${text})` : text;
}

/**
 * The SQL of one expression.
 *
 * @example
 * ```ts
 * expressionSql({ op: "le", args: [{ op: "days", args: [a, b] }, { op: "literal", value: 14 }] }, scope);
 * // (CAST(("visit_date" - "need_assessment_date") AS BIGINT) <= 14)   (DuckDB)
 * ```
 */
export function expressionSql(expression: Expression, scope: ExpressionScope): string {
  const { dialect, parameters } = scope;
  const recurse = (child: Expression): string => expressionSql(child, scope);
  switch (expression.op) {
    case "field":
      return scope.field(expression.name);
    case "literal": {
      const value = expression.value;
      if (value === null) return "NULL";
      if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
      if (typeof value === "number") return numberLiteral(value);
      return parameters.bind(value, dialect.typeName("string"));
    }
    case "date":
      return parameters.bind(expression.value, "DATE");
    case "param": {
      const day = scope.planParameters[expression.name];
      return parameters.bind(day === null || day === undefined ? null : formatDate(day), "DATE");
    }
    case "ref": {
      const column = scope.letColumn?.(expression.name) ?? null;
      if (column !== null) return column;
      const target = scope.lets[expression.name];
      if (!target) invalid(`unknown ref ${expression.name}`);
      return recurse(target);
    }
    case "eq":
      return `(${recurse(expression.args[0])} = ${recurse(expression.args[1])})`;
    case "ne":
      return `(${recurse(expression.args[0])} <> ${recurse(expression.args[1])})`;
    case "lt":
      return `(${recurse(expression.args[0])} < ${recurse(expression.args[1])})`;
    case "le":
      return `(${recurse(expression.args[0])} <= ${recurse(expression.args[1])})`;
    case "gt":
      return `(${recurse(expression.args[0])} > ${recurse(expression.args[1])})`;
    case "ge":
      return `(${recurse(expression.args[0])} >= ${recurse(expression.args[1])})`;
    case "and":
    case "or":
      return `(${expression.args.map(recurse).join(expression.op === "and" ? " AND " : " OR ")})`;
    case "not":
      return `(NOT ${recurse(expression.args[0])})`;
    case "is_null":
      return `(${recurse(expression.args[0])} IS NULL)`;
    case "in": {
      const members = expression.values.map((value) =>
        typeof value === "number" ? numberLiteral(value) : parameters.bind(value, dialect.typeName("string")),
      );
      return `(${recurse(expression.args[0])} IN (${members.join(", ")}))`;
    }
    case "days":
      return dialect.daysBetween(recurse(expression.args[0]), recurse(expression.args[1]));
    case "add_months":
      if (!Number.isSafeInteger(expression.months))
        invalid(`add_months: months ${String(expression.months)} is not an integer`);
      return dialect.addMonths(recurse(expression.args[0]), expression.months);
    case "working_day_deadline":
      if (!Number.isSafeInteger(expression.days) || expression.days < 1)
        invalid(`working_day_deadline: days ${String(expression.days)} is not a positive integer`);
      return scope.workingDayDeadline(recurse(expression.args[0]), expression.days);
    case "age_on": {
      const birth = recurse(expression.args[0]);
      const at = recurse(expression.args[1]);
      const monthDay = (date: string): string =>
        `(${dialect.datePart("month", date)} * 100 + ${dialect.datePart("day", date)})`;
      // F16: completed years; a birthday on the reference date counts.
      return (
        `(${dialect.datePart("year", at)} - ${dialect.datePart("year", birth)}` +
        ` - CASE WHEN ${monthDay(at)} < ${monthDay(birth)} THEN 1 ELSE 0 END)`
      );
    }
    case "case": {
      const branches = expression.when.map((branch) => `WHEN ${recurse(branch.if)} THEN ${recurse(branch.then)}`);
      return `(CASE ${branches.join(" ")} ELSE ${recurse(expression.else)} END)`;
    }
    case "effective": {
      const date = recurse(expression.date);
      const branches = expression.rules.map((rule) => {
        const conditions: string[] = [];
        if (rule.from !== null) conditions.push(`${date} >= ${parameters.bind(rule.from, "DATE")}`);
        if (rule.until !== null) conditions.push(`${date} <= ${parameters.bind(rule.until, "DATE")}`);
        if (rule.when) conditions.push(`COALESCE(${recurse(rule.when)}, FALSE)`);
        return `WHEN ${conditions.length === 0 ? "TRUE" : conditions.join(" AND ")} THEN ${recurse(rule.value)}`;
      });
      return `(CASE WHEN ${date} IS NULL THEN NULL ${branches.join(" ")} ELSE NULL END)`;
    }
  }
}

/** The SQL type a field of the given value type is cast to. */
export function fieldSqlType(dialect: SqlDialect, type: ValueType): string {
  return dialect.typeName(type);
}
