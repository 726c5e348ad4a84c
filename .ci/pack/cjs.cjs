// CommonJS consumer of the packed tarballs (run with --no-experimental-require-module): requires every
// package and runs the example; prints the same JSON as esm.mjs.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Decimal } = require("@virta/core");
const { CONCEPT_NAMES } = require("@virta/concepts");
const { catalogue, compute, primaryCareWithin14Days, validate } = require("@virta/indicators");
const { formatResultCsv } = require("@virta/adapters");
const { run } = require("@virta/cli");
const { UsageError } = require("@virta/core");
const { defineIndicator, resultSchema } = require("@virta/core/schemas");
const { conceptSchema } = require("@virta/concepts/schemas");
const { parseCatalogueJson } = require("@virta/indicators/schemas");

async function main() {
  const rows = JSON.parse(readFileSync(join(__dirname, "rows.json"), "utf8"));
  const options = (codegen) => ({ data: { health_care_visit: rows }, period: "2024", by: ["organizer"], codegen });
  const result = await compute(primaryCareWithin14Days, options(undefined));
  const plain = await compute(primaryCareWithin14Days, options(false));
  // The /schemas entries (zod): the result parses, and their errors are the main entries' classes.
  let sameUsageError = false;
  try {
    defineIndicator({ id: "x" });
  } catch (error) {
    sameUsageError = error instanceof UsageError && error.code === "invalid_definition";
  }
  const schemas = {
    result: resultSchema.safeParse(result).success,
    row: conceptSchema("cost").safeParse({
      organizer_code: "90",
      year: 2024,
      service_class: "3110",
      net_cost_eur: "10.5",
    }).success,
    sameUsageError,
    parseCatalogueJson: typeof parseCatalogueJson,
  };
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
      schemas,
    }),
  );
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
