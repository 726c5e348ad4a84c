/**
 * Parts of the plan → SQL compiler (`compile-plan.ts`, issue 6), split out to keep each module short:
 * the dimension labels, the exact type-7 quantile CTEs (F22) and the joined-denominator CTEs (F18).
 * Each returns SQL text over the `__classified` CTE; the emitted text is pinned by
 * `packages/cli/expected-sql/` and `compile-plan.test.ts`.
 */
import { UsageError } from "../errors/errors";
import type { JoinedDenominator } from "../definition/definition";
import type { PlannedDimension } from "../plan/plan";
import type { SqlDialect } from "./dialect";
import { expressionSql, type ExpressionScope } from "./expression-sql";
import { caseSql, cteSql, selectSql } from "./sql-format";

/**
 * Decimal fields are summed exactly at this scale (F5: at most 6 fraction digits, so DECIMAL(38,6)) and
 * scaled to integers by 10^6: an 18-digit value summed over many rows, times 10^6 and 10^decimals·scale,
 * stays far inside HUGEINT and NUMBER(38,0).
 */
export const EXACT_SCALE = 6;

/** `10^exponent` as SQL integer text. */
export function pow10(exponent: number): string {
  return `1${"0".repeat(exponent)}`;
}

/** Throws the `sql_not_supported` usage error. */
export function unsupported(message: string): never {
  throw new UsageError("sql_not_supported", message);
}

/** Exact decimal text as mantissa and exponent (p = "0.9" → 9, 1). */
function splitDecimal(text: string): { mantissa: string; exponent: number } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) unsupported(`quantile p ${JSON.stringify(text)} is not a plain decimal such as 0.9`);
  const fraction = match[2] ?? "";
  return { mantissa: String(BigInt(`${match[1]}${fraction}`)), exponent: fraction.length };
}

/** What the CTE builders share with the compiler: the dialect, quoting, the cell dimensions. */
export interface CteContext {
  dialect: SqlDialect;
  q: (name: string) => string;
  /** The quoted dimension columns `__d0…`. */
  dims: string[];
  /** The condition of a row in the population (`"__exclusion" IS NULL`). */
  inPopulation: string;
  /** The join condition of two relations on the (selected) dimensions, NULL-safe. */
  sameDims: (left: string, right: string, which?: boolean[]) => string;
}

/** CTEs, a LEFT JOIN onto `__cells`, and the expressions they provide to the result. */
export interface CtePart {
  ctes: string[];
  join: string;
}

/**
 * The exact type-7 quantile (F22) per cell from the ranked `__q` values: ranks, the lower rank k0 and the
 * fraction as integers, and the scaled top/bottom of the value; `count` is the cell's value count.
 *
 * @example
 * ```ts
 * const part = quantileCtes(context, { p: "0.5", value }, 0, "HUGEINT");
 * part.ctes.length; // 3
 * ```
 */
