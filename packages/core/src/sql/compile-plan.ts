/**
 * The plan → SQL compiler shared by every dialect (issue 6). One evaluation plan becomes two queries
 * over the same common table expressions:
 *
 * - `__base`, then one `__let_<name>` CTE per `let` value the plan uses (computed once, issue 15) and one
 *   `__d<i>_value` per age group or band read from an expression (the age, once per row);
 * - `__classified`: every row of the source table with its exclusion reason — the first failing
 *   condition, the period (`outside_period`) or year (`other_year`) first, then the population rules in
 *   order (fine-print F15) —, its dimension labels, and its numerator, denominator and quantile inputs;
 * - `rows`: the cells (GROUP BY the dimensions), each with the exact numerator and denominator as text,
 *   the value rounded half away from zero by integer arithmetic (F21: magnitude ⌊(2|q| + |d|)/(2|d|)⌋
 *   with q = 10^decimals·scale·n, never a double), the exact type-7 quantile (F22) from ranked values,
 *   the joined denominator (F18: Σ over the organizers occurring in the cell), and disclosure applied
 *   after aggregation (F20);
 * - `accounts`: the input accounting per table (rows per exclusion reason, `not_in_any_cell` for joined
 *   rows of organizers no cell needs).
 *
 * `finishSqlRows` turns the returned rows into result rows: F19 order, F23 empty results, the join
 * DataErrors. Values from data and options are bound parameters; identifiers are quoted.
 */
import { UsageError } from "../errors/errors";
import { formatDate } from "../calendar/date";
import { fieldsOf, type Expression, type ValueType } from "../expression/expression";
import type { JoinedDenominator, SumSpec } from "../definition/definition";
import type { Plan } from "../plan/plan";
import { mainFields } from "../engine/memory/evaluate";
import type { SqlDialect } from "./dialect";
import { expressionSql, type ExpressionScope } from "./expression-sql";
import { SqlParameters } from "./parameters";
import { calendarCtes } from "./working-day-calendar";
import { caseSql, cteSql, layoutClause, layoutExpression, selectSql } from "./sql-format";
import { wrapSqlLines } from "./sql-wrap";
import { letsInOrder, StepDeadlines } from "./plan-lets";
import {
  EXACT_SCALE,
  dimensionSql,
  joinedCtes,
  pow10,
  quantileCtes,
  unsupported,
  type CteContext,
} from "./compile-plan-parts";
import { accountSql, type CellSum, talliedColumns, tallySql, togetherSql } from "./compile-plan-accounts";
import type { CompiledSqlPlan, CompileSqlOptions, SqlTableSource } from "./compile-plan-types";

export type { CompiledSqlPlan, CompileSqlOptions, SqlQuery, SqlTableSource } from "./compile-plan-types";

/**
 * Compiles a plan to SQL for one dialect.
 *
 * @example
 * ```ts
 * const plan = planComputation(primaryCareWithin14Days, { period: "2024", by: ["organizer"] });
 * const tables = { health_care_visit: { table: ["dw", "visits"] } };
 * const { rows, accounts } = compilePlanToSql(plan, postgresDialect, { tables });
 * rows.text.startsWith("WITH"); // true
 * ```
 */
