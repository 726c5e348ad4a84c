/**
 * The linear programs of the disclosure audit (fine-print F35) as plain data, and the solver contract.
 * The core stays pure: a solver (HiGHS in `@virta/adapters`) is passed in, never imported here.
 */

/** One constraint row: `lower ≤ Σ coefficient·x ≤ upper` (null = no bound). */
export interface LinearRow {
  terms: Array<[column: number, coefficient: number]>;
  lower: number | null;
  upper: number | null;
}

/** A linear program without objective: column bounds and constraint rows. */
export interface LinearProgram {
  /** Column names (for messages and LP text), one per variable. */
  names: string[];
  lower: Array<number | null>;
  upper: Array<number | null>;
  rows: LinearRow[];
}

/** The outcome of one optimisation. */
export type LinearOutcome = { status: "optimal"; value: number } | { status: "unbounded" } | { status: "infeasible" };

/**
 * A linear-programming solver: `prepare` takes the constraints once and returns a function that
 * minimises or maximises a linear objective over them.
 *
 * @example
 * ```ts
 * const solver: LinearSolver = await highsSolver(); // from @virta/adapters
 * const optimise = solver.prepare(program);
 * optimise([[0, 1]], "max"); // { status: "optimal", value: 53 }
 * ```
 */
export interface LinearSolver {
  readonly name: string;
  prepare(program: LinearProgram): (objective: Array<[number, number]>, sense: "min" | "max") => LinearOutcome;
}
