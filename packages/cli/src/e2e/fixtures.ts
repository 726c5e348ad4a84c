/**
 * The small hand-checked input of the end-to-end tests: 15 `health_care_visit` rows whose result for
 * `availability.primary_care.within_14_days`, period 2024, by organizer, is worked out by hand from
 * indicators.md (population P-PC, wait = days(need_assessment_date, visit_date), numerator wait ≤ 14)
 * and fine-print F7, F8, F15, F20, F21.
 *
 * Organizer 14 (Joensuu 167; organizer derived from the municipality), in P-PC:
 *   v01 wait 4 ✓ · v02 wait 14 ✓ (the limit itself) · v03 wait 15 ✗ · v04 wait 51 ✗ ·
 *   v05 wait 11 ✓ (remote) · v06 assessed 2023-12-20, visit 2024-01-02: wait 13 ✓ (the visit date places it)
 *   → numerator 4, denominator 6, value 100·4/6 = 66.66… → 66.7 (F21)
 * Excluded (F15, one reason each): v07 urgency · v08 service_branch (oral care) · v09 professional_group
 *   (other) · v10 no_need_assessment · v11 outside_period (visit 2023-12-31)
 * Rejected (F7, F8): v12 visit 2024-04-01 before its assessment 2024-04-10 → visit_before_assessment, row 12
 * Organizer 17 (Vaasa 905): v13 wait 2, v14 wait 20, v15 wait 7 → denominator 3 (1–4) → suppressed (F20)
 * Accounting: 15 read = 1 rejected + 5 excluded + 9 in population.
 */

export const INDICATOR = "availability.primary_care.within_14_days";

export const VISIT_COLUMNS = [
  "visit_id",
  "client_id",
  "birth_date",
  "sex",
  "municipality_code",
  "service_branch",
  "professional_group",
  "urgency",
  "contact_mode",
  "contact_date",
  "need_assessment_date",
  "visit_date",
] as const;

export const VISIT_ROWS: ReadonlyArray<readonly string[]> = [
  [
    "v01",
    "c01",
    "1980-05-01",
    "female",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-05",
  ],
  [
    "v02",
    "c02",
    "1975-01-15",
    "male",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-15",
  ],
  [
    "v03",
    "c03",
    "1990-07-30",
    "female",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-03-01",
    "2024-03-16",
  ],
  [
    "v04",
    "c04",
    "1950-02-11",
    "male",
    "167",
    "primary_care",
    "nurse",
    "non_urgent",
    "in_person",
    "",
    "2024-05-10",
    "2024-06-30",
  ],
  [
    "v05",
    "c05",
    "2001-10-10",
    "female",
    "167",
    "primary_care",
    "nurse",
    "non_urgent",
    "remote",
    "",
    "2024-12-20",
    "2024-12-31",
  ],
  [
    "v06",
    "c06",
    "1966-06-06",
    "male",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "2023-12-19",
    "2023-12-20",
    "2024-01-02",
  ],
  [
    "v07",
    "c07",
    "1985-03-03",
    "female",
    "167",
    "primary_care",
    "doctor",
    "urgent",
    "in_person",
    "",
    "2024-02-02",
    "2024-02-02",
  ],
  [
    "v08",
    "c08",
    "1985-03-03",
    "female",
    "167",
    "oral_care",
    "dentist",
    "non_urgent",
    "in_person",
    "",
    "2024-02-02",
    "2024-02-20",
  ],
  [
    "v09",
    "c09",
    "1970-09-09",
    "male",
    "167",
    "primary_care",
    "other",
    "non_urgent",
    "in_person",
    "",
    "2024-04-01",
    "2024-04-03",
  ],
  [
    "v10",
    "c10",
    "1999-12-12",
    "female",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "",
    "2024-04-03",
  ],
  [
    "v11",
    "c11",
    "1960-01-01",
    "male",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2023-12-01",
    "2023-12-31",
  ],
  [
    "v12",
    "c12",
    "1960-01-01",
    "male",
    "167",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-04-10",
    "2024-04-01",
  ],
  [
    "v13",
    "c13",
    "1940-04-04",
    "female",
    "905",
    "primary_care",
    "doctor",
    "non_urgent",
    "in_person",
    "",
    "2024-08-01",
    "2024-08-03",
  ],
  [
    "v14",
    "c14",
    "1942-04-04",
    "male",
    "905",
    "primary_care",
    "nurse",
    "non_urgent",
    "in_person",
    "",
    "2024-08-01",
    "2024-08-21",
  ],
  [
    "v15",
    "c15",
    "1944-04-04",
    "female",
    "905",
    "primary_care",
    "doctor",
    "non_urgent",
    "remote",
    "",
    "2024-09-01",
    "2024-09-08",
  ],
];

/** The rows as CSV text (comma-separated, LF). */
export function visitsCsv(separator = ","): string {
  return [VISIT_COLUMNS.join(separator), ...VISIT_ROWS.map((row) => row.join(separator))].join("\n") + "\n";
}

/** The rows as JSON objects; an empty cell becomes `null` (absent, F1). */
export function visitObjects(): Array<Record<string, string | null>> {
  return VISIT_ROWS.map((row) =>
    Object.fromEntries(VISIT_COLUMNS.map((column, index) => [column, row[index] === "" ? null : row[index]!])),
  );
}

/** The hand-checked input accounting (see the header). */
export const EXPECTED_INPUT = {
  health_care_visit: {
    rows_read: 15,
    rows_rejected: 1,
    rows_excluded: 5,
    rows_in_population: 9,
    excluded_by_reason: {
      outside_period: 1,
      service_branch: 1,
      urgency: 1,
      professional_group: 1,
      no_need_assessment: 1,
    },
    rejected_by_reason: { visit_before_assessment: 1 },
  },
};

/** The hand-checked rows by organizer (see the header). */
export const EXPECTED_ROWS = [
  { organizer: "14", numerator: 4, denominator: 6, value: 66.7, suppressed: false },
  { organizer: "17", numerator: null, denominator: null, value: null, suppressed: true },
];
