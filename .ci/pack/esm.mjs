// ESM consumer of the packed tarballs: imports every package and runs the example.
import { readFileSync } from "node:fs";
import { Decimal } from "@virta/core";
import { CONCEPT_NAMES } from "@virta/concepts";
import { catalogue, compute, primaryCareWithin14Days, validate } from "@virta/indicators";
import { formatResultCsv } from "@virta/adapters";
import { run } from "@virta/cli";
import { UsageError } from "@virta/core";
import { defineIndicator, resultSchema } from "@virta/core/schemas";
import { conceptSchema } from "@virta/concepts/schemas";
import { parseCatalogueJson } from "@virta/indicators/schemas";

const rows = JSON.parse(readFileSync(new URL("./rows.json", import.meta.url), "utf8"));
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
