/**
 * Structural mutations of real files for the fuzzing harness (issue 20): a CSV, JSON, NDJSON and
 * Parquet file of generated visit rows is truncated, cut by NUL bytes and random bytes, given CR-only
 * or mixed line ends, a double BOM, UTF-16 or Latin-1 encoding, a nesting 5 000 deep, a 1 MB field,
 * and run through `virta validate` and `virta compute` (in process, the CLI's own `run`). Asserted:
 * exit 0, 1 or 2 — never 70 —, one or two lines on stderr naming no personal identity code unmasked,
 * and the same stdout from every engine.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { memoryIo } from "../packages/cli/src/cli/io";
import { run } from "../packages/cli/src/cli/run";
import { generateRows } from "./cells";
import { FuzzFailure, unmaskedIdentityCodes } from "./harness";

const FIELDS = [
  "visit_id",
  "client_id",
  "birth_date",
  "sex",
  "municipality_code",
  "service_branch",
  "professional_group",
  "urgency",
  "contact_mode",
  "contact_date",
  "need_assessment_date",
  "visit_date",
];

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "[deep]"; // nested too deep to print: the deepNesting mutation puts such values into files
  }
}
const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const jsonSafe = (row: Record<string, unknown>): string => {
  try {
    return JSON.stringify(row, (_, value) => (typeof value === "bigint" ? value.toString() : value));
  } catch {
    return JSON.stringify(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)])));
  }
};

/** The base files (bytes) of one seed. */
function baseFiles(seed: number): Record<"csv" | "json" | "ndjson", Uint8Array> {
  const { rows } = generateRows("health_care_visit", 300, seed);
  const csv = [FIELDS.join(","), ...rows.map((row) => FIELDS.map((field) => csvCell(text(row[field]))).join(","))];
  const encoder = new TextEncoder();
  return {
    csv: encoder.encode(`${csv.join("\n")}\n`),
    json: encoder.encode(`[${rows.map(jsonSafe).join(",\n")}]`),
    ndjson: encoder.encode(`${rows.map(jsonSafe).join("\n")}\n`),
  };
}

type Mutation = (bytes: Uint8Array, at: number) => Uint8Array;
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
};
const ascii = (value: string) => new TextEncoder().encode(value);
const replaceAll = (bytes: Uint8Array, from: number, to: number[]) =>
  Uint8Array.from([...bytes].flatMap((byte) => (byte === from ? to : [byte])));

const MUTATIONS: Record<string, Mutation> = {
  truncate: (bytes, at) => bytes.slice(0, at),
  nul: (bytes, at) => concat(bytes.slice(0, at), Uint8Array.of(0), bytes.slice(at)),
  randomBytes: (bytes, at) => concat(bytes.slice(0, at), Uint8Array.of(0xff, 0xfe, 0x80, 0xc3, 0x28), bytes.slice(at)),
  flipByte: (bytes, at) => bytes.map((byte, index) => (index === at ? byte ^ 0x5a : byte)),
  crOnly: (bytes) => replaceAll(bytes, 10, [13]),
  crlf: (bytes) => replaceAll(bytes, 10, [13, 10]),
  doubleBom: (bytes) => concat(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), bytes),
  utf16: (bytes) => {
    const source = new TextDecoder().decode(bytes);
    const result = new Uint8Array(2 + source.length * 2);
    result.set([0xff, 0xfe]);
    for (let index = 0; index < source.length; index += 1) {
      result[2 + index * 2] = source.charCodeAt(index) & 0xff;
      result[3 + index * 2] = source.charCodeAt(index) >> 8;
    }
    return result;
  },
  latin1: (bytes) => Uint8Array.from(new TextDecoder().decode(bytes), (character) => character.charCodeAt(0) & 0xff),
  deepNesting: (bytes, at) =>
    concat(bytes.slice(0, at), ascii(`${"[".repeat(5000)}${"]".repeat(5000)}`), bytes.slice(at)),
  hugeField: (bytes, at) => concat(bytes.slice(0, at), ascii("x".repeat(1_000_000)), bytes.slice(at)),
  controlCharacters: (bytes, at) =>
    concat(bytes.slice(0, at), Uint8Array.of(1, 7, 8, 11, 12, 27, 127), bytes.slice(at)),
  empty: () => new Uint8Array(0),
};

