/**
 * `--engine duckdb --data FILE` (issue 15, fine-print F34): DuckDB reads each CSV or Parquet file itself
 * — CSV as all text (`read_csv`, the header and delimiter taken exactly as the embedded reader takes
 * them, F29), Parquet with DATE columns as dates (checked for their range only) and each other typed
 * column as the text the validator reads (`duckdbCell`, F4) — and
 * the concept validation compiled to SQL runs in front of the plan, so no row travels through Node.
 * Each file is a view that every statement reads again, so DuckDB never holds a file whole (issue 14);
 * a CSV file is loaded into a table only when its record order is needed (a key repeats, F9), and DuckDB
 * works within `MEMORY_LIMIT`, writing what does not fit to a temporary folder of its own.
 * Whatever DuckDB's reader does not take exactly as the embedded reader (a short record, mixed line
 * ends, a duplicate header, a non-UTF-8 byte…), and a strict run that finds a rejected row, and a file
 * that lacks a column the concept needs (the embedded reader's message names the file and its header),
 * throws `EmbeddedReadNeeded`: the caller then computes through the embedded reader, which gives the
 * very result or error a file gives (the numbers are the same either way).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { SchemaElement } from "hyparquet";
import { dictionaryEncodedColumns } from "../readers/duckdb-code-columns";
import { loadDuckDb } from "../readers/load-duckdb";
import { dictionarySpellings } from "../readers/parquet-dictionaries";
import { getConcept, requiredColumns } from "@virta/concepts";
import { DataError, duckdbDialect, textLiteral, type Plan } from "@virta/core";
import { CsvScanner, detectDelimiter } from "../readers/csv-scanner";
import { enableDuckDbProgress, progressTracker, type SqlProgressListener, type TrackStatement } from "./sql-progress";
import type { SqlEngine } from "./sql-engine";
import { evaluateValidated, type Session, type WarehouseEngineResult } from "./warehouse-engine";
import { duckdbCell, duckdbColumns, type ColumnInfo } from "./warehouse-tables";

/** DuckDB cannot take this input exactly as the embedded reader does: compute through the embedded reader. */
export class EmbeddedReadNeeded extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "EmbeddedReadNeeded";
  }
}

/** The files and how a run treats rejections. */
export interface DuckDbFileComputeOptions {
  /** A `.csv` or `.parquet` file per concept. */
  files: Record<string, string>;
  strict?: boolean;
  maxRejectedShare?: number;
  /** Receives DuckDB's progress through each statement (`sql-progress.ts`); the CLI draws it on a terminal. */
  onProgress?: SqlProgressListener;
  /** How often the progress is read while a statement runs, in milliseconds (default 500). */
  progressIntervalMs?: number;
  /**
   * DuckDB's memory limit (its size text, default `MEMORY_LIMIT`); past it, DuckDB writes what it holds to
   * a folder of its own in the system's temporary folder, removed again at the end.
   */
  memoryLimit?: string;
}

/**
 * DuckDB's memory limit when it reads files itself (issue 14): a file is never held whole, so a 50 M-row
 * extract computes on a laptop. Measured on 10 M visits with a repeated id (the file loaded into a
 * table): 27.6 s and 1.4 GB resident, against 30.5 s and 3.7 GB with DuckDB's default (80 % of memory).
 */
export const MEMORY_LIMIT = "1GB";

/** A folder of DuckDB's own in the system's temporary folder, removed at the end or when the process exits. */
function spillFolder(): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), "virta-duckdb-"));
  const remove = () => {
    process.off("exit", remove);
    rmSync(folder, { recursive: true, force: true });
  };
  process.on("exit", remove); // an interrupt exits without the session's end
  return { folder, remove };
}

