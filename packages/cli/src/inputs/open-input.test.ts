/** Tests of `openInput`: the rows reach `compute` as cell arrays with record numbers (F9) and iterate as objects. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compute, isArrayTable, primaryCareWithin14Days } from "@virta/indicators";
import { memoryIo } from "../cli/io";
import { openInput } from "./open-input";

const HEADER =
  "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency,contact_mode,need_assessment_date,visit_date";
const line = (id: string, visit: string) =>
  `${id},c-1,1980-06-15,female,167,primary_care,nurse,non_urgent,in_person,2024-03-01,${visit}`;

let folder: string;
let file: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "virta-open-input-"));
  file = join(folder, "visits.csv");
  // Record 2 spans lines 3–4 (a quoted newline in visit_id) and an empty line follows: record 3 starts on line 6.
  await writeFile(
    file,
    `${HEADER}\n${line("v1", "2024-03-15")}\n${line('"v\n2"', "2024-03-16")}\n\n${line("v3", "2024-02-30")}\n`,
  );
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("openInput", () => {
  it("gives compute a table of cell arrays whose rejections name the record, not the line (F9)", async () => {
    const { rows } = await openInput("health_care_visit", file, memoryIo(false));
    expect(isArrayTable(rows)).toBe(true);
    expect(rows.columns).toEqual(HEADER.split(","));
    const batches = [];
    for await (const batch of rows.batches) batches.push(batch);
    expect(batches.map((batch) => batch.records)).toEqual([[1, 2, 3]]);
    expect(batches[0]!.values[1]![0]).toBe("v\n2");

    const error = await compute(primaryCareWithin14Days, {
      period: "2024",
      strict: true,
      data: { health_care_visit: rows },
    }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^health_care_visit row 3, field visit_date: /);
  });

  it("iterates as batches of row objects for direct readers (virta validate)", async () => {
    const { rows } = await openInput("health_care_visit", file, memoryIo(false));
    const objects: Record<string, unknown>[] = [];
    for await (const batch of rows) objects.push(...batch);
    expect(objects.map((row) => row.visit_id)).toEqual(["v1", "v\n2", "v3"]);
    expect(objects[2]!.visit_date).toBe("2024-02-30");
  });
});
