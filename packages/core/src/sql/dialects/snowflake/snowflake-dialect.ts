/**
 * Snowflake (emitted as text for a region to run itself; no runner): `:1` bind variables,
 * `DATEDIFF(day, a, b)` for whole days, `DATEADD(month, n, d)` which clamps to the month's last day
 * (law 150/1930 3 §; not `ADD_MONTHS`, which keeps a month-end date at month end), exact NUMBER(38,6)
 * sums (F5: 18 + 6 digits per value) and `TRUNC(a / b)` of NUMBER(38,0) operands for the integer quotient.
 */
import { quoteStandardIdentifier, type SqlDialect } from "../../dialect";

/**
 * The Snowflake dialect.
 *
 * @example
 * ```ts
 * snowflakeDialect.addMonths('"visit_date"', 3); // DATEADD(month, 3, "visit_date")
 * ```
 */
export const snowflakeDialect: SqlDialect = {
  name: "snowflake",
  capabilities: { nullSafeEquality: true, placeholders: "colon", executable: false, roundHalfAwayFromZero: true },
  quoteIdentifier: quoteStandardIdentifier,
  placeholder: (index) => `:${index}`,
  typeName: (type) =>
    ({
      date: "DATE",
      integer: "NUMBER(38,0)",
      decimal: "NUMBER(38,6)",
      string: "VARCHAR",
      boolean: "BOOLEAN",
      exact: "NUMBER(38,6)",
      wide: "NUMBER(38,0)",
    })[type],
  daysBetween: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
  addMonths: (date, months) => `DATEADD(month, ${Math.trunc(months)}, ${date})`,
  addDays: (date, days) => `DATEADD(day, ${days}, ${date})`,
  datePart: (part, date) => `EXTRACT(${part.toUpperCase()} FROM ${date})`,
  integerDivide: (dividend, divisor) => `TRUNC(${dividend} / ${divisor})`,
  toText: (value) => `TO_VARCHAR(${value})`,
  dateLiteral: (iso) => `DATE '${iso}'`,
};
