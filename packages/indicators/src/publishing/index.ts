/** Publishing the catalogue (issue 9): catalogue.json and its JSON Schema, edition diffs, release rules. */
export {
  buildCatalogueJson,
  CATALOGUE_FORMAT,
  CATALOGUE_FORMAT_VERSION,
  catalogueJsonText,
  type CatalogueJson,
  type CatalogueJsonArea,
  type CatalogueJsonIndicator,
} from "./catalogue-json";
export {
  diffCatalogues,
  formatDiffJson,
  formatDiffText,
  parseVersion,
  versionBump,
  type CatalogueDiff,
  type DiffIndicator,
  type IndicatorChange,
  type VersionBump,
} from "./diff";
export { changelogProblems } from "./release-check";
export {
  changelogText,
  DESCRIBE_TERMS,
  KIND_NAMES,
  PERIOD_FORMS,
  UNIT_NAMES,
  type TermLang,
} from "./terms";
