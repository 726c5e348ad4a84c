// CommonJS consumer of the packed tarballs (run with --no-experimental-require-module): requires every
// package and runs the example; prints the same JSON as esm.mjs.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Decimal } = require("@virta/core");
const { CONCEPT_NAMES } = require("@virta/concepts");
const { catalogue, compute, primaryCareWithin14Days, validate } = require("@virta/indicators");
const { formatResultCsv } = require("@virta/adapters");
const { run } = require("@virta/cli");

async function main() {
  const rows = JSON.parse(readFileSync(join(__dirname, "rows.json"), "utf8"));
  const options = (codegen) => ({ data: { health_care_visit: rows }, period: "2024", by: ["organizer"], codegen });
  const result = await compute(primaryCareWithin14Days, options(undefined));
  const plain = await compute(primaryCareWithin14Days, options(false));
  // arquero ships only ES modules: its integration is reached with import() from CommonJS here.
  let arquero = "not installed";
  try {
    const { resultToTable } = await import("@virta/indicators/arquero");
    arquero = resultToTable(result).numRows();
  } catch (error) {
    if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
  }
  console.log(
    JSON.stringify({
      rows: result.rows,
      sameWithoutCodegen: JSON.stringify(plain.rows) === JSON.stringify(result.rows),
      input: result.input.health_care_visit,
      indicators: catalogue.list().length,
      valid: validate("health_care_visit", rows).summary.rows_valid,
      concepts: CONCEPT_NAMES.length,
      decimal: new Decimal("0.1").plus("0.2").toString(),
      csv: formatResultCsv(result),
      cli: typeof run,
      arquero,
    }),
  );
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
