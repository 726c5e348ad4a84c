/** Hand-written result objects for the writer tests (not exported from the package). */
import type { IndicatorResult } from "@virta/core";

/** A proportion by organizer × age group: 3 rows, one suppressed, of 2 × 2 combinations. */
export function byOrganizerAndAge(): IndicatorResult {
  return {
    indicator: { id: "availability.primary_care.within_14_days", version: "1.0.0", definition_hash: "sha256:abc" },
    library: { name: "@virta/indicators", version: "0.3.0" },
    period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
    as_of: null,
    unit: "percent",
    decimals: 1,
    breakdown: ["organizer", "age_group"],
    age_groups: "sotkanet",
    disclosure: "national-1",
    warnings: [],
    input: {
      health_care_visit: {
        rows_read: 100,
        rows_rejected: 1,
        rows_excluded: 9,
        rows_in_population: 90,
        excluded_by_reason: { urgency: 9 },
        rejected_by_reason: { missing: 1 },
      },
    },
    rows: [
      // Keys deliberately out of order: the JSON writer puts them in the documented order.
      { suppressed: false, value: 80, denominator: 50, numerator: 40, age_group: "25-64", organizer: "14" },
      { organizer: "14", age_group: "75+", numerator: null, denominator: null, value: null, suppressed: true },
      { organizer: "15", age_group: "75+", numerator: 2, denominator: 3, value: 66.7, suppressed: false },
    ],
  };
}

/** A count without breakdown (one row). */
export function withoutBreakdown(): IndicatorResult {
  return {
    ...byOrganizerAndAge(),
    indicator: { id: "activity.visits.count", version: "1.0.0", definition_hash: "sha256:def" },
    unit: "persons",
    decimals: 0,
    breakdown: [],
    age_groups: null,
    rows: [{ numerator: 1234, denominator: null, value: 1234, suppressed: false }],
  };
}
