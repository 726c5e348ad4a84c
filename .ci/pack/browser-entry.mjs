// Browser consumer of the packed tarballs, bundled by esbuild for the browser. It runs the example on
// load (rows and the codegen flag come from rows.js, served beside it), not from the test driver's
// evaluate calls, which Chromium exempts from the page's CSP, and leaves the outcome in window.virtaOutcome.
import { catalogue, compute, primaryCareWithin14Days, validate } from "@virta/indicators";

const violations = [];
document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));

async function example(rows, codegen) {
  const flag = codegen === undefined ? {} : { codegen };
  const options = { data: { health_care_visit: rows }, period: "2024", by: ["organizer"], ...flag };
  const result = await compute(primaryCareWithin14Days, options);
  const again = await compute(primaryCareWithin14Days, options);
  const valid = validate("health_care_visit", rows, flag).summary.rows_valid;
  await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are dispatched as tasks
  return {
    rows: result.rows,
    same: JSON.stringify(again.rows) === JSON.stringify(result.rows),
    input: result.input.health_care_visit,
    indicators: catalogue.list().length,
    valid,
    violations: [...violations],
  };
}

example(window.virtaRows, window.virtaCodegen).then(
  (outcome) => {
    window.virtaOutcome = outcome;
  },
  (error) => {
    window.virtaOutcome = { error: String(error?.stack ?? error) };
  },
);
