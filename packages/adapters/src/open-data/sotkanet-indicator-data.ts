/**
 * Everything a comparison with Sotkanet needs, fetched in one call for the command line (`virta
 * compare`): the indicator's metadata (so that an unknown id fails before any data is read), the
 * `/regions` id ↔ code map, and the data rows of the requested years and sexes (sources.md, "Sotkanet").
 */
import { buildSotkanetRegionMap, type SotkanetRegionMap } from "./sotkanet-regions";
import {
  fetchSotkanetData,
  fetchSotkanetIndicator,
  fetchSotkanetRegions,
  type SotkanetDataQuery,
  type SotkanetDataRow,
  type SotkanetIndicatorMetadata,
  type SotkanetOptions,
} from "./sotkanet";

/** The metadata, region map and rows of one Sotkanet indicator. */
export interface SotkanetIndicatorData {
  indicator: SotkanetIndicatorMetadata;
  regions: SotkanetRegionMap;
  rows: SotkanetDataRow[];
}

/**
 * Fetches `/indicators/{id}`, `/regions` and `/json?…` in that order; an unknown indicator is the
 * `UsageError` `unknown_sotkanet_indicator`, an empty data answer gives `rows: []`.
 *
 * @example
 * ```ts
 * const published = await fetchSotkanetIndicatorData({ indicator: 127, years: [2023], genders: ["total"] });
 * const comparison = compareWithSotkanet(result, published.rows, { regions: published.regions,
 *   sotkanetIndicator: 127 });
 * ```
 */
export async function fetchSotkanetIndicatorData(
  query: SotkanetDataQuery,
  options: SotkanetOptions = {},
): Promise<SotkanetIndicatorData> {
  const indicator = await fetchSotkanetIndicator(query.indicator, options);
  const regions = buildSotkanetRegionMap(await fetchSotkanetRegions(options));
  const rows = await fetchSotkanetData(query, options);
  return { indicator, regions, rows };
}
