/**
 * The CSV reader's worker path (issue 14) against `CsvScanner`'s (fine-print F1, F4, F9, F29): on
 * every input the two give the same cells (day numbers where the old path gives them, the same text
 * elsewhere), the same record numbers, and the same error message, whatever the batch size.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCsvTable } from "../csv-reader";
import { tempFolder } from "../test-support/temp-files";
import { estimatedRows } from "./worker-batches";
import { csvWorkerFile } from "./worker-start";

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => void (folder = await tempFolder()));
afterAll(() => folder.remove());

const DAY_COLUMNS = ["birth_date", "visit_date"];

/** Every row as `[record, ...cells]` (cells as read: numbers, text or absent), or the error's message. */
async function readAll(
  path: string,
  batchSize: number,
  worker: "always" | "never",
): Promise<{ rows: unknown[][]; error: string | null; scanned: number }> {
  const rows: unknown[][] = [];
  let scanned = 0; // rows of batches with dictionary codes: those the worker scanned
  try {
    const table = await openCsvTable(path, `file "${path}"`, batchSize, DAY_COLUMNS, worker);
    for await (const batch of table.batches()) {
      expect(batch.length).toBeLessThanOrEqual(batchSize);
      if (batch.dictionaries?.some((dictionary) => dictionary)) scanned += batch.length;
      for (let row = 0; row < batch.length; row++) {
        const cells: unknown[] = [batch.records[row]];
        batch.columns.forEach((column, index) => {
          const dictionary = batch.dictionaries?.[index];
          // A dictionary's code names the same text as the cell (ColumnBatch's contract).
          if (dictionary) expect(dictionary.values[dictionary.codes[row]!]).toBe(column[row]);
          // A date-time read as its day number comes with its text (ColumnBatch.cellText).
          const given = batch.cellText?.(index, row);
          cells.push(given === undefined ? column[row] : { day: column[row], given });
        });
        rows.push(cells);
      }
    }
    return { rows, error: null, scanned };
  } catch (error) {
    return { rows, error: (error as Error).message, scanned };
  }
}

/** Reads `text` both ways and expects the same rows and error. */
async function expectSame(
  name: string,
  text: string | Uint8Array,
  batchSize = 3,
): Promise<{ rows: unknown[][]; scanned: number }> {
  const path = await folder.write(name, text);
  const worker = await readAll(path, batchSize, "always");
  const scanner = await readAll(path, batchSize, "never");
  expect(scanner.scanned).toBe(0);
  expect(worker.error).toBe(scanner.error);
  if (scanner.error === null) expect(worker.rows).toEqual(scanner.rows);
  return worker;
}

const HEADER = "visit_id,birth_date,sex,visit_date,note";

