/**
 * DuckDB: `$1` parameters, `DATE - DATE` gives whole days, `+ INTERVAL n MONTH` clamps to the month's
 * last day (2024-01-31 + 1 month = 2024-02-29, as law 150/1930 3 § wants), `//` is integer division
 * (plain `/` on integers gives a double in DuckDB, so it is never used), exact sums on DECIMAL(38,6)
 * (F5: 18 + 6 digits per value leave 14 more integer digits for a sum) and HUGEINT (±1.7·10^38) for
 * the scaled integers of F21.
 */
import { quoteStandardIdentifier, type SqlDialect } from "../../dialect";

/**
 * The DuckDB dialect.
 *
 * @example
 * ```ts
 * duckdbDialect.addMonths('"visit_date"', 3); // CAST(("visit_date" + INTERVAL 3 MONTH) AS DATE)
 * ```
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  capabilities: { nullSafeEquality: true, placeholders: "dollar", executable: true, roundHalfAwayFromZero: true },
  quoteIdentifier: quoteStandardIdentifier,
  placeholder: (index) => `$${index}`,
  typeName: (type) =>
    ({
      date: "DATE",
      integer: "BIGINT",
      decimal: "DECIMAL(38,6)",
      string: "VARCHAR",
      boolean: "BOOLEAN",
      exact: "DECIMAL(38,6)",
      wide: "HUGEINT",
    })[type],
  daysBetween: (from, to) => `CAST((${to} - ${from}) AS BIGINT)`,
  addMonths: (date, months) => `CAST((${date} + INTERVAL ${Math.trunc(months)} MONTH) AS DATE)`,
  addDays: (date, days) => `CAST((${date} + CAST(${days} AS INTEGER)) AS DATE)`,
  datePart: (part, date) => `CAST(EXTRACT(${part.toUpperCase()} FROM ${date}) AS BIGINT)`,
  integerDivide: (dividend, divisor) => `(${dividend} // ${divisor})`,
  toText: (value) => `CAST(${value} AS VARCHAR)`,
  dateLiteral: (iso) => `DATE '${iso}'`,
};
