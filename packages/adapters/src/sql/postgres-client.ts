/**
 * PostgreSQL connections of a run and what an interrupt does to them (issue 15 "Warehouse faults are
 * errors"): every client is named `virta` on the server (`application_name`, unless the URL names one),
 * sits in the Helsinki time zone (F4) and is registered for interruption while it is open. On SIGINT or
 * SIGTERM the command line runs {@link interruptCleanups}: each open session is ended on the server
 * (`pg_terminate_backend`, waiting until it is gone), which drops its temporary tables (`pg_temp`), its
 * cursors and its open transaction, even when the session is in the middle of a long query — closing the
 * socket alone would leave the query, and the tables it reads, running until it tries to answer.
 */
import { UsageError } from "@virta/core";
import type pg from "pg";
import { redactUrl, warehouseError } from "./warehouse-errors";

/** The registry of open sessions, shared by every copy of this module in the process (bundles). */
const REGISTRY = Symbol.for("virta.interrupt-cleanups");

type Cleanup = () => Promise<void>;

function registry(): Set<Cleanup> {
  const holder = globalThis as { [REGISTRY]?: Set<Cleanup> };
  holder[REGISTRY] ??= new Set();
  return holder[REGISTRY];
}

/**
 * Ends every registered warehouse session (at most `timeoutMs` in all); for the signal handlers of the
 * command line. Never rejects.
 *
 * @example
 * ```ts
 * process.once("SIGINT", () => void interruptCleanups().then(() => process.exit(130)));
 * ```
 */
export async function interruptCleanups(timeoutMs = 8000): Promise<void> {
  const running = Promise.allSettled([...registry()].map((cleanup) => cleanup()));
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([running, late]);
  clearTimeout(timer);
}

/** Ends session `pid` from a second connection and waits (up to 5 s) until the server has removed it. */
async function terminateBackend(url: string, pid: number): Promise<void> {
  const { Client } = (await import("pg")).default;
  const killer = new Client({ connectionString: url, application_name: "virta", connectionTimeoutMillis: 3000 });
  killer.on("error", () => {});
  try {
    await killer.connect();
    // The two-argument form (PostgreSQL 14+) waits for the session to be gone; older servers only signal.
    await killer
      .query("SELECT pg_terminate_backend($1, 5000)", [pid])
      .catch(() => killer.query("SELECT pg_terminate_backend($1)", [pid]));
  } finally {
    await killer.end().catch(() => {});
  }
}

function registerForInterrupt(url: string, client: pg.Client): void {
  const cleanup: Cleanup = async () => {
    const pid = (client as { processID?: number | null }).processID;
    if (typeof pid === "number") await terminateBackend(url, pid).catch(() => {});
    await client.end().catch(() => {});
  };
  registry().add(cleanup);
  client.once("end", () => registry().delete(cleanup));
}

/** A usage error unless `url` is a PostgreSQL connection string. */
export function assertPostgresUrl(url: string): void {
  if (!/^postgres(ql)?:\/\/./i.test(url))
    throw new UsageError(
      "invalid_url",
      `--db ${redactUrl(url)}: not a connection string; expected postgres://user@host:5432/db`,
      { option: "db" },
    );
}

/**
 * A connected PostgreSQL client in the Helsinki time zone (F4), ended on the server if the run is
 * interrupted; faults as warehouse errors.
 *
 * @example
 * ```ts
 * const client = await postgresClient("postgres://postgres@127.0.0.1:54329/postgres");
 * await client.end();
 * ```
 */
export async function postgresClient(url: string): Promise<pg.Client> {
  assertPostgresUrl(url);
  let client: pg.Client;
  try {
    const { Client } = (await import("pg")).default; // loaded on first use (a quick CLI start)
    // A name given in the URL (`?application_name=…`) wins over this default.
    client = new Client({ connectionString: url, application_name: "virta" });
  } catch (error) {
    throw warehouseError(error, { url });
  }
  client.on("error", () => {}); // a dropped connection fails the running query instead
  try {
    await client.connect();
    registerForInterrupt(url, client);
    await client.query("SET TIME ZONE 'Europe/Helsinki'"); // F4
  } catch (error) {
    await client.end().catch(() => {});
    throw warehouseError(error, { url });
  }
  return client;
}
