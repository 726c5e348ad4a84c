/**
 * Errors of the SDK. Every error names what was wrong (the value, option, file, row or field) and what
 * would be right, and carries the command line's exit code (interfaces.md, "Exit codes"):
 * `2` for a usage error (bad option, period, breakdown, file), `1` for a problem of the data
 * (rejected rows under strict mode, too large a rejected share, a missing denominator).
 */

/** Exit codes of the `virta` command (interfaces.md). */
export type ExitCode = 1 | 2;

/**
 * The base of every error the SDK throws on purpose.
 *
 * @example
 * ```ts
 * try { parseDate("2024-13-01"); } catch (error) {
 *   if (error instanceof VirtaError) console.log(error.code, error.exitCode); // "invalid_date" 2
 * }
 * ```
 */
export class VirtaError extends Error {
  /** A stable machine-readable code (`invalid_date`, `missing_population`, …). */
  readonly code: string;
  /** The exit code the command line uses for this error. */
  readonly exitCode: ExitCode;
  /** Structured details (the option, the allowed values, the file, row and field, …). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, exitCode: ExitCode, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
    this.details = details;
  }
}

/**
 * A usage error: a bad argument, option, period, breakdown or file (exit code 2).
 *
 * @example
 * ```ts
 * throw new UsageError(
 *   "invalid_period",
 *   'period "2024-Q5": expected 2024, 2024-H1, 2024-T1, 2024-Q1, 2024-03 or 2024-04-30',
 * );
 * ```
 */
export class UsageError extends VirtaError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, 2, details);
  }
}

/**
 * A data error: the rows cannot give a trustworthy result (exit code 1): a rejected row under strict
 * mode, a rejected share over the limit, a cell without a denominator.
 *
 * @example
 * ```ts
 * throw new DataError("missing_population", "no population row for organizer 14 in 2024");
 * ```
 */
export class DataError extends VirtaError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(code, message, 1, details);
  }
}