export function compilePlanToSql(plan: Plan, dialect: SqlDialect, options: CompileSqlOptions = {}): CompiledSqlPlan {
  const definition = plan.definition;
  const q = (name: string): string => dialect.quoteIdentifier(name);
  const parameters = new SqlParameters(dialect);
  const main = definition.source.concept;
  const join: JoinedDenominator | null =
    definition.denominator && "join" in definition.denominator ? definition.denominator.join : null;
  const sumDenominator = join ? undefined : (definition.denominator as SumSpec | undefined);
  const periodYear = Number(plan.period.id.slice(0, 4));

  const tableOf = (concept: string): SqlTableSource => options.tables?.[concept] ?? { table: [concept] };
  const typeOf = (concept: string, field: string): ValueType => {
    const type = definition.fields[concept]?.[field];
    if (!type)
      throw new UsageError("invalid_definition", `${definition.id}: field ${field} of ${concept} has no declared type`);
    return type;
  };
  const withReasons = options.withReasons === true;
  const baseSql = (concept: string, fields: Set<string>): string => {
    const source = tableOf(concept);
    if (source.table.length === 0)
      throw new UsageError("invalid_table", `the table of ${concept} has no name: give e.g. schema.table`, {
        option: "table",
        value: concept,
      });
    const columns = [...fields].sort().map((field) => {
      const column = source.columns?.[field] ?? field;
      return `CAST(${q(column)} AS ${dialect.typeName(typeOf(concept, field))}) AS ${q(field)}`;
    });
    if (withReasons && concept === main) columns.unshift(q("__reason"));
    return selectSql(columns, [`FROM ${source.table.map(q).join(".")}`]);
  };

  const deadlines = new StepDeadlines(q);
  const computedLets = new Set<string>();
  const scope: ExpressionScope = {
    dialect,
    parameters,
    lets: definition.let,
    letColumn: (name) => (computedLets.has(name) ? q(name) : null),
    planParameters: plan.parameters,
    field: (name) => q(name),
    workingDayDeadline: (argument, n) => deadlines.register(argument, n),
  };
  const sql = (expression: Expression): string => expressionSql(expression, scope);
  const truth = (expression: Expression): string => `COALESCE(${sql(expression)}, FALSE)`;

  // --- each `let` value once, in its own CTE (issue 15), in dependency order --------------------------
  const ctes: string[] = [];
  const mainRead = mainFields(plan);
  ctes.push(cteSql(dialect, "__base", baseSql(main, mainRead)));
  let relation = "__base";
  for (const name of letsInOrder(plan)) {
    if (name in definition.fields[main]!)
      unsupported(`${definition.id}: let ${name} has the name of a field of ${main}; rename the let`);
    const value = sql(definition.let[name]!);
    const { joins } = deadlines.take();
    const step = `__let_${name}`;
    ctes.push(
      cteSql(
        dialect,
        step,
        selectSql([`${q(relation)}.*`, `${value} AS ${q(name)}`], [`FROM ${q(relation)}`, ...joins]),
      ),
    );
    computedLets.add(name);
    relation = step;
  }

  // The value an age group or band is read from (e.g. the age), once per row when it is an expression.
  const dimensionValues = new Map<number, string>();
  plan.dimensions.forEach((dimension, d) => {
    const spec = dimension.spec;
    const value = spec.kind === "age_group" ? spec.age : spec.kind === "band" ? spec.value : null;
    if (value === null || value.op === "field" || value.op === "ref") return;
    const column = `__d${d}_value`;
    const valueSql = sql(value);
    const { joins } = deadlines.take();
    ctes.push(
      cteSql(
        dialect,
        column,
        selectSql([`${q(relation)}.*`, `${valueSql} AS ${q(column)}`], [`FROM ${q(relation)}`, ...joins]),
      ),
    );
    dimensionValues.set(d, q(column));
    relation = column;
  });

  // --- classification of the main table -------------------------------------------------------
  const reasons: string[] = withReasons ? [`WHEN ${q("__reason")} IS NOT NULL THEN 'rejected'`] : [];
  const sourceDate = definition.source.date ? sql(definition.source.date) : null;
  const periodStart = sourceDate ? parameters.bind(isoOf(plan.parameters.period_start), "DATE") : "";
  const periodEnd = sourceDate ? parameters.bind(isoOf(plan.parameters.period_end), "DATE") : "";
  if (sourceDate)
    reasons.push(
      `WHEN NOT COALESCE(${sourceDate} >= ${periodStart} AND ${sourceDate} <= ${periodEnd}, FALSE) ` +
        "THEN 'outside_period'",
    );
  else if (definition.source.yearField) {
    const year = parameters.bind(periodYear, dialect.typeName("integer"));
    reasons.push(`WHEN NOT COALESCE(${q(definition.source.yearField)} = ${year}, FALSE) THEN 'other_year'`);
  }
  for (const rule of definition.population)
    reasons.push(`WHEN NOT ${truth(rule.keep)} THEN ${parameters.bind(rule.reason, dialect.typeName("string"))}`);

  const dimensionColumns = plan.dimensions.map(
    (dimension, d) => `${dimensionSql(dimension, sourceDate, scope, dimensionValues.get(d))} AS ${q(`__d${d}`)}`,
  );
  const sumColumns = (sum: SumSpec | undefined, prefix: string, concept: string): string[] => {
    const hit = sum?.where ? truth(sum.where) : "TRUE";
    let value = "1";
    if (sum?.field) value = typeOf(concept, sum.field) === "decimal" ? `COALESCE(${q(sum.field)}, 0)` : q(sum.field);
    else if (sum?.value) value = sql(sum.value);
    return [`${hit} AS ${q(`${prefix}_hit`)}`, `${value} AS ${q(`${prefix}_value`)}`];
  };
  const classifiedColumns = [
    reasons.length === 0
      ? `CAST(NULL AS ${dialect.typeName("string")}) AS ${q("__exclusion")}`
      : `${caseSql(reasons, "NULL")} AS ${q("__exclusion")}`,
    ...dimensionColumns,
    ...sumColumns(definition.numerator, "__num", main),
    ...(sumDenominator !== undefined || !join ? sumColumns(sumDenominator, "__den", main) : []),
    ...(definition.quantile ? [`${sql(definition.quantile.value)} AS ${q("__q")}`] : []),
    ...(join ? [`${q(definition.source.organizerField!)} AS ${q("__org")}`] : []),
    ...(withReasons ? [q("__reason")] : []),
  ];

  // Compiling the classified columns registered their deadlines; now the calendar and its joins.
  const classifiedJoins = deadlines.take();
  if (classifiedJoins.joins.length > 0) {
    const body = selectSql(
      [`${q(relation)}.*`, ...classifiedJoins.columns],
      [`FROM ${q(relation)}`, ...classifiedJoins.joins],
    );
    ctes.push(cteSql(dialect, "__rows", body));
    relation = "__rows";
  }
  if (deadlines.all.length > 0) {
    const countList = [...new Set(deadlines.all.map((entry) => entry.n))].sort((a, b) => a - b);
    const firstYear = periodYear - 1;
    // Deadlines of the source date matter only inside the period (`outside_period` comes first): the
    // calendar need not run to an as-of of 9999-12-31 (issue 15, F28).
    const sourceOnly = deadlines.all.every((entry) => entry.argument === sourceDate);
    const lastDay = Math.max(plan.parameters.period_end, (sourceOnly ? null : plan.parameters.as_of) ?? 0);
    const lastYear = Number(isoOf(lastDay).slice(0, 4)) + 1;
    ctes.unshift(...calendarCtes(dialect, firstYear, lastYear, countList));
  }
  ctes.push(cteSql(dialect, "__classified", selectSql(classifiedColumns, [`FROM ${q(relation)}`])));

  const dims = plan.dimensions.map((_, d) => q(`__d${d}`));
  const sameDims = (left: string, right: string, which: boolean[] = dims.map(() => true)): string => {
    const conditions = dims
      .filter((_, d) => which[d])
      .map((dim) => `${left}.${dim} IS NOT DISTINCT FROM ${right}.${dim}`);
    return conditions.length === 0 ? "TRUE" : conditions.join(" AND ");
  };
  const inPopulation = `${q("__exclusion")} IS NULL`;
  const exactSum = (column: string, decimal: boolean): string => {
    const sum = `COALESCE(SUM(CASE WHEN ${q(`${column}_hit`)} THEN ${q(`${column}_value`)} END), 0)`;
    return decimal ? `CAST(${sum} AS ${dialect.typeName("exact")})` : sum;
  };
  const rowsOf = (column: string): string => `SUM(CASE WHEN ${q(`${column}_hit`)} THEN 1 ELSE 0 END)`;
  const numeratorDecimal =
    definition.numerator?.field !== undefined && typeOf(main, definition.numerator.field) === "decimal";
  const denominatorDecimal = join
    ? typeOf(join.concept, join.sum.field) === "decimal"
    : sumDenominator?.field !== undefined && typeOf(main, sumDenominator.field) === "decimal";
  const separate = plan.dimensions.some((dimension) => !dimension.inDenominator);
  const inDenominator = plan.dimensions.map((dimension) => dimension.inDenominator);

  // The cells' sums: of the hit values (exact, `decimal` known) or of the hit rows.
  const sums: CellSum[] = [
    { name: "num", of: "__num", decimal: numeratorDecimal },
    { name: "num_rows", of: "__num" },
  ];
  if (!join && !separate)
    sums.push({ name: "den", of: "__den", decimal: denominatorDecimal }, { name: "den_rows", of: "__den" });
  const sumColumnsOf = sums.map(
    (sum) => `${sum.decimal === undefined ? rowsOf(sum.of) : exactSum(sum.of, sum.decimal)} AS ${q(sum.name)}`,
  );
  // With the rejected rows kept (DuckDB's one statement, issue 14), the cells and the accounts come from
  // one grouping of the classified rows, so that they are read once; quantiles and separate or joined
  // denominators read them again.
  const tallied = withReasons && !separate && !join && definition.kind !== "quantile";
  if (tallied) ctes.push(cteSql(dialect, "__tally", tallySql(dialect, dims, sumColumnsOf)));
  const cellClauses = [`FROM ${q(tallied ? "__tally" : "__classified")}`, `WHERE ${inPopulation}`];
  if (dims.length > 0) cellClauses.push(`GROUP BY ${dims.join(", ")}`);
  else cellClauses.push("HAVING COUNT(*) > 0");
  const cellSums = tallied ? talliedColumns(dialect, sums) : sumColumnsOf;
  ctes.push(cteSql(dialect, "__cells", selectSql([...dims, ...cellSums], cellClauses)));

  let denominator = `${q("__cells")}.${q("den")}`;
  let denominatorRows = `${q("__cells")}.${q("den_rows")}`;
  let joinMissing = "NULL";
  const joins: string[] = [];
  if (separate && !join) {
    const denDims = dims.filter((_, d) => inDenominator[d]);
    const denColumns = [
      ...denDims,
      `${exactSum("__den", denominatorDecimal)} AS ${q("den")}`,
      `${rowsOf("__den")} AS ${q("den_rows")}`,
    ];
    const denClauses = [`FROM ${q("__classified")}`, `WHERE ${inPopulation}`];
    if (denDims.length > 0) denClauses.push(`GROUP BY ${denDims.join(", ")}`);
    ctes.push(cteSql(dialect, "__dens", selectSql(denColumns, denClauses)));
    joins.push(`LEFT JOIN ${q("__dens")} ON ${sameDims(q("__cells"), q("__dens"), inDenominator)}`);
    denominator = `${q("__dens")}.${q("den")}`;
    denominatorRows = `${q("__dens")}.${q("den_rows")}`;
  }
  const context: CteContext = { dialect, q, dims, inPopulation, sameDims };
  if (join) {
    const joinFields = new Set<string>([join.yearField, join.sum.field, join.organizerField]);
    for (const rule of join.population) fieldsOf(rule.keep, {}, joinFields);
    const joinScope: ExpressionScope = { ...scope, lets: {}, letColumn: () => null };
    const year = parameters.bind(periodYear, dialect.typeName("integer"));
    const ruleReasons = join.population.map((rule) => {
      const keep = expressionSql(rule.keep, joinScope);
      return `WHEN NOT COALESCE(${keep}, FALSE) THEN ${parameters.bind(rule.reason, dialect.typeName("string"))}`;
    });
    const base = baseSql(join.concept, joinFields);
    const part = joinedCtes(context, { join, base, year, ruleReasons, decimal: denominatorDecimal });
    ctes.push(...part.ctes);
    joins.push(part.join);
    denominator = part.denominator;
    denominatorRows = part.denominatorRows;
    joinMissing = part.missing;
  }

  const numerator = `${q("__cells")}.${q("num")}`;
  const numeratorRows = `${q("__cells")}.${q("num_rows")}`;
  const wide = dialect.typeName("wide");
  const decimalScaled = numeratorDecimal || denominatorDecimal;
  const asInteger = (value: string): string =>
    decimalScaled
      ? `CAST(CAST(${value} AS ${dialect.typeName("exact")}) * ${pow10(EXACT_SCALE)} AS ${wide})`
      : `CAST(${value} AS ${wide})`;
  const factor = (BigInt(definition.scale) * 10n ** BigInt(definition.decimals)).toString();
  if (!Number.isSafeInteger(definition.scale) || definition.scale <= 0)
    unsupported(`${definition.id}: scale ${definition.scale} is not a positive integer`);

  let top: string;
  let bottom: string;
  let quantileCount = "0";
  if (definition.kind === "quantile") {
    const part = quantileCtes(context, definition.quantile!, definition.decimals, wide);
    ctes.push(...part.ctes);
    joins.push(part.join);
    top = part.top;
    bottom = part.bottom;
    quantileCount = part.count;
    denominator = quantileCount;
    denominatorRows = quantileCount;
  } else if (definition.kind === "count") {
    top = `(${asInteger(numerator)} * ${pow10(definition.decimals)})`;
    bottom = decimalScaled ? `CAST(${pow10(EXACT_SCALE)} AS ${wide})` : `CAST(1 AS ${wide})`;
  } else {
    top = `(${asInteger(numerator)} * ${factor})`;
    bottom = asInteger(denominator);
  }

  // F21: ⌊(2|top| + |bottom|) / (2|bottom|)⌋, sign of top/bottom; null when bottom is 0 (or no quantile values).
  const rounded = dialect.integerDivide(`(2 * ABS(${top}) + ABS(${bottom}))`, `(2 * ABS(${bottom}))`);
  const magnitude = `CASE WHEN ${bottom} = 0 OR ${top} IS NULL THEN NULL ELSE ${rounded} END`;
  const negative = `CASE WHEN (${top} < 0) <> (${bottom} < 0) THEN 1 ELSE 0 END`;
  const basis = definition.disclosure.basis;
  const disclosureRows = basis === "denominator" ? denominatorRows : basis === "numerator" ? numeratorRows : null;
  const suppressed =
    plan.suppress && disclosureRows !== null ? `COALESCE(${disclosureRows} BETWEEN 1 AND 4, FALSE)` : "FALSE";

  const text = (value: string): string => dialect.toText(value);
  const final = [
    ...dims.map((dim) => `${q("__cells")}.${dim}`),
    `${text(numerator)} AS ${q("numerator")}`,
    `${text(denominator)} AS ${q("denominator")}`,
    `${text(magnitude)} AS ${q("magnitude")}`,
    `${negative} AS ${q("negative")}`,
    `${suppressed} AS ${q("suppressed")}`,
    `${joinMissing} AS ${q("join_missing")}`,
  ];
  // The concept names of the accounting, bound in a CTE both queries carry (so both use every parameter).
  const conceptNames = [`${parameters.bind(main, dialect.typeName("string"))} AS ${q("main")}`];
  if (join) conceptNames.push(`${parameters.bind(join.concept, dialect.typeName("string"))} AS ${q("joined")}`);
  ctes.push(cteSql(dialect, "__concepts", `SELECT ${conceptNames.join(", ")}`));
  const withClause = `WITH\n${ctes.join(",\n")}`;
  const finalList = final.map((column) => layoutExpression(column, 2, 1)).join(",\n  ");
  const finalClauses = [`FROM ${q("__cells")}`, ...joins].map((clause) => layoutClause(clause, 0));
  const rowsText = `${withClause}\nSELECT\n  ${finalList}\n${finalClauses.join("\n")}`;

  const accountParts = [
    tallied
      ? accountSql(dialect, "main", "__tally", q("__reason"), `SUM(${q("__rows")})`)
      : accountSql(dialect, "main", "__classified", withReasons ? q("__reason") : undefined),
  ];
  if (join) accountParts.push(accountSql(dialect, "joined", "__jclassified", withReasons ? "NULL" : undefined));
  const accountsText = `${withClause}\n${accountParts.join("\nUNION ALL\n")}`;
  const rowsSelect = rowsText.slice(withClause.length + 1);

  const fields: Record<string, Record<string, ValueType>> = {
    [main]: Object.fromEntries([...mainRead].sort().map((field) => [field, typeOf(main, field)])),
  };
  if (join) {
    const joinFields = new Set<string>([join.yearField, join.sum.field, join.organizerField]);
    for (const rule of join.population) fieldsOf(rule.keep, {}, joinFields);
    fields[join.concept] = Object.fromEntries(
      [...joinFields].sort().map((field) => [field, typeOf(join.concept, field)]),
    );
  }
  const values = parameters.values.slice();
  return {
    dialect: dialect.name,
    rows: { text: wrapSqlLines(rowsText), parameters: values },
    accounts: { text: wrapSqlLines(accountsText), parameters: values },
    fields,
    ...(withReasons && dialect.name === "duckdb"
      ? { together: { text: wrapSqlLines(togetherSql(withClause, rowsSelect, accountParts)), parameters: values } }
      : {}),
  };
}

function isoOf(day: number): string {
  return formatDate(day);
}
