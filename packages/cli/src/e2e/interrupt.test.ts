/**
 * Interrupting a warehouse run (issue 15 "Warehouse faults are errors"): `virta compute --engine
 * postgres --data visits.csv` loads 150,000 rows into temporary tables of its session (`pg_temp`). The
 * test waits until the session is inserting into its temporary table (seen in `pg_stat_activity` and
 * `pg_locks` under a unique `application_name`), sends SIGINT (then, in a second case, SIGTERM) and
 * checks that the run exits 130 (143) — 128 + the signal number, as shells report it — with one line on
 * stderr, and that at exit the server holds neither the session nor any of its temporary tables. (The
 * `pg_temp_N` namespaces themselves belong to the server, which reuses them for later sessions.) A third
 * case interrupts `--table` on a 100,000-row raw text table while its validation query runs (seconds):
 * closing the socket alone left that query running on the server after the exit. Outside
 * CI a missing server skips these cases with a printed reason; in CI they always run.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../test-support/run-cli";

const PG_URL = process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
const INDICATOR = "availability.primary_care.within_14_days";
const ROWS = 150_000;

function serverAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 5432), timeout: 1500 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const pgReady = process.env.CI !== undefined || (await serverAnswers(PG_URL));
if (!pgReady) console.warn(`interrupt.test: no PostgreSQL at ${PG_URL} and not in CI: the interrupt cases are skipped`);

const folder = mkdtempSync(join(tmpdir(), "virta-interrupt-"));
const csv = join(folder, "visits.csv");
const header =
  "visit_id,client_id,birth_date,sex,municipality_code,organizer_code,service_branch,professional_group," +
  "urgency,contact_mode,contact_date,need_assessment_date,visit_date";
const lines = [header];
for (let i = 0; i < ROWS; i++)
  lines.push(`v${i},c${i},1973-04-29,female,167,14,primary_care,doctor,non_urgent,in_person,,2024-08-31,2024-09-07`);
writeFileSync(csv, `${lines.join("\n")}\n`);

const psql = (sql: string): string[] =>
  execFileSync("psql", [PG_URL, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line !== "");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The session's pid and the oids of its temporary tables, once it is inserting into one. */
async function sessionMidRun(app: string, exited: () => boolean): Promise<{ pid: string; tables: string[] }> {
  for (let attempt = 0; attempt < 1000 && !exited(); attempt++) {
    const found = psql(
      `SELECT a.pid || '|' || c.oid FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
         JOIN pg_class c ON c.oid = l.relation
        WHERE a.application_name = '${app}' AND c.relpersistence = 't'`,
    );
    if (found.length > 0) return { pid: found[0]!.split("|")[0]!, tables: found.map((row) => row.split("|")[1]!) };
    await sleep(10);
  }
  throw new Error("the run never showed its temporary table in the middle of a statement");
}

/**
 * The session's pid once it runs its validation statement on the raw table (`CREATE TEMPORARY TABLE
 * __virta_rows_… AS WITH …`, the longest step, so a poll under load still sees it) or a later query.
 */
async function queryMidRun(app: string, exited: () => boolean): Promise<{ pid: string; tables: string[] }> {
  for (let attempt = 0; attempt < 1000 && !exited(); attempt++) {
    const found = psql(
      `SELECT pid FROM pg_stat_activity WHERE application_name = '${app}' AND state = 'active'
          AND (query LIKE 'CREATE TEMPORARY TABLE%' OR query LIKE 'WITH%')`,
    );
    if (found.length > 0) return { pid: found[0]!, tables: [] };
    await sleep(10);
  }
  throw new Error("the run never showed its query on the raw table");
}

const schema = `virta_interrupt_${process.pid}`;
afterAll(() => {
  if (pgReady) psql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

async function interruptMidRun(signal: "SIGINT" | "SIGTERM", table?: string) {
  const app = `virta_interrupt_${process.pid}_${signal}${table ? "_table" : ""}`;
  const url = `${PG_URL}?application_name=${app}`;
  const input = table ? ["--db", url, "--table", `health_care_visit=${table}`] : ["--data", csv];
  const child = spawn(
    process.execPath,
    [BIN, "compute", INDICATOR, "--engine", "postgres", ...input, "--period", "2024"],
    { cwd: ROOT, env: { ...process.env, VIRTA_PG_URL: url } },
  );
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => (stdout += chunk));
  let done = false;
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signalName) => {
      done = true;
      resolve({ code, signal: signalName });
    }),
  );
  const session = await (table ? queryMidRun : sessionMidRun)(app, () => done);
  child.kill(signal);
  const result = await exit;
  // Checked at once after the exit: the run itself waits until its session is gone.
  const sessions = psql(`SELECT pid FROM pg_stat_activity WHERE application_name = '${app}' OR pid = ${session.pid}`);
  const tables = psql(`SELECT oid FROM pg_class WHERE oid IN (${["0", ...session.tables].join(", ")})`);
  return { ...result, stderr, stdout, sessions, tables, session };
}

describe("interrupting a PostgreSQL run leaves nothing on the server", () => {
  it.runIf(pgReady)(
    "SIGINT mid-load: exit 130, session and temporary tables gone",
    async () => {
      const run = await interruptMidRun("SIGINT");
      expect(run.session.tables.length).toBeGreaterThan(0);
      expect(run).toMatchObject({ code: 130, signal: null, stdout: "", sessions: [], tables: [] });
      expect(run.stderr).toBe("virta: interrupted (SIGINT)\n");
    },
    60_000,
  );

  it.runIf(pgReady)(
    "SIGTERM mid-load: exit 143, session and temporary tables gone",
    async () => {
      const run = await interruptMidRun("SIGTERM");
      expect(run.session.tables.length).toBeGreaterThan(0);
      expect(run).toMatchObject({ code: 143, signal: null, stdout: "", sessions: [], tables: [] });
      expect(run.stderr).toBe("virta: interrupted (SIGTERM)\n");
    },
    60_000,
  );

  it.runIf(pgReady)(
    "SIGINT during the validation query of --table: exit 130, the query and session gone",
    async () => {
      psql(`CREATE SCHEMA ${schema}`);
      psql(
        `CREATE TABLE ${schema}.visits AS SELECT 'v' || g AS visit_id, 'c' || g AS client_id, text '1973-04-29' AS
       birth_date, text 'female' AS sex, text '167' AS municipality_code, text '14' AS organizer_code, text
       'primary_care' AS service_branch, text 'doctor' AS professional_group, text 'non_urgent' AS urgency, text
       'in_person' AS contact_mode, NULL::text AS contact_date, text '2024-08-31' AS need_assessment_date, text
       '2024-09-07' AS visit_date FROM generate_series(1, 100000) AS g`,
      );
      const run = await interruptMidRun("SIGINT", `${schema}.visits`);
      expect(run).toMatchObject({ code: 130, signal: null, stdout: "", sessions: [] });
      expect(run.stderr).toBe("virta: interrupted (SIGINT)\n");
    },
    60_000,
  );
});
