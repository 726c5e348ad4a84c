// The example computation every consumer of the packed tarballs runs (ESM, CJS, browser): the 15 visits
// of examples/primary-care-within-14-days, within 14 days by organizer for 2024. Hand-checked in that
// README: organizer 14 has 4 of 6 (66.7), organizer 17 three visits (suppressed).
export const EXPECTED_ROWS = [
  { organizer: "14", numerator: 4, denominator: 6, value: 66.7, suppressed: false },
  { organizer: "17", numerator: null, denominator: null, value: null, suppressed: true },
];
