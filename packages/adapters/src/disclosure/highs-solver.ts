/**
 * The LP solver of the disclosure audit (fine-print F35): HiGHS (the solver SciPy and others use),
 * compiled to WebAssembly by the `highs` package; the `.wasm` ships inside the package, so it works
 * offline, and is loaded on the first `highsSolver()` call. One persistent HiGHS model per prepared
 * program: the constraints are loaded once and only the objective changes between the min and max of
 * each protected count (warm-started simplex).
 */
import type { LinearOutcome, LinearProgram, LinearSolver } from "@virta/core";
import type highsLoader from "highs";

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loading: Promise<Highs> | undefined;

/**
 * A {@link LinearSolver} backed by HiGHS. The WebAssembly module is loaded once per process.
 *
 * @example
 * ```ts
 * const solver = await highsSolver();
 * const optimise = solver.prepare({
 *   names: ["x"], lower: [0], upper: [null], rows: [{ terms: [[0, 1]], lower: null, upper: 4 }],
 * });
 * optimise([[0, 1]], "max"); // { status: "optimal", value: 4 }
 * ```
 */
export async function highsSolver(): Promise<LinearSolver> {
  // Imported here, not at the top: only `publish` and `audit` solve, and the 170 KB loader would
  // otherwise be parsed by every command that loads @virta/adapters (issue 14: a quick CLI).
  loading ??= import("highs").then(({ default: load }) => load());
  const highs = await loading;
  const inf = highs.infinity;
  let previous: { dispose(): void } | undefined;
  return {
    name: "HiGHS (highs 1.15.3, WebAssembly)",
    prepare(program: LinearProgram) {
      previous?.dispose();
      const model = highs.createModel();
      previous = model;
      model.options.set({ output_flag: false, presolve: "off" });
      program.names.forEach((_, column) => {
        model.addVar(program.lower[column] ?? -inf, program.upper[column] ?? inf);
      });
      for (const row of program.rows) {
        model.addRow(row.lower ?? -inf, row.upper ?? inf, {
          indices: row.terms.map(([column]) => column),
          values: row.terms.map(([, coefficient]) => coefficient),
        });
      }
      let costs: number[] = [];
      return (objective, sense): LinearOutcome => {
        for (const column of costs) model.changeColCost(column, 0);
        costs = objective.map(([column]) => column);
        for (const [column, coefficient] of objective) model.changeColCost(column, coefficient);
        model.changeObjectiveSense(
          sense === "min" ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
        );
        if (program.names.length === 0) return { status: "optimal", value: 0 };
        model.run();
        const status = model.getModelStatus();
        const codes = highs.constants.modelStatus;
        if (status === codes.optimal) return { status: "optimal", value: model.getObjectiveValue() };
        if (status === codes.unbounded || status === codes.unboundedOrInfeasible) return { status: "unbounded" };
        if (status === codes.infeasible) return { status: "infeasible" };
        throw new Error(`HiGHS stopped with model status ${status} on the disclosure audit's program`);
      };
    },
  };
}
