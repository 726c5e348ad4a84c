/** The PostgreSQL server of the tests: VIRTA_PG_URL (CI) or the local one `.ci/services.sh` starts. */
import pg from "pg";

/** The connection string of the test server. */
export function postgresUrl(): string {
  return process.env.VIRTA_PG_URL ?? "postgres://postgres@127.0.0.1:54329/postgres";
}

/** Whether a server answers (in CI a missing server is a failure the caller asserts). */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
