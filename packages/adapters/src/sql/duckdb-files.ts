/**
 * `--engine duckdb --data FILE` (issue 15, fine-print F34): DuckDB reads each CSV or Parquet file itself
 * — CSV as all text (`read_csv`, the header and delimiter taken exactly as the embedded reader takes
 * them, F29), Parquet with DATE columns as dates (checked for their range only) and each other typed
 * column as the text the validator reads (`duckdbCell`, F4) — and
 * the concept validation compiled to SQL runs in front of the plan, so no row travels through Node.
 * Whatever DuckDB's reader does not take exactly as the embedded reader (a short record, mixed line
 * ends, a duplicate header, a non-UTF-8 byte…), and a strict run that finds a rejected row, and a file
 * that lacks a column the concept needs (the embedded reader's message names the file and its header),
 * throws `EmbeddedReadNeeded`: the caller then computes through the embedded reader, which gives the
 * very result or error a file gives (the numbers are the same either way).
 */
import { openSync, readSync, closeSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { dictionaryEncodedColumns } from "../readers/duckdb-code-columns";
import { loadDuckDb } from "../readers/load-duckdb";
import { dictionarySpellings } from "../readers/parquet-dictionaries";
import { requiredColumns } from "@virta/concepts";
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

/**
 * Makes `table` read the file: a CSV file is loaded into a table (its reader's faults surface here, and
 * `rowid` is the record order); a Parquet file becomes a view over the file with each row's position
 * (`file_row_number`), read once by the validation instead of copied first. Returns whether it is a view.
 */
async function loadFile(
  connection: DuckDBConnection,
  table: string,
  path: string,
  track: TrackStatement,
): Promise<boolean> {
  const q = duckdbDialect.quoteIdentifier;
  const literal = (text: string) => textLiteral(duckdbDialect, text);
  let reader: string;
  const parquet = path.toLowerCase().endsWith(".parquet");
  if (parquet) reader = `read_parquet(${literal(path)}, file_row_number = true)`;
  else {
    const { header, delimiter } = csvHeader(path);
    if (new Set(header).size !== header.length || header.some((name) => name === ""))
      throw new EmbeddedReadNeeded(`${path}: an empty or repeated column name`);
    const columns = header.map((name) => `${literal(name)}: 'VARCHAR'`).join(", ");
    reader =
      `read_csv(${literal(path)}, header = true, columns = {${columns}}, delim = ${literal(delimiter)},` +
      ` quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false)`;
  }
  try {
    // Typed Parquet columns other than DATE are stored as the text the validator reads (`duckdbCell`, F4),
    // written once here rather than formatted again by every check of the validation.
    if (parquet) {
      const select = await textSelect(connection, reader);
      const position = `${q("file_row_number")} + 1 AS ${q(FILE_ROW)}`;
      await connection.run(`CREATE VIEW ${q(table)} AS SELECT ${select}, ${position} FROM ${reader}`);
    } else await track("loading", () => connection.run(`CREATE TABLE ${q(table)} AS SELECT * FROM ${reader}`));
  } catch (error) {
    throw new EmbeddedReadNeeded(`${path}: ${(error as Error).message.split("\n")[0]}`);
  }
  return parquet;
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
    const text = top.map((element) => element.type === "BYTE_ARRAY" && element.num_children === undefined);
    const encoded = dictionaryEncodedColumns(metadata, names).map((encoded, index) => encoded && text[index]!);
    const spellings = await dictionarySpellings(path, metadata, names, encoded);
    return Object.fromEntries(names.flatMap((name, index) => (spellings[index] ? [[name, spellings[index]]] : [])));
  } catch {
    return {};
  }
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
  progress: Pick<DuckDbFileComputeOptions, "onProgress" | "progressIntervalMs">,
): Promise<Session> {
  const { DuckDBInstance } = loadDuckDb(); // loaded on first use, through require (load-duckdb.ts)
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const views = new Set<string>();
  const estimate = () => connection.progress.percentage;
  const track = progressTracker("DuckDB", estimate, progress.onProgress, progress.progressIntervalMs);
  try {
    await connection.run("SET TimeZone = 'Europe/Helsinki'"); // F4
    if (progress.onProgress !== undefined) await enableDuckDbProgress(connection);
    for (const [concept, path] of Object.entries(files)) {
      if (await loadFile(connection, `__file_${concept}`, path, track)) views.add(concept);
      await requireColumns(connection, `__file_${concept}`, concept, path);
    }
  } catch (error) {
    connection.closeSync();
    throw error;
  }
  return {
    dialect: duckdbDialect,
    run: async (query) => {
      try {
        const reader = await track("computing", () => connection.runAndReadAll(query.text, query.parameters as never));
        return reader.getRowObjectsJson() as Array<Record<string, unknown>>;
      } catch (error) {
        // A Parquet view reads its file in the validation: a fault of the file surfaces here, and the
        // embedded reader gives the file's own error.
        if (views.size > 0) throw new EmbeddedReadNeeded((error as Error).message.split("\n")[0]!);
        throw error;
      }
    },
    columns: async (spec) => {
      const described = await duckdbColumns(connection, spec);
      return { ...described, columns: described.columns.filter((info) => info.name !== FILE_ROW) };
    },
    cell: (info: ColumnInfo) => duckdbCell(info),
    rowPosition: (concept) => (views.has(concept) ? duckdbDialect.quoteIdentifier(FILE_ROW) : undefined),
    distinctCells: (concept) => (views.has(concept) ? dictionaryCells(files[concept]!) : Promise.resolve({})),
    close: async () => connection.closeSync(),
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
