/** Tests of `openInput`: the records reach `compute` and `validate` as column batches with record numbers (F9). */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compute, primaryCareWithin14Days } from "@virta/indicators";
import { memoryIo } from "../cli/io";
import { openInput } from "./open-input";

const HEADER =
  "visit_id,client_id,birth_date,sex,municipality_code,service_branch,professional_group,urgency,contact_mode," +
  "need_assessment_date,visit_date";
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
  it("gives compute column batches whose rejections name the record, not the line (F9)", async () => {
    const input = await openInput("health_care_visit", file, memoryIo(false));
    expect(input.columns).toEqual(HEADER.split(","));
    const batches = [];
    for await (const batch of input.table.batches()) batches.push(batch);
    expect(batches.map((batch) => Array.from(batch.records))).toEqual([[1, 2, 3]]);
    expect(batches[0]!.names).toEqual(HEADER.split(","));
    expect(batches[0]!.columns[0]).toEqual(["v1", "v\n2", "v3"]);
    expect(batches[0]!.columns[10]![2]).toBe("2024-02-30");

    const error = await compute(primaryCareWithin14Days, {
      period: "2024",
      strict: true,
      data: { health_care_visit: input.table },
    }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^health_care_visit row 3, field visit_date: /);
  });
});