export function quantileCtes(
  context: CteContext,
  quantile: { p: string },
  decimals: number,
  wide: string,
): CtePart & { top: string; bottom: string; count: string } {
  const { dialect, q, dims, inPopulation } = context;
  const p = splitDecimal(quantile.p);
  const pScale = pow10(p.exponent);
  const window = dims.length > 0 ? `PARTITION BY ${dims.join(", ")} ` : "";
  const rank = [
    ...dims,
    q("__q"),
    `ROW_NUMBER() OVER (${window}ORDER BY ${q("__q")}) AS ${q("rn")}`,
    `COUNT(*) OVER (${window.trimEnd()}) AS ${q("n")}`,
  ];
  // F22: h − 1 = (n − 1)·p; k0 = ⌊(n − 1)·p⌋ (0-based lower rank), fraction = (n − 1)·p − k0 (over 10^e).
  const k0 = dialect.integerDivide(`CAST((${q("n")} - 1) AS ${wide}) * ${p.mantissa}`, pScale);
  const scaled = `CAST(CAST(${q("__q")} AS ${dialect.typeName("exact")}) * ${pow10(EXACT_SCALE)} AS ${wide})`;
  const quant = [
    ...dims,
    `MAX(${q("n")}) AS ${q("n")}`,
    `MAX(CASE WHEN ${q("rn")} = ${q("k0")} + 1 THEN ${scaled} END) AS ${q("lo")}`,
    `MAX(CASE WHEN ${q("rn")} = ${q("k0")} + 2 THEN ${scaled} END) AS ${q("hi")}`,
    `MAX(CAST((${q("n")} - 1) AS ${wide}) * ${p.mantissa} - ${q("k0")} * ${pScale}) AS ${q("frac")}`,
  ];
  const qt = q("__quant");
  const [lo, hi, frac] = [`${qt}.${q("lo")}`, `${qt}.${q("hi")}`, `${qt}.${q("frac")}`];
  return {
    ctes: [
      cteSql(
        dialect,
        "__qrank",
        selectSql(rank, [`FROM ${q("__classified")}`, `WHERE ${inPopulation} AND ${q("__q")} IS NOT NULL`]),
      ),
      cteSql(dialect, "__qpos", selectSql([`${q("__qrank")}.*`, `${k0} AS ${q("k0")}`], [`FROM ${q("__qrank")}`])),
      cteSql(
        dialect,
        "__quant",
        selectSql(quant, [`FROM ${q("__qpos")}`, ...(dims.length > 0 ? [`GROUP BY ${dims.join(", ")}`] : [])]),
      ),
    ],
    join: `LEFT JOIN ${qt} ON ${context.sameDims(q("__cells"), qt)}`,
    top: `((${lo} * ${pScale} + ${frac} * (COALESCE(${hi}, ${lo}) - ${lo})) * ${pow10(decimals)})`,
    bottom: `CAST(${pScale}${"0".repeat(EXACT_SCALE)} AS ${wide})`,
    count: `COALESCE(${qt}.${q("n")}, 0)`,
  };
}

/** The inputs of the joined denominator beyond the shared context. */
export interface JoinedInputs {
  join: JoinedDenominator;
  /** `SELECT … FROM` the joined concept's table, typed. */
  base: string;
  /** The bound period year. */
  year: string;
  /** The population rules of the joined concept as SQL `WHEN … THEN reason` branches. */
  ruleReasons: string[];
  decimal: boolean;
}

/**
 * The joined denominator (F18): the joined concept's rows classified (`other_year`, its population rules,
 * `not_in_any_cell`), summed per organizer, and Σ over the organizers occurring in each cell.
 *
 * @example
 * ```ts
 * const part = joinedCtes(context, { join, base, year, ruleReasons: [], decimal: true });
 * part.ctes.length; // 5
 * ```
 */
