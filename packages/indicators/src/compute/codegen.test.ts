/**
 * Code generation under a strict Content-Security-Policy (issue 17): a host without `unsafe-eval`
 * refuses `new Function`. Simulated here by replacing the global `Function` with one that counts and
 * refuses construction. Expected: `codegen: false` never tries (no probe), the default probes at most
 * once per process (this file's module instances are fresh), and every variant gives the same rows:
 * waits 14, 15, 0, 3, 20 days and one urgent visit → 3 of 5 within 14 days = 60.0 %.
 */
import { afterEach, describe, expect, it } from "vitest";
import { compute } from "./compute";
import { primaryCareWithin14Days } from "../availability/primary-care-within-14-days/definition";

function visit(id: string, needAssessment: string, visitDate: string, urgency = "non_urgent") {
  return {
    visit_id: id,
    client_id: `c-${id}`,
    birth_date: "1980-06-15",
    sex: "female",
    municipality_code: "167",
    service_branch: "primary_care",
    professional_group: "nurse",
    urgency,
    contact_mode: "in_person",
    need_assessment_date: needAssessment,
    visit_date: visitDate,
  };
}
const rows = [
  visit("v1", "2024-03-01", "2024-03-15"),
  visit("v2", "2024-03-01", "2024-03-16"),
  visit("v3", "2024-05-02", "2024-05-02"),
  visit("v4", "2024-06-01", "2024-06-04"),
  visit("v5", "2024-07-01", "2024-07-21"),
  visit("v6", "2024-07-01", "2024-07-02", "urgent"),
];
const expectedRows = [{ organizer: "14", numerator: 3, denominator: 5, value: 60, suppressed: false }];

const realFunction = globalThis.Function;
/** Replaces `Function` with a refusing one (like a CSP without unsafe-eval); returns the attempt count. */
function refuseCodeGeneration(): { attempts: number } {
  const counter = { attempts: 0 };
  globalThis.Function = new Proxy(realFunction, {
    construct() {
      counter.attempts += 1;
      throw new EvalError("Refused to evaluate a string as JavaScript (simulated CSP)");
    },
    apply() {
      counter.attempts += 1;
      throw new EvalError("Refused to evaluate a string as JavaScript (simulated CSP)");
    },
  });
  return counter;
}
afterEach(() => {
  globalThis.Function = realFunction;
});

const request = (codegen?: boolean) => ({
  data: { health_care_visit: rows },
  period: "2024",
  by: ["organizer"],
  ...(codegen === undefined ? {} : { codegen }),
});

describe("code generation and CSP", () => {
  it("codegen: false never attempts new Function (no probe) and gives the same rows", async () => {
    const csp = refuseCodeGeneration();
    const result = await compute(primaryCareWithin14Days, request(false));
    expect(result.rows).toEqual(expectedRows);
    expect(csp.attempts).toBe(0);
  });

  it("by default a refused new Function is tried once per process, not per call or per generator", async () => {
    const csp = refuseCodeGeneration();
    const first = await compute(primaryCareWithin14Days, request());
    const second = await compute(primaryCareWithin14Days, request());
    expect(first.rows).toEqual(expectedRows);
    expect(second.rows).toEqual(expectedRows);
    expect(csp.attempts).toBe(1);
  });
});

describe("onRejection (the workbench's one validation)", () => {
  it("passes every rejected row to the callback, counted once in the accounting, same rows", async () => {
    const seen: Array<{ row: number; field: string; reason: string }> = [];
    const bad = visit("v7", "2024-08-10", "2024-08-01");
    const result = await compute(primaryCareWithin14Days, {
      ...request(false),
      data: { health_care_visit: [...rows, bad, visit("v1", "2024-09-01", "2024-09-02")] },
      maxRejectedShare: 1,
      onRejection: (rejection) => seen.push({ row: rejection.row, field: rejection.field, reason: rejection.reason }),
    });
    expect(result.rows).toEqual(expectedRows);
    expect(seen).toEqual([
      { row: 7, field: "visit_date", reason: "visit_before_assessment" },
      { row: 8, field: "visit_id", reason: "duplicate_id" },
    ]);
    expect(result.input.health_care_visit!.rows_rejected).toBe(2);
    expect(result.input.health_care_visit!.rejected_by_reason).toEqual({ visit_before_assessment: 1, duplicate_id: 1 });
  });
});
