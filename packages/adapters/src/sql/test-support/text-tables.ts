/**
 * Test support (issue 15): rows of objects loaded as ALL-TEXT warehouse tables, as a region's staging
 * area holds them — into a DuckDB database file and into a PostgreSQL schema. A JS value becomes its
 * text (`String`, so numbers in their shortest round-trip form, F5); null, undefined and a missing key
 * are NULL (F1). The columns are the union of the rows' keys and the concept's fields.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { getConcept } from "@virta/concepts";
import pg from "pg";

/** The columns of a text table: the rows' keys in first-seen order, then the concept's other fields. */
export function textColumns(concept: string, rows: ReadonlyArray<Record<string, unknown>>): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row))
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
  for (const field of getConcept(concept).fields)
    if (!seen.has(field.name) && ![...seen].some((key) => key.trim() === field.name)) columns.push(field.name);
  return columns;
}

export function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Creates `schema.table` in a DuckDB file with every column VARCHAR and appends the rows in order. */
export async function loadDuckDbText(
  path: string,
  schema: string,
  table: string,
  concept: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const instance = await DuckDBInstance.fromCache(path);
  const connection = await instance.connect();
  try {
    const columns = textColumns(concept, rows);
    await connection.run(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
    await connection.run(
      `CREATE OR REPLACE TABLE ${quote(schema)}.${quote(table)} ` +
        `(${columns.map((c) => `${quote(c)} VARCHAR`).join(", ")})`,
    );
    const appender = await connection.createAppender(table, schema);
    for (const row of rows) {
      for (const column of columns) {
        const text = textOf(row[column]);
        if (text === null) appender.appendNull();
        else appender.appendVarchar(text);
      }
      appender.endRow();
    }
    appender.closeSync();
  } finally {
    connection.closeSync();
  }
}

/** Creates `schema.table` in PostgreSQL with every column TEXT and inserts the rows in order. */
export async function loadPostgresText(
  url: string,
  schema: string,
  table: string,
  concept: string,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = textColumns(concept, rows);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`);
    await client.query(`DROP TABLE IF EXISTS ${quote(schema)}.${quote(table)}`);
    await client.query(
      `CREATE TABLE ${quote(schema)}.${quote(table)} (${columns.map((c) => `${quote(c)} TEXT`).join(", ")})`,
    );
    for (let start = 0; start < rows.length; start += 200) {
      const values: Array<string | null> = [];
      const tuples = rows.slice(start, start + 200).map(
        (row) =>
          `(${columns
            .map((column) => {
              values.push(textOf(row[column]));
              return `$${values.length}`;
            })
            .join(", ")})`,
      );
      await client.query(
        `INSERT INTO ${quote(schema)}.${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`,
        values,
      );
    }
  } finally {
    await client.end();
  }
}
