/**
 * Writes packages/indicators/catalogue.json and catalogue.schema.json from the definitions (issue 9).
 * Refuses to write when the release rules are broken against the committed catalogue.json (a changed
 * definition hash without a version bump, a new version without an A/B changelog entry): see
 * docs/releasing.md.
 *
 * Usage (from the repository root): node --import tsx packages/indicators/scripts/write-catalogue.ts [--check]
 * `--check` writes nothing and exits 1 when either file is out of date.
 */
import "./workspace-sources";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const { DEFINITIONS, LIBRARY } = await import("@virta/indicators");
const { buildCatalogueJson, catalogueJsonText, diffCatalogues, changelogProblems } = await import(
  "../src/publishing/index"
);
const { catalogueJsonSchema, parseCatalogueJson } = await import("../src/schemas");

const cataloguePath = fileURLToPath(new URL("../catalogue.json", import.meta.url));
const schemaPath = fileURLToPath(new URL("../catalogue.schema.json", import.meta.url));
const check = process.argv.includes("--check");

const current = buildCatalogueJson(DEFINITIONS, LIBRARY);
const problems = [...changelogProblems(DEFINITIONS)];
if (existsSync(cataloguePath)) {
  const committed = parseCatalogueJson(readFileSync(cataloguePath, "utf8"), cataloguePath);
  problems.push(...diffCatalogues(committed, current).problems);
}
if (problems.length > 0) {
  process.stderr.write(
    `catalogue.json not written: the release rules are broken ` +
      `(docs/releasing.md):\n${problems.map((p) => `  ${p}\n`).join("")}`,
  );
  process.exit(1);
}

const files: Array<[string, string]> = [
  [cataloguePath, catalogueJsonText(current)],
  [schemaPath, `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`],
];
let stale = 0;
for (const [path, text] of files) {
  const before = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (before === text) continue;
  stale++;
  if (check)
    process.stderr.write(
      `${path} is out of date; run: node --import tsx packages/indicators/scripts/write-catalogue.ts\n`,
    );
  else writeFileSync(path, text);
}
if (check && stale > 0) process.exit(1);
process.stdout.write(
  `${check ? "checked" : stale > 0 ? "wrote" : "up to date:"} ` +
    `${check ? "catalogue.json and catalogue.schema.json" : `${stale} file(s)`} ` +
    `(${current.indicators.length} indicators, ${LIBRARY.name} ${LIBRARY.version})\n`,
);
