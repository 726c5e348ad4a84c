/**
 * The DuckDB side of the whole-process comparison of issue 14: one cold Node process in which DuckDB
 * reads FILE (Parquet, or CSV with typed columns) with its own reader and runs a hand-written query
 * for the cells of `virta compute availability.primary_care.within_14_days --period 2024
 * --by organizer,age_group` (P-PC: primary care, non-urgent, doctor or nurse, need assessment present;
 * wait = visit_date − need_assessment_date ≤ 14; age on the visit date, Sotkanet groups; generated
 * data, so every row is valid and the organizer is given). Prints organizer, age group, numerator and
 * denominator per cell, to compare with virta's JSON and to time:
 *
 *   /usr/bin/time -f "%e s %U u %S s" node bench/pipeline/duckdb-process.mjs \
 *     bench/data/2000000/health_care_visit.parquet
 */
import { createRequire } from "node:module";

const require = createRequire(new URL("../../packages/adapters/package.json", import.meta.url));
const { DuckDBInstance } = require("@duckdb/node-api");

const path = process.argv[2];
if (!path) throw new Error("usage: node bench/pipeline/duckdb-process.mjs FILE.parquet|FILE.csv");
const source = path.endsWith(".csv")
  ? "read_csv($1, header = true, types = {'birth_date': 'DATE', 'need_assessment_date': 'DATE', " +
    "'visit_date': 'DATE', 'organizer_code': 'VARCHAR'})"
  : // The dates as DATE (a no-op for DATE columns; pandas' datetime64 columns are TIMESTAMPs).
    "(SELECT * REPLACE (CAST(birth_date AS DATE) AS birth_date, " +
    "CAST(need_assessment_date AS DATE) AS need_assessment_date, CAST(visit_date AS DATE) AS visit_date) " +
    "FROM read_parquet($1))";
const sql = `
  WITH p AS (
    SELECT organizer_code AS organizer,
           date_diff('year', birth_date, visit_date)
             - CASE WHEN strftime(visit_date, '%m%d') < strftime(birth_date, '%m%d') THEN 1 ELSE 0 END AS age,
           visit_date - need_assessment_date AS wait
    FROM ${source}
    WHERE visit_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'
      AND service_branch = 'primary_care' AND urgency = 'non_urgent'
      AND professional_group IN ('doctor', 'nurse') AND need_assessment_date IS NOT NULL)
  SELECT organizer,
         CASE WHEN age <= 6 THEN '0-6' WHEN age <= 15 THEN '7-15' WHEN age <= 24 THEN '16-24'
              WHEN age <= 64 THEN '25-64' WHEN age <= 74 THEN '65-74' ELSE '75+' END AS age_group,
         count(*) FILTER (WHERE wait <= 14) AS numerator, count(*) AS denominator
  FROM p GROUP BY ALL ORDER BY ALL`;
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql, [path]);
const rows = reader.getRowObjectsJS();
// An integer organizer column (a BIGINT) is printed as its code, padded as F3 pads it.
const organizer = (value) => (typeof value === "bigint" ? String(value).padStart(2, "0") : value);
const cells = rows.map((r) => [organizer(r.organizer), r.age_group, Number(r.numerator), Number(r.denominator)]);
console.log(JSON.stringify(cells));
connection.closeSync();
instance.closeSync();
