import { DataError, UsageError } from "@virta/core";
import { describe, expect, it } from "vitest";
import { createValidator, validate, validateStream } from "@virta/concepts";
import { rowWith } from "../test-support/rows";

const good = (id: string) => rowWith("health_care_visit", { visit_id: id });
const bad = (id: string) => rowWith("health_care_visit", { visit_id: id, urgency: "?" });

async function collect<T>(stream: AsyncIterable<T[]>): Promise<T[][]> {
  const batches: T[][] = [];
  for await (const batch of stream) batches.push(batch);
  return batches;
}

describe("strict mode", () => {
  it("throws DataError rejected_row naming source, row, field and reason at the first rejected row", () => {
    let error: unknown;
    try {
      validate("health_care_visit", [good("a"), bad("b"), bad("c")], { strict: true, source: "visits.csv" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({
      code: "rejected_row",
      exitCode: 1,
      details: { row: 2, field: "urgency", reason: "not_in_list", source: "visits.csv" },
    });
    expect((error as Error).message).toContain("visits.csv row 2, field urgency");
  });
});

describe("F14 rejected share", () => {
  it("exactly the limit does not trip: 2 of 4 rejected = 0.5", () => {
    expect(validate("health_care_visit", [good("a"), bad("b"), good("c"), bad("d")]).summary.rows_rejected).toBe(2);
  });

  it("strictly greater trips: 3 of 4 rejected > 0.5 throws rejected_share_exceeded with the summary", () => {
    expect(() =>
      validate("health_care_visit", [good("a"), bad("b"), bad("c"), bad("d")], { source: "v.csv" }),
    ).toThrowError(
      expect.objectContaining({
        code: "rejected_share_exceeded",
        exitCode: 1,
        details: expect.objectContaining({ share: 0.75, limit: 0.5 }),
      }),
    );
  });

  it("a limit of 1 allows anything; a limit of 0 refuses any rejection; an empty table never trips", () => {
    expect(validate("health_care_visit", [bad("a")], { maxRejectedShare: 1 }).summary.rows_rejected).toBe(1);
    expect(() => validate("health_care_visit", [good("a"), bad("b")], { maxRejectedShare: 0 })).toThrow(DataError);
    expect(validate("health_care_visit", [], { maxRejectedShare: 0 }).summary).toEqual({
      rows_read: 0,
      rows_valid: 0,
      rows_rejected: 0,
      rejected_by_reason: {},
      warnings: [],
    });
  });

  it("a bad option is a UsageError naming it", () => {
    expect(() => validate("health_care_visit", [], { maxRejectedShare: 1.5 })).toThrowError(
      expect.objectContaining({ code: "invalid_option", exitCode: 2 }),
    );
    expect(() => validate("health_care_visit", [], { dates: "utc" as never })).toThrow(UsageError);
  });
});

describe("unknown concepts and columns", () => {
  it("an unknown concept is UsageError unknown_concept listing the names", () => {
    expect(() => createValidator("visits")).toThrowError(
      /unknown concept "visits": expected one of health_care_visit, specialised_care_referral/,
    );
  });

  it("one warning per unknown extra column, however many rows have it", () => {
    const rows = [1, 2, 3].map((n) => ({ ...good(`v${n}`), notes: "x", extra: n }));
    const { summary, valid } = validate("health_care_visit", rows, { source: "v.csv" });
    expect(summary.warnings).toEqual([
      'v.csv: unknown column "notes" is ignored (not a field of health_care_visit)',
      'v.csv: unknown column "extra" is ignored (not a field of health_care_visit)',
    ]);
    expect(valid[0]).not.toHaveProperty("notes");
  });

  it("rejected_by_reason lists reasons in F8 order, zero counts omitted", () => {
    const { summary } = validate(
      "health_care_visit",
      [good("a"), good("a"), bad("b"), rowWith("health_care_visit", { visit_id: "c", visit_date: "" })],
      { maxRejectedShare: 1 },
    );
    expect(Object.entries(summary.rejected_by_reason)).toEqual([
      ["missing", 1],
      ["not_in_list", 1],
      ["duplicate_id", 1],
    ]);
  });

  it("a row that is not an object is rejected invalid_format, not thrown", () => {
    const { rejections } = validate("population", [42, null], { maxRejectedShare: 1 });
    expect(rejections.map((r) => [r.row, r.reason])).toEqual([
      [1, "invalid_format"],
      [2, "invalid_format"],
    ]);
  });
});

describe("validateStream", () => {
  it("yields one batch per input batch, numbers rows across batches, and gives the summary at the end", async () => {
    async function* source() {
      yield [good("a"), bad("b")];
      yield [];
      yield [good("a"), good("c")];
    }
    const stream = validateStream("health_care_visit", source(), { source: "v.ndjson", maxRejectedShare: 1 });
    expect(() => stream.summary()).toThrowError(expect.objectContaining({ code: "stream_not_finished" }));
    const batches = await collect(stream);
    expect(batches.map((batch) => batch.map((row) => row.visit_id))).toEqual([["a"], ["c"]]);
    expect(stream.rejections.map((r) => [r.row, r.reason])).toEqual([
      [2, "not_in_list"],
      [3, "duplicate_id"],
    ]);
    expect(stream.summary()).toMatchObject({ rows_read: 4, rows_valid: 2, rows_rejected: 2 });
  });

  it("groups single rows into batches of batchSize", async () => {
    const rows = Array.from({ length: 5 }, (_, n) => good(`v${n}`));
    const batches = await collect(validateStream("health_care_visit", rows, { batchSize: 2, dates: "day" }));
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    expect(batches[0]![0]!.visit_date).toBe(19797);
  });

  it("throws rejected_share_exceeded after the last batch when the share is over the limit", async () => {
    const stream = validateStream("health_care_visit", [[good("a"), bad("b"), bad("c")]]);
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of stream) seen.push(batch.length);
    }).rejects.toMatchObject({ code: "rejected_share_exceeded" });
    expect(seen).toEqual([1]);
  });

  it("can be read once", async () => {
    const stream = validateStream("population", [rowWith("population")]);
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrowError(expect.objectContaining({ code: "stream_already_read" }));
  });

  it("keeps constant memory for rejections: the first keepRejections kept, all counted, all sent on", async () => {
    const seen: number[] = [];
    const rows = Array.from({ length: 50 }, (_, n) => bad(`v${n}`));
    const stream = validateStream("health_care_visit", rows, {
      keepRejections: 3,
      maxRejectedShare: 1,
      onRejection: (r) => seen.push(r.row),
    });
    await collect(stream);
    expect(stream.rejections.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(seen).toHaveLength(50);
    expect(stream.summary().rejected_by_reason).toEqual({ not_in_list: 50 });
  });
});