export function joinedCtes(
  context: CteContext,
  inputs: JoinedInputs,
): CtePart & { denominator: string; denominatorRows: string; missing: string } {
  const { dialect, q, dims, inPopulation } = context;
  const { join } = inputs;
  const org = q(join.organizerField);
  const cellOrgs = `SELECT ${q("__org")} FROM ${q("__classified")} WHERE ${inPopulation} AND ${q("__org")} IS NOT NULL`;
  const reasons = [
    `WHEN NOT COALESCE(${q(join.yearField)} = ${inputs.year}, FALSE) THEN 'other_year'`,
    ...inputs.ruleReasons,
    `WHEN ${org} IS NULL OR ${org} NOT IN (${cellOrgs}) THEN 'not_in_any_cell'`,
  ];
  const co = q("__cellorgs");
  const js = q("__jsums");
  const jd = q("__jdens");
  const dens = [
    ...dims.map((dim) => `${co}.${dim}`),
    `SUM(${js}.${q("s")}) AS ${q("den")}`,
    `SUM(${js}.${q("r")}) AS ${q("den_rows")}`,
    `MIN(CASE WHEN ${js}.${q("__org")} IS NULL THEN ${co}.${q("__org")} END) AS ${q("missing")}`,
  ];
  const groupBy = dims.length > 0 ? [`GROUP BY ${dims.map((dim) => `${co}.${dim}`).join(", ")}`] : [];
  const sums = selectSql(
    [q("__org"), `SUM(${q("__sum")}) AS ${q("s")}`, `COUNT(*) AS ${q("r")}`],
    [`FROM ${q("__jclassified")}`, `WHERE ${inPopulation}`, `GROUP BY ${q("__org")}`],
  );
  const den = `COALESCE(${jd}.${q("den")}, 0)`;
  const classified = [
    `${caseSql(reasons, "NULL")} AS ${q("__exclusion")}`,
    `${org} AS ${q("__org")}`,
    `${q(join.sum.field)} AS ${q("__sum")}`,
  ];
  const orgs = selectSql(
    [...dims, q("__org")],
    [`FROM ${q("__classified")}`, `WHERE ${inPopulation} AND ${q("__org")} IS NOT NULL`],
  );
  return {
    ctes: [
      cteSql(dialect, "__jbase", inputs.base),
      cteSql(dialect, "__jclassified", selectSql(classified, [`FROM ${q("__jbase")}`])),
      cteSql(dialect, "__jsums", sums),
      cteSql(dialect, "__cellorgs", orgs.replace(/^SELECT/, "SELECT DISTINCT")),
      cteSql(
        dialect,
        "__jdens",
        selectSql(dens, [`FROM ${co}`, `LEFT JOIN ${js} ON ${js}.${q("__org")} = ${co}.${q("__org")}`, ...groupBy]),
      ),
    ],
    join: `LEFT JOIN ${jd} ON ${context.sameDims(q("__cells"), jd)}`,
    denominator: inputs.decimal ? `CAST(${den} AS ${dialect.typeName("exact")})` : den,
    denominatorRows: `COALESCE(${jd}.${q("den_rows")}, 0)`,
    missing: `${jd}.${q("missing")}`,
  };
}

/** The SQL of one dimension's label (null for an absent value); `valueColumn`: the age or band value's column. */
export function dimensionSql(
  dimension: PlannedDimension,
  sourceDate: string | null,
  scope: ExpressionScope,
  valueColumn?: string,
): string {
  const { dialect, parameters } = scope;
  const spec = dimension.spec;
  const label = (text: string): string => parameters.bind(text, dialect.typeName("string"));
  switch (spec.kind) {
    case "field":
      return dialect.toText(scope.field(spec.field));
    case "age_group": {
      const set = dimension.ageGroupSet!;
      const age = valueColumn ?? expressionSql(spec.age, scope);
      const branches = set.bands.map((band) => `WHEN ${age} >= ${band.lower} THEN ${label(band.label)}`).reverse();
      return `(CASE WHEN ${age} < 0 THEN NULL ${branches.join(" ")} ELSE NULL END)`;
    }
    case "sub_period": {
      if (!sourceDate) unsupported(`a sub-period breakdown needs the source date`);
      const year = dialect.toText(dialect.datePart("year", sourceDate));
      const month = dialect.datePart("month", sourceDate);
      const kind = dimension.subPeriodKind!;
      if (kind === "month")
        return `(${year} || '-' || CASE WHEN ${month} < 10 THEN '0' ELSE '' END || ${dialect.toText(month)})`;
      const size = { quarter: 3, tertial: 4, half: 6 }[kind];
      const letter = { quarter: "Q", tertial: "T", half: "H" }[kind];
      const index = dialect.integerDivide(`(${month} - 1)`, String(size));
      return `(${year} || '-${letter}' || ${dialect.toText(`(${index} + 1)`)})`;
    }
    case "band": {
      const value = valueColumn ?? expressionSql(spec.value, scope);
      const branches = spec.bands
        .map((band) => `WHEN ${value} >= ${Number(band.lower)} THEN ${label(band.label)}`)
        .reverse();
      return `(CASE ${branches.join(" ")} ELSE NULL END)`;
    }
  }
}
