/**
 * Warehouse faults as the CLI's one- or two-line errors (issue 15, interfaces.md exit codes): what a
 * driver throws (a refused connection, an unknown role or database, a bad URL, a missing table or
 * column) becomes a `UsageError` (exit 2, like a missing or unreadable file), and a value the database
 * cannot hold (a NUL byte, a number or date out of the type's range) a `DataError` (exit 1). A value in
 * a message is masked as F11/F36 ask (the first two characters kept). Anything else is passed on: it is
 * a bug.
 */
import { DataError, UsageError, VirtaError } from "@virta/core";

/** Where the failing operation ran: the connection string or file, and the table when known. */
export interface WarehouseContext {
  url?: string;
  table?: string;
}

/** The connection string without its password (`postgres://user:***@host/db`). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}

/** Masks any identity-code-shaped run in a driver message (F11, F36): the first two characters kept. */
function maskCodes(text: string): string {
  return text.replace(/\b(\d{2})\d{4}[-+A-FYXWVU]\d{3}[0-9A-Y]\b/gi, (_match, head: string) => `${head}*********`);
}

/** Quoted values in a driver message: only their first two characters are shown. */
function maskQuoted(text: string): string {
  return maskCodes(text).replace(
    /"([^"]{3,})"/g,
    (_match, value: string) => `"${value.slice(0, 2)}${"*".repeat(Math.min(value.length - 2, 38))}"`,
  );
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH"]);

/**
 * The error to throw for a warehouse failure.
 *
 * @example
 * ```ts
 * const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
 * warehouseError(refused, { url: "postgres://h:1/db" }).exitCode; // 2
 * ```
 */
export function warehouseError(error: unknown, context: WarehouseContext): Error {
  if (error instanceof VirtaError) return error;
  const where = context.url === undefined ? "the database" : redactUrl(context.url);
  const table = context.table === undefined ? "" : `${context.table}: `;
  const code = (error as { code?: unknown } | null)?.code;
  const message = String((error as Error | null)?.message ?? error).split("\n")[0]!;
  if (typeof code === "string" && CONNECTION_CODES.has(code))
    return new UsageError(
      "connection_failed",
      `cannot connect to ${where}: ${code}; check --db and that the server runs`,
      {
        option: "db",
      },
    );
  if (error instanceof TypeError && /url|invalid/i.test(message))
    return new UsageError(
      "invalid_url",
      `--db ${where}: not a connection string such as postgres://user@host:5432/db`,
      {
        option: "db",
      },
    );
  if (typeof code === "string" && /^(28|3D|08|57P03)/.test(code))
    return new UsageError(
      "connection_failed",
      `${where}: ${maskCodes(message)} (check --db: user, password, database)`,
      {
        option: "db",
      },
    );
  if (code === "42P01" || code === "3F000" || code === "42703" || code === "42501")
    return new UsageError("missing_table", `${table}${maskCodes(message)}`, { option: "table", value: context.table });
  if (typeof code === "string" && code.startsWith("22"))
    return new DataError("value_not_held", `${table}a value the database cannot hold: ${maskQuoted(message)}`, {
      table: context.table,
    });
  if (error instanceof Error && /^(Catalog|Binder) Error/.test(message))
    return new UsageError("missing_table", `${table}${maskCodes(message)}`, { option: "table", value: context.table });
  if (error instanceof Error && /^(IO Error|Connection Error)/.test(message))
    return new UsageError("connection_failed", `${where}: ${maskCodes(message)}`, { option: "db" });
  if (error instanceof Error && /^(Conversion|Out of Range|Invalid Input) Error/.test(message))
    return new DataError("value_not_held", `${table}a value the database cannot hold: ${maskQuoted(message)}`, {
      table: context.table,
    });
  return error instanceof Error ? error : new Error(String(error));
}