/** The first record of a CSV file (the header, trimmed, F29) and its delimiter, as the embedded reader reads it. */
function csvHeader(path: string): { header: string[]; delimiter: "," | ";" } {
  let descriptor: number | undefined;
  try {
    // A file that cannot be opened (missing, a directory…) is named by the embedded reader, in its words.
    descriptor = openSync(path, "r");
    const buffer = Buffer.alloc(1 << 16);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    let text = new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, length), { stream: true });
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // CRLF line ends: DuckDB's reader (detection off) would keep the CR in the last column.
    if (text.includes("\r")) throw new EmbeddedReadNeeded(`${path}: CR line ends`);
    const delimiter = detectDelimiter(text);
    let header: string[] | null = null;
    new CsvScanner(delimiter).feed(text, (fields) => {
      header ??= fields.map((field) => field.trim());
    });
    if (header === null) throw new EmbeddedReadNeeded(`${path}: no complete header in the first 64 KiB`);
    return { header, delimiter };
  } catch (error) {
    throw error instanceof EmbeddedReadNeeded ? error : new EmbeddedReadNeeded(String(error));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** The column of a Parquet view holding each row's position in the file (from 1, F9, F34). */
const FILE_ROW = "__virta_row";

/** How a concept's file is read: a view over the file, and for CSV the statement that loads it into a table. */
interface FileRead {
  /** Parquet: each row's position comes from the file (`file_row_number`), never from `rowid`. */
  parquet: boolean;
  /** CSV: replaces the view by a table of the file's rows, whose `rowid` is the record order (F9). */
  load?: () => Promise<void>;
}

/**
 * Makes `table` a view that reads the file, parsed again by each statement rather than copied into
 * DuckDB's memory first (a 50 M-row extract took 10.7 GB as a table; issue 14): a CSV file read as text,
 * a Parquet file with each row's position (`file_row_number`). A CSV view has no record order, so a run
 * that needs one (a key that repeats, F9) loads the file into a table first (`load`).
 */
async function viewFile(
  connection: DuckDBConnection,
  table: string,
  concept: string,
  path: string,
  track: TrackStatement,
): Promise<FileRead> {
  const q = duckdbDialect.quoteIdentifier;
  const literal = (text: string) => textLiteral(duckdbDialect, text);
  if (path.toLowerCase().endsWith(".parquet")) {
    const reader = `read_parquet(${literal(path)}, file_row_number = true)`;
    try {
      // Typed Parquet columns other than DATE are read as the text the validator reads (`duckdbCell`, F4).
      const select = await textSelect(connection, reader);
      const position = `${q("file_row_number")} + 1 AS ${q(FILE_ROW)}`;
      await connection.run(`CREATE VIEW ${q(table)} AS SELECT ${select}, ${position} FROM ${reader}`);
    } catch (error) {
      throw new EmbeddedReadNeeded(`${path}: ${(error as Error).message.split("\n")[0]}`);
    }
    return { parquet: true };
  }
  const { header, delimiter } = csvHeader(path);
  if (new Set(header).size !== header.length || header.some((name) => name === ""))
    throw new EmbeddedReadNeeded(`${path}: an empty or repeated column name`);
  const columns = header.map((name) => `${literal(name)}: 'VARCHAR'`).join(", ");
  const reader =
    `read_csv(${literal(path)}, header = true, columns = {${columns}}, delim = ${literal(delimiter)},` +
    ` quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false)`;
  // DuckDB converts (and checks as UTF-8) only the columns a statement reads; the validation reads every
  // field of the concept, and this condition reads the file's other columns, so that a byte that is not
  // UTF-8 anywhere stops the run as it stops the embedded reader.
  const declared = new Set(getConcept(concept).fields.map((field) => field.name));
  const others = header.filter((name) => !declared.has(name)).map((name) => `length(${q(name)}) >= 0`);
  const where = others.length > 0 ? ` WHERE ${others.map((check) => `coalesce(${check}, true)`).join(" AND ")}` : "";
  // Whatever DuckDB does not take (a NUL in a column name ends its string literal…) goes to the
  // embedded reader, which names the file's fault in its own words.
  const handOver = (error: unknown) => new EmbeddedReadNeeded(`${path}: ${(error as Error).message.split("\n")[0]}`);
  await connection.run(`CREATE VIEW ${q(table)} AS SELECT * FROM ${reader}${where}`).catch((error: unknown) => {
    throw handOver(error);
  });
  const load = async () => {
    try {
      await connection.run(`DROP VIEW ${q(table)}`);
      await track("loading", () => connection.run(`CREATE TABLE ${q(table)} AS SELECT * FROM ${reader}`));
    } catch (error) {
      throw handOver(error);
    }
  };
  return { parquet: false, load };
}

/** A select list of a reader's columns with each typed column as its text (`duckdbCell`). */
async function textSelect(connection: DuckDBConnection, reader: string): Promise<string> {
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
  return (described.getRowObjectsJson() as Array<Record<string, string>>)
    .filter(({ column_name: name }) => name !== "file_row_number")
    .map(({ column_name: name, column_type: type }) => {
      const column = duckdbDialect.quoteIdentifier(name!);
      // DATE columns stay dates: the validation checks their range only (F4).
      return type === "VARCHAR" || type === "DATE"
        ? column
        : `${duckdbCell({ name: name!, type: type! })} AS ${column}`;
    })
    .join(", ");
}

/**
 * The text columns of a Parquet file stored in small dictionaries, each with its dictionary pages'
 * spellings (`parquet-dictionaries.ts`, ≈ 15 ms for the seven code columns of 2 M visits): every cell
 * such a column holds is one of them, so the trusted-column probe checks them instead of scanning the
 * column (issue 14). None where the metadata or a page cannot be read (the probe then scans).
 */
async function dictionaryCells(path: string): Promise<Record<string, readonly string[]>> {
  try {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import("hyparquet");
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
    const top = parquetSchema(metadata).children.map((child) => child.element);
    const names = top.map((element) => element.name);
    const listed = top.map(listedColumn);
    const encoded = dictionaryEncodedColumns(metadata, names).map((encoded, index) => encoded && listed[index]!);
    const spellings = await dictionarySpellings(path, metadata, names, encoded);
    return Object.fromEntries(names.flatMap((name, index) => (spellings[index] ? [[name, spellings[index]]] : [])));
  } catch {
    return {};
  }
}

/**
 * Whether a top-level column's dictionary values are its cells as the view gives them: a text, or a
 * signed integer (an INTEGER or BIGINT code column, cast to VARCHAR by the view: its decimal text).
 */
function listedColumn(element: SchemaElement): boolean {
  if (element.num_children !== undefined) return false;
  if (element.type === "BYTE_ARRAY") return true;
  if (element.type !== "INT32" && element.type !== "INT64") return false;
  if (element.logical_type !== undefined)
    return element.logical_type.type === "INTEGER" && element.logical_type.isSigned;
  return element.converted_type === undefined || /^INT_(8|16|32|64)$/.test(element.converted_type);
}

/** A missing required column is reported by the embedded reader, in its words (F29). */
async function requireColumns(connection: DuckDBConnection, table: string, concept: string, path: string) {
  const reader = await connection.runAndReadAll(`SELECT * FROM ${duckdbDialect.quoteIdentifier(table)} LIMIT 0`);
  const present = new Set(reader.columnNames().filter((name) => name !== FILE_ROW));
  const complete = requiredColumns(concept).every((need) =>
    typeof need === "string" ? present.has(need) : need.some((name) => present.has(name)),
  );
  if (!complete) throw new EmbeddedReadNeeded(`${path}: a required column is missing`);
}

async function fileSession(
  files: Record<string, string>,
  progress: Pick<DuckDbFileComputeOptions, "onProgress" | "progressIntervalMs" | "memoryLimit">,
): Promise<Session> {
  const { DuckDBInstance } = loadDuckDb(); // loaded on first use, through require (load-duckdb.ts)
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const reads = new Map<string, FileRead>();
  const spill = spillFolder();
  const estimate = () => connection.progress.percentage;
  const track = progressTracker("DuckDB", estimate, progress.onProgress, progress.progressIntervalMs);
  try {
    await connection.run("SET TimeZone = 'Europe/Helsinki'"); // F4
    // A CSV view has no statistics: DuckDB would guess a few hundred rows and build the municipality
    // classification's hash table on the file's side; the joins keep the side the SQL gives them.
    await connection.run("SET disabled_optimizers = 'build_side_probe_side'");
    await connection.run(`SET memory_limit = ${textLiteral(duckdbDialect, progress.memoryLimit ?? MEMORY_LIMIT)}`);
    await connection.run(`SET temp_directory = ${textLiteral(duckdbDialect, spill.folder)}`);
    if (progress.onProgress !== undefined) await enableDuckDbProgress(connection);
    for (const [concept, path] of Object.entries(files)) {
      reads.set(concept, await viewFile(connection, `__file_${concept}`, concept, path, track));
      await requireColumns(connection, `__file_${concept}`, concept, path);
    }
  } catch (error) {
    connection.closeSync();
    spill.remove();
    throw error;
  }
  return {
    dialect: duckdbDialect,
    run: async (query) => {
      try {
        const reader = await track("computing", () => connection.runAndReadAll(query.text, query.parameters as never));
        return reader.getRowObjectsJson() as Array<Record<string, unknown>>;
      } catch (error) {
        // A view reads its file in the validation: a fault of the file surfaces here, and the embedded
        // reader gives the file's own error.
        throw new EmbeddedReadNeeded((error as Error).message.split("\n")[0]!);
      }
    },
    columns: async (spec) => {
      const described = await duckdbColumns(connection, spec);
      return { ...described, columns: described.columns.filter((info) => info.name !== FILE_ROW) };
    },
    cell: (info: ColumnInfo) => duckdbCell(info),
    rowPosition: (concept) => {
      const read = reads.get(concept);
      if (read?.parquet) return duckdbDialect.quoteIdentifier(FILE_ROW);
      // A CSV view has no position: only the one statement reads it, and it does not use one.
      return read?.load !== undefined ? "CAST(NULL AS BIGINT)" : undefined;
    },
    distinctCells: (concept) => (reads.get(concept)?.parquet ? dictionaryCells(files[concept]!) : Promise.resolve({})),
    needRowOrder: async () => {
      for (const [concept, read] of reads) {
        await read.load?.();
        reads.set(concept, { parquet: read.parquet });
      }
    },
    close: async () => {
      connection.closeSync();
      spill.remove();
    },
  };
}

/**
 * An engine that lets DuckDB read the files and validate and compute in SQL (`virta compute --engine
 * duckdb --data FILE`); `compute` gives it no rows. Throws `EmbeddedReadNeeded` when the embedded reader
 * must read instead.
 *
 * @example
 * ```ts
 * const engine = createDuckDbFileEngine({ files: { health_care_visit: "visits.csv" } });
 * const sources = { health_care_visit: "visits.csv" };
 * await compute(primaryCareWithin14Days, { data: {}, period: "2024", engine, sources });
 * ```
 */
export function createDuckDbFileEngine(
  options: DuckDbFileComputeOptions,
): SqlEngine & { readonly readsOwnTables: true; evaluate(plan: Plan): Promise<WarehouseEngineResult> } {
  return {
    name: "duckdb",
    readsOwnTables: true,
    async evaluate(plan) {
      const session = await fileSession(options.files, options);
      try {
        const tables = Object.fromEntries(Object.keys(options.files).map((concept) => [concept, `__file_${concept}`]));
        const sources = Object.fromEntries(Object.entries(options.files));
        return await evaluateValidated(plan, session, { ...options, tables, sources }, async (concept) => {
          throw new EmbeddedReadNeeded(`${options.files[concept]}: strict mode names the first rejected row`);
        });
      } catch (error) {
        // The error lists the first rejected rows (row, field, masked value): the embedded reader names them.
        if (error instanceof DataError && error.code === "rejected_share_exceeded")
          throw new EmbeddedReadNeeded(error.message);
        throw error;
      } finally {
        await session.close();
      }
    },
  };
}
