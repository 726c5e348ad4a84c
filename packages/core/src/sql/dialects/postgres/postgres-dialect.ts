/**
 * PostgreSQL: `$1` parameters, `date - date` is an integer number of days, `+ interval 'n months'`
 * clamps to the month's last day (law 150/1930 3 §), `div(numeric, numeric)` is the exact integer
 * quotient, NUMERIC is exact at any size (F21: never doubles).
 */
import { quoteStandardIdentifier, type SqlDialect } from "../../dialect";

/**
 * The PostgreSQL dialect.
 *
 * @example
 * ```ts
 * postgresDialect.daysBetween('"a"', '"b"'); // ("b" - "a")
 * ```
 */
export const postgresDialect: SqlDialect = {
  name: "postgres",
  capabilities: { nullSafeEquality: true, placeholders: "dollar", executable: true, roundHalfAwayFromZero: true },
  quoteIdentifier: quoteStandardIdentifier,
  placeholder: (index) => `$${index}`,
  typeName: (type) =>
    ({
      date: "DATE",
      integer: "BIGINT",
      decimal: "NUMERIC",
      string: "TEXT",
      boolean: "BOOLEAN",
      exact: "NUMERIC",
      wide: "NUMERIC",
    })[type],
  daysBetween: (from, to) => `(${to} - ${from})`,
  addMonths: (date, months) => `CAST((${date} + INTERVAL '${Math.trunc(months)} months') AS DATE)`,
  addDays: (date, days) => `(${date} + CAST(${days} AS INTEGER))`,
  datePart: (part, date) => `CAST(EXTRACT(${part.toUpperCase()} FROM ${date}) AS INTEGER)`,
  integerDivide: (dividend, divisor) => `div(${dividend}, ${divisor})`,
  toText: (value) => `CAST(${value} AS TEXT)`,
  dateLiteral: (iso) => `DATE '${iso}'`,
};
