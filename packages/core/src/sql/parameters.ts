/**
 * Bound parameters of a compiled query (issue 6: values as parameters — nothing from data or options is
 * pasted into SQL text). Each value is bound once and referenced through the dialect's placeholder with
 * an explicit cast, so every driver infers the same type.
 */
import type { SqlDialect } from "./dialect";

/** A value bound to a placeholder: text (also ISO dates and exact decimals), a number or a boolean. */
export type SqlValue = string | number | boolean | null;

/** The parameter list a compiled query is executed with. */
export class SqlParameters {
  readonly values: SqlValue[] = [];
  constructor(private readonly dialect: SqlDialect) {}

  /**
   * Binds a value and returns `CAST(<placeholder> AS <type>)`.
   *
   * @example
   * ```ts
   * const parameters = new SqlParameters(postgresDialect);
   * parameters.bind("2024-01-01", "DATE"); // CAST($1 AS DATE)
   * ```
   */
  bind(value: SqlValue, sqlType: string): string {
    this.values.push(value);
    return `CAST(${this.dialect.placeholder(this.values.length)} AS ${sqlType})`;
  }
}