describe("the CSV worker (issue 14)", () => {
  it("is built (the tests run after pnpm build)", () => {
    expect(csvWorkerFile()).toMatch(/csv-worker\.cjs$/);
  });

  it("gives day numbers and text as CsvScanner does (F4), with record numbers (F9)", async () => {
    const { rows, scanned } = await expectSame(
      "plain.csv",
      `${HEADER}\nv1,1950-02-28,female,2024-01-05,a\nv2,,male,2024-13-01,b\n\nv3,1950-2-1,male,2024-01-05T10:00,\n`,
    );
    expect(rows).toEqual([
      [1, "v1", -7247, "female", 19727, "a"],
      [2, "v2", "", "male", "2024-13-01", "b"],
      [3, "v3", "1950-2-1", "male", "2024-01-05T10:00", ""],
    ]);
    expect(scanned).toBe(3);
  });

  it("takes BOM, CRLF, empty lines, short records and a last line without LF as CsvScanner (F1, F29)", async () => {
    await expectSame("crlf.csv", `\uFEFF\r\n\n${HEADER}\r\nv1,1950-02-28,f\r\n\r\nv2\r\nv3,,,2024-02-29,x\r\n`);
    await expectSame("no-lf.csv", `${HEADER}\nv1,1950-02-28,f,2024-02-29,x`);
    await expectSame("cr-only.csv", `${HEADER}\nv1,1950-02-28\r,f\r,2024-02-29\r\n\r\r\n`);
    await expectSame("header-only.csv", `${HEADER}\n`);
    await expectSame("cr-at-end.csv", `${HEADER}\nv1\r`);
    await expectSame("cr-line-at-end.csv", `${HEADER}\nv1\n\r`);
    await expectSame("header-no-lf.csv", HEADER);
  });

  it("takes quoted fields on one line; a line break or a doubled quote inside quotes goes to CsvScanner", async () => {
    const quoted = await expectSame(
      "quoted.csv",
      `"visit_id","birth_date",sex,"visit_date",note\n"v1","1950-02-28",f,"2024-01-01","a,b"\r\n` +
        `v2,"",m,2024-01-01 ,"x"\nv3,1950-02-28,f,2024-01-01,5" disk\n`,
      2,
    );
    expect(quoted.rows).toEqual([
      [1, "v1", -7247, "f", 19723, "a,b"],
      [2, "v2", "", "m", "2024-01-01 ", "x"],
      [3, "v3", -7247, "f", 19723, '5" disk'],
    ]);
    expect(quoted.scanned).toBe(3);
    const { rows, scanned } = await expectSame(
      "quoted-lines.csv",
      `${HEADER}\nv1,1950-02-28,f,2024-01-01,a\nv2,1950-02-28,f,2024-01-01,"two\nlines"\nv3,,m,,x\n`,
      1,
    );
    expect(rows.map((row) => row[5])).toEqual(["a", "two\nlines", "x"]);
    expect(scanned).toBe(1); // the worker's first record, then CsvScanner's from the quoted one
    const doubled = await expectSame("doubled.csv", `${HEADER}\nv1,,,,"say ""hi"""\nv2,,,,b\n`);
    expect(doubled.rows.map((row) => row[5])).toEqual(['say "hi"', "b"]);
    expect(doubled.scanned).toBe(0);
    const header = await expectSame("quoted-header.csv", `"visit_id","a ""b""",x\nv1,1950-02-28\n`);
    expect(header.scanned).toBe(1);
    const broken = await expectSame("broken-header.csv", `"visit_\nid",birth_date\nv1,1950-02-28\n`);
    expect(broken.scanned).toBe(0);
  });

  it("finds a quoted field's end wherever it falls in a word (a quote, CR or LF; cells of 0–20 bytes)", async () => {
    const lines = [HEADER];
    const texts = Array.from({ length: 21 }, (_, length) => "abcdefghijklmnopqrstu".slice(0, length));
    for (const text of texts) lines.push(`"${text}",,"${text.slice(0, 1)}",,"${text}"`);
    const { rows, scanned } = await expectSame("quote-ends.csv", `${lines.join("\n")}\n`, 4);
    expect(scanned).toBe(21); // every record taken by the worker
    expect(rows[3]).toEqual([4, "abc", "", "a", "", "abc"]);
    expect(rows[20]).toEqual([21, texts[20], "", "a", "", texts[20]]);
    for (const text of texts) {
      // A CR or a LF inside quotes, at each place in a word: CsvScanner reads the record.
      const inside = await expectSame("quote-cr.csv", `${HEADER}\nv,,f,,"${text}\r${text}"\n`);
      expect([inside.scanned, inside.rows[0]![5]]).toEqual([0, `${text}\r${text}`]);
      await expectSame("quote-open.csv", `${HEADER}\nv,,f,,"${text}`); // not closed: CsvScanner's error
    }
  });

  it("reads date-times (F4) as the day numbers of their dates in Finland, with their texts", async () => {
    const lines = [
      HEADER,
      "v1,1950-02-28T23:59:59,f,2024-03-31T23:30:00Z,a",
      'v2,"1950-02-28 00:00:00.5",f,"2024-01-15T22:00:00+0000",b',
      "v3,1950-02-28t12:00:00z,f,2024-01-15T23:30:00-05:00\r",
      "v4,1950-02-28T24:00:00,f,2024-03-31T23:30,c",
      "v5,0001-01-01T00:30:00+03:00,f,9999-12-31T23:00:00-05:00,d",
      "v6, 1950-02-28T23:59:59,f,,e",
    ];
    const { rows, scanned } = await expectSame("date-times.csv", `${lines.join("\n")}\n`, 4);
    expect(scanned).toBe(6);
    expect(rows).toEqual([
      [1, "v1", { day: -7247, given: "1950-02-28T23:59:59" }, "f", { day: 19814, given: "2024-03-31T23:30:00Z" }, "a"],
      [
        2,
        "v2",
        { day: -7247, given: "1950-02-28 00:00:00.5" },
        "f",
        { day: 19738, given: "2024-01-15T22:00:00+0000" },
        "b",
      ],
      [
        3,
        "v3",
        { day: -7247, given: "1950-02-28t12:00:00z" },
        "f",
        { day: 19738, given: "2024-01-15T23:30:00-05:00" },
        undefined,
      ],
      // Not date-times (no hour 24, seconds required), or days outside years 0001–9999 (F34): text.
      [4, "v4", "1950-02-28T24:00:00", "f", "2024-03-31T23:30", "c"],
      [5, "v5", "0001-01-01T00:30:00+03:00", "f", "9999-12-31T23:00:00-05:00", "d"],
      [6, "v6", " 1950-02-28T23:59:59", "f", "", "e"],
    ]);
  });

  it("gives the errors CsvScanner gives: too many fields, an unclosed quote, bytes that are not UTF-8", async () => {
    const wide = await readAll(await folder.write("wide.csv", `${HEADER}\nv1,,,,\nv2,,,,,extra\n`), 2, "always");
    expect(wide.error).toMatch(/record 2/);
    await expectSame("wide-2.csv", `${HEADER}\nv1,,,,\nv2,,,,,extra\n`);
    await expectSame("unclosed.csv", `${HEADER}\nv1,,,,\nv2,,,,"open\nv3\n`);
    const latin1 = Buffer.concat([Buffer.from(`${HEADER}\nv1,,,,ok\nv2,,,,`), Buffer.from([0xe4]), Buffer.from("\n")]);
    await expectSame("latin1.csv", latin1);
  });

  it("reads non-ASCII text and semicolon files", async () => {
    const { rows } = await expectSame(
      "finnish.csv",
      `${HEADER.replaceAll(",", ";")}\nv1;;nainen;2024-01-05;Ääkkösiä ja 𝔘\n`,
    );
    expect(rows[0]).toEqual([1, "v1", "", "nainen", 19727, "Ääkkösiä ja 𝔘"]);
  });

  it("agrees with CsvScanner on generated files, whatever the batch size", async () => {
    const cell = fc.constantFrom(
      "",
      "a",
      "v12",
      "female",
      "2024-02-29",
      "2023-02-29",
      "0001-01-01",
      "0000-12-31",
      "1899-12-31",
      "2156-01-01",
      "9999-12-31",
      "2024-1-01",
      "2024-19-01",
      "2024-01-39",
      "2024-02-30",
      "1900-01-01",
      "2155-12-31",
      "2024-0ä-1",
      "2O24-01-01",
      "2024-01-01 ",
      "ä",
      "abcdefghijklmn",
      "abcdefghijkl",
      "2024-03-31T23:30:00Z",
      '"2024-01-15 22:00:00.25+02:00"',
      "2024-02-30T00:00:00",
      '"q"',
      '"2024-02-29"',
      '""',
      '"a,b"',
      '"a""b"',
      '"x"y',
      'a"b',
      '"open',
      "x\r",
    );
    const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(","));
    const file = fc.record({
      lines: fc.array(line, { maxLength: 12 }),
      newline: fc.constantFrom("\n", "\r\n"),
      finalNewline: fc.boolean(),
      batchSize: fc.integer({ min: 1, max: 5 }),
    });
    let count = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ lines, newline, finalNewline, batchSize }) => {
        const text = [HEADER, ...lines].join(newline) + (finalNewline ? newline : "");
        await expectSame(`generated-${count++}.csv`, text, batchSize);
      }),
      { numRuns: 60 },
    );
  });

  it("reads every day of 1899–2156 and every month 00–19 and day 00–39 spelling as scanDate does (F4)", async () => {
    const lines = [HEADER];
    for (let day = Date.UTC(1899, 0, 1); day <= Date.UTC(2156, 11, 31); day += 86_400_000)
      lines.push(`v,${new Date(day).toISOString().slice(0, 10)},f,,`);
    for (let month = 0; month < 20; month++)
      for (let day = 0; day < 40; day++)
        lines.push(`v,,f,2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")},`);
    const { rows, scanned } = await expectSame("every-day.csv", `${lines.join("\n")}\n`, 4_096);
    expect(scanned).toBe(rows.length);
    expect(rows[0]![2]).toBe(-25_932); // 1899-01-01
    expect(rows.filter((row) => typeof row[4] === "number").length).toBe(366); // the days of 2024
  });

  it("reads files larger than its buffer, with identifiers past the dictionary limit", async () => {
    const lines = [HEADER];
    for (let row = 0; row < 100_000; row++) {
      const day = String(1 + (row % 28)).padStart(2, "0");
      const note = row % 997 === 0 ? "Ääkköset" : `note-${row % 50}-${"x".repeat(row % 40)}`;
      lines.push(
        `v${row},19${String(row % 100).padStart(2, "0")}-03-${day},${row % 3 ? "f" : "m"},2024-02-${day},${note}`,
      );
    }
    const text = `${lines.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(4 << 20);
    const { rows, scanned } = await expectSame("large.csv", text, 1_000);
    expect(rows.length).toBe(100_000);
    expect(scanned).toBe(100_000);
    // Row 99 999: day 12, birth year 1999, 99 999 % 3 = 0 (m), note 49 with 39 x (1999-03-12 is day 10 662).
    expect(rows[99_999]).toEqual([100_000, "v99999", 10_662, "m", 19_765, `note-49-${"x".repeat(39)}`]);
  });

  it("cuts an ASCII batch's cells from pieces of its bytes: identifiers of 0–20 bytes, other day cells", async () => {
    // Posted batches of ≈ 8 192 rows span many 16 KiB pieces; cells of up to 12 bytes are cut from a piece.
    const lines = [HEADER];
    for (let row = 0; row < 30_000; row++) {
      const id = `${"i".repeat(row % 21)}${row}`; // 5–25 bytes
      const birth = row % 11 === 0 ? "unknown" : row % 17 === 0 ? "1990-05-06T23:30:00Z" : "1990-05-06";
      lines.push(`${row % 23 === 0 ? "" : id},${birth},f,2024-02-01,n${row}`);
    }
    const { rows, scanned } = await expectSame("pieces.csv", `${lines.join("\n")}\n`, 1_024);
    expect(scanned).toBe(30_000);
    // Row 29 999: 29 999 % 21 = 11 (16 bytes: decoded on its own), % 11 = 2 and % 17 = 11 (a plain date).
    expect(rows[29_999]).toEqual([30_000, "iiiiiiiiiii29999", 7_430, "f", 19_754, "n29999"]);
    expect(rows[29_995]![1]).toBe("iiiiiii29995"); // 29 995 % 21 = 7: 12 bytes, cut from a piece
    expect(rows[29_997]![2]).toBe("unknown"); // 29 997 % 11 = 0: a day column's text cell
  });

  it("reads quoted CRLF `;` files across its 4 MiB buffers as CsvScanner does", async () => {
    const lines = [HEADER.replaceAll(",", ";")];
    for (let row = 0; row < 120_000; row++) {
      const day = String(1 + (row % 28)).padStart(2, "0");
      const note = row % 13 === 0 ? `"a;b ${"ä".repeat(row % 7)}"` : `"n${row % 9}"`;
      lines.push(`"v${row}";"1960-01-${day}";${row % 2 ? '"f"' : "m"};2024-03-${day};${note}`);
    }
    const text = `\uFEFF${lines.join("\r\n")}\r\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 << 20);
    const { rows, scanned } = await expectSame("quoted-large.csv", text, 1_024);
    expect(scanned).toBe(120_000);
    // Row 119 999: % 28 = 19 (day 20: 1960-01-20 is day −3 634), odd (f), % 13 = 9 (not 0: "n"), % 9 = 2.
    expect(rows[119_999]).toEqual([120_000, "v119999", -3_634, "f", 19_802, "n2"]);
  });

  it("keeps every batch's cells when it reads on past its ring (batches kept, read after the file)", async () => {
    // 180 000 rows of ≈ 110 bytes: ≈ 20 MB, more than the ring's four 4 MiB slots (`ring.ts`), so the
    // worker reads again into the bytes of batches taken before; their cells must not change.
    const lines = [HEADER];
    for (let row = 0; row < 180_000; row++) {
      const birth = row % 101 === 0 ? "1990-05-06T23:30:00Z" : row % 103 === 0 ? "unknown" : "1990-05-06";
      const id = row % 2 === 0 ? `v${row}` : `visit-${String(row).padStart(12, "0")}`; // cut, or decoded alone
      lines.push(`${id},${birth},f,2024-02-01,${"n".repeat(60)}${row % 9}-${"x".repeat(row % 20)}`);
    }
    const text = `${lines.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(16 << 20);
    const path = await folder.write("past-ring.csv", text);
    const table = await openCsvTable(path, `file "${path}"`, 4_096, DAY_COLUMNS, "always");
    const kept = [];
    for await (const batch of table.batches()) kept.push(batch);
    const rows = kept.flatMap((batch) =>
      Array.from({ length: batch.length }, (_, row) => [
        batch.records[row],
        ...batch.columns.map((column, index) => batch.cellText?.(index, row) ?? column[row]),
      ]),
    );
    expect(rows.length).toBe(180_000);
    const scanner = await readAll(path, 4_096, "never");
    const plain = scanner.rows.map((cells) =>
      cells.map((cell) => (typeof cell === "object" && cell !== null && "given" in cell ? cell.given : cell)),
    );
    expect(rows).toEqual(plain);
    // Row 179 982: 179 982 % 101 = 0 (a date-time, its text kept), even (a short id).
    expect(rows[179_982]!.slice(0, 3)).toEqual([179_983, "v179982", "1990-05-06T23:30:00Z"]);
  });

  it("hands a line longer than a ring slot back to CsvScanner, which names it", async () => {
    const lines = [HEADER];
    for (let row = 0; row < 60_000; row++) lines.push(`v${row},1950-01-01,f,2024-01-01,note-${row % 7}`);
    lines.push(`v60000,1950-01-01,f,2024-01-01,${"x".repeat(5 << 20)}`); // 5 MiB: over a 4 MiB slot
    lines.push("v60001,1950-01-01,f,2024-01-01,last");
    const path = await folder.write("long-line.csv", `${lines.join("\n")}\n`);
    const worker = await readAll(path, 4_096, "always");
    const scanner = await readAll(path, 4_096, "never");
    // The same error, naming the long record; the batches before it (as many as each path had yielded
    // when it threw) hold the same rows.
    expect(worker.error).toBe(scanner.error);
    expect(worker.error).toContain("record 60001 (line 60002): the record runs over 4 Mi characters");
    const common = Math.min(worker.rows.length, scanner.rows.length);
    expect(common).toBeGreaterThan(40_000);
    expect(worker.rows.slice(0, common)).toEqual(scanner.rows.slice(0, common));
    expect(worker.scanned).toBeGreaterThan(0);
  });

  it("does not keep the process alive when a reader is dropped after its first batch", async () => {
    const lines = [HEADER];
    for (let row = 0; row < 120_000; row++) lines.push(`v${row},1950-01-01,f,2024-01-01,note-${row % 7}`);
    const path = await folder.write("dropped.csv", `${lines.join("\n")}\n`);
    const bundle = pathToFileURL(join(dirname(csvWorkerFile()!), "index.js")).href;
    const script = `
      const { readTable } = await import(${JSON.stringify(bundle)});
      const table = await readTable(${JSON.stringify(path)}, { dayColumns: ["visit_date"] });
      const first = await table.batches()[Symbol.asyncIterator]().next();
      console.log(first.value.length, first.value.dictionaries.filter(Boolean).length);`;
    const file = await folder.write("drop.mjs", script);
    const child = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 10_000 });
    expect(child.stderr).toBe("");
    expect(child.stdout).toBe("1024 4\n"); // read by the worker: the four columns but the day column as codes
    expect(child.status).toBe(0);
  });
});

describe("sourceRows: the file's rows estimated from its size (a sizing hint for the key table)", () => {
  it("gives every batch one estimate, within a few per cent of the rows a regular file has", async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `v${index},c${index % 977},2024-03-0${1 + (index % 9)}`);
    const path = await folder.write("sized.csv", `visit_id,client_id,visit_date\n${lines.join("\n")}\n`);
    const table = await openCsvTable(path, "sized", 1024, DAY_COLUMNS, "always");
    const estimates = new Set<number | undefined>();
    for await (const batch of table.batches()) estimates.add(batch.sourceRows);
    expect(estimates.size).toBe(1);
    const [estimate] = [...estimates] as number[];
    expect(Math.abs(estimate! - 20_000) / 20_000).toBeLessThan(0.05);
  });

  it("estimates from the bytes of the records read: 0 for a file whose size cannot be read", () => {
    expect(estimatedRows(join(dirname(folder.path), "no-such-file.csv"), 100, 1000)).toBe(0);
  });
});