async function parquetOf(csvPath: string, parquetPath: string): Promise<void> {
  const require = createRequire(join(process.cwd(), "packages/adapters/package.json"));
  const { DuckDBInstance } = await import(pathToFileURL(require.resolve("@duckdb/node-api")).href);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * REPLACE (TRY_CAST(visit_date AS DATE) AS visit_date) FROM read_csv('${csvPath}', all_varchar = ` +
      `true)) TO '${parquetPath}' (FORMAT parquet)`,
  );
  connection.closeSync();
}

/** What one run of file mutations did. */
export interface FileFuzzReport {
  seed: number;
  runs: number;
  exitCodes: Record<string, number>;
}

/**
 * Mutates the base files `mutationsPerFormat` times per format and runs each through the CLI.
 *
 * @example
 * ```ts
 * await fuzzFiles({ seed: 1, mutationsPerFormat: 4, engines: ["memory", "duckdb"] });
 * ```
 */
export async function fuzzFiles(options: {
  seed: number;
  mutationsPerFormat: number;
  engines: string[];
}): Promise<FileFuzzReport> {
  const { seed } = options;
  const folder = mkdtempSync(join(tmpdir(), "virta-fuzz-"));
  const report: FileFuzzReport = { seed, runs: 0, exitCodes: {} };
  const bases: Record<string, Uint8Array> = baseFiles(seed);
  const csvPath = join(folder, "base.csv");
  writeFileSync(csvPath, bases.csv!);
  const parquetPath = join(folder, "base.parquet");
  await parquetOf(csvPath, parquetPath);
  bases.parquet = new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(parquetPath)));
  const choices = fc.sample(
    fc.record({ mutation: fc.constantFrom(...Object.keys(MUTATIONS)), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    { seed, numRuns: options.mutationsPerFormat * 4 },
  );
  let index = 0;
  for (const format of ["csv", "json", "ndjson", "parquet"]) {
    for (let k = 0; k < options.mutationsPerFormat; k += 1, index += 1) {
      const { mutation, at } = choices[index]!;
      const base = bases[format]!;
      const bytes = MUTATIONS[mutation]!(base, Math.floor(at * base.length));
      const file = join(folder, `m${index}-${mutation}.${format}`);
      writeFileSync(file, bytes);
      const where = `fuzz seed ${seed}: ${mutation} of the ${format} file (reproduce: pnpm fuzz --seed ${seed})`;
      const argvs = [
        ["validate", "health_care_visit", file],
        ...options.engines.map((engine) => [
          "compute",
          "availability.primary_care.within_14_days",
          "--data",
          file,
          "--period",
          "2024",
          "--by",
          "organizer,age_group",
          "--max-rejected-share",
          "1",
          "--engine",
          engine,
        ]),
      ];
      const outputs: string[] = [];
      for (const argv of argvs) {
        const io = memoryIo();
        const code = await run(argv, io);
        report.runs += 1;
        report.exitCodes[code] = (report.exitCodes[code] ?? 0) + 1;
        const lines = io.stderr.split("\n").filter((line) => line !== "");
        if (![0, 1, 2].includes(code))
          throw new FuzzFailure(`${where}: ${argv[0]} exit ${code}: ${io.stderr.slice(0, 600)}`);
        if (argv[0] === "compute" && lines.length > 2)
          throw new FuzzFailure(`${where}: compute wrote ${lines.length} lines on stderr: ${io.stderr.slice(0, 600)}`);
        const shown = unmaskedIdentityCodes(io.stdout + io.stderr);
        if (shown.length > 0) throw new FuzzFailure(`${where}: ${argv[0]} shows ${shown[0]} unmasked`);
        if (argv[0] === "compute") outputs.push(`${code}\n${io.stdout}\n${io.stderr.replace(/--engine \w+/g, "")}`);
      }
      if (outputs.some((output) => output !== outputs[0]) && process.env.VIRTA_FUZZ_DUMP !== undefined)
        writeFileSync(process.env.VIRTA_FUZZ_DUMP, `${file}\n${outputs.join("\n=====\n")}`);
      if (outputs.some((output) => output !== outputs[0]))
        throw new FuzzFailure(
          `${where}: the engines differ:\n${outputs.map((output) => output.slice(0, 300)).join("\n---\n")}`,
        );
    }
  }
  return report;
}
