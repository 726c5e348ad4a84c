/**
 * The synthetic data set of `virta demo` (issue 10) and of the benchmarks: two wellbeing services
 * counties — 14 Pohjois-Karjala and 17 Pohjanmaa, with their real municipality codes (Statistics
 * Finland 2024) weighted by approximate population — and one year of primary-care and oral-care visits,
 * specialised-care referrals, social-care assessments and child-welfare cases, with realistic waits.
 *
 * Everything comes from one seeded random source, so a seed gives the same rows everywhere. The rows
 * use the concept columns of concepts.md exactly; a few deliberately broken rows (a visit before its
 * need assessment, `visit_before_assessment`) show the input accounting of interfaces.md.
 */
import { addDays, dayNumber, formatDate, isWorkingDay, type DayNumber } from "@virta/core";
import { createRandom, type Random } from "./random";

/** One generated row: column name → text (empty string = absent, F1). */
export type DemoRow = Record<string, string>;

/** The generated tables, one per concept. */
export interface DemoData {
  health_care_visit: DemoRow[];
  specialised_care_referral: DemoRow[];
  social_care_assessment: DemoRow[];
  child_welfare_case: DemoRow[];
}

/** Options of {@link generateDemoData}. */
export interface DemoOptions {
  /** The seed (default 2024). */
  seed?: number;
  /** The year of the visits (default 2024). */
  year?: number;
  /** Health-care visits per county (default 12 000); the other tables scale with it. */
  visitsPerCounty?: number;
}

export { DEMO_COLUMNS } from "./demo-columns";

/**
 * A county to generate rows for: its organizer code, municipalities weighted by residents, and a pace
 * (1 = the demo's national levels; above 1 = longer waits, used by the national generator).
 */
export interface DemoCounty {
  organizer: string;
  municipalities: ReadonlyArray<readonly [string, number]>;
  pace?: number;
}

/** The two demo counties: municipality code → approximate residents (2024). */
const COUNTIES: ReadonlyArray<DemoCounty> = [
  {
    organizer: "14",
    municipalities: [
      ["167", 77_000],
      ["276", 15_000],
      ["426", 12_000],
      ["422", 11_000],
      ["260", 10_000],
      ["541", 7_500],
      ["309", 6_500],
      ["146", 4_700],
      ["176", 4_500],
      ["848", 4_300],
      ["607", 4_200],
      ["090", 3_200],
      ["707", 2_000],
    ],
  },
  {
    organizer: "17",
    municipalities: [
      ["905", 68_000],
      ["499", 19_500],
      ["598", 19_000],
      ["599", 11_300],
      ["545", 9_300],
      ["399", 8_000],
      ["893", 7_400],
      ["946", 6_500],
      ["288", 6_500],
      ["287", 6_300],
      ["475", 5_500],
      ["440", 5_500],
      ["280", 2_200],
      ["231", 1_200],
    ],
  },
];

/** Who visits primary care: ages in completed years, weighted towards the old (a rough national shape). */
const VISIT_AGES: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[0, 6], 6],
  [[7, 15], 7],
  [[16, 24], 9],
  [[25, 64], 42],
  [[65, 74], 17],
  [[75, 98], 19],
];

interface Person {
  id: string;
  birth: DayNumber;
  sex: string;
  municipality: string;
  organizer: string;
}

/** The state of one generation run (one year). */
export interface Context {
  random: Random;
  year: number;
  start: DayNumber;
  end: DayNumber;
  /** The last day the source system had data for (one month after the year). */
  extracted: DayNumber;
  nextClient: number;
}

function person(
  context: Context,
  organizer: DemoCounty,
  event: DayNumber,
  ageRange: readonly [number, number],
  prefix: string,
): Person {
  const { random } = context;
  const age = random.int(ageRange[0], ageRange[1]);
  // Born between age+1 years minus a day and age years before the event, so the age on the event is `age`.
  const birth = addDays(event, -(age * 365 + Math.floor(age / 4) + random.int(1, 364)));
  context.nextClient += 1;
  return {
    id: `${prefix}${organizer.organizer}-${String(context.nextClient).padStart(6, "0")}`,
    birth,
    sex: random.chance(0.53) ? "female" : "male",
    municipality: random.weighted(organizer.municipalities),
    organizer: organizer.organizer,
  };
}

function personColumns(p: Person): DemoRow {
  return {
    client_id: p.id,
    birth_date: formatDate(p.birth),
    sex: p.sex,
    municipality_code: p.municipality,
    organizer_code: p.organizer,
  };
}

const date = (day: DayNumber | null): string => (day === null ? "" : formatDate(day));

/** A day of the year, or (with probability `before`) of the last month before it. */
function eventDay(context: Context, before = 0): DayNumber {
  const { random, start, end } = context;
  if (random.chance(before)) return addDays(start, -random.int(1, 31));
  return addDays(start, random.int(0, end - start));
}

/** Appends `count` health-care visits of one county and year. */
export function visits(context: Context, county: DemoCounty, count: number, rows: DemoRow[]): void {
  const { random } = context;
  const pace = county.pace ?? 1;
  for (let i = 0; i < count; i++) {
    const oral = random.chance(0.3);
    const urgent = random.chance(oral ? 0.1 : 0.25);
    const visit = eventDay(context, 0.02);
    const p = person(context, county, visit, random.weighted(VISIT_AGES), "c");
    // Waits (days from need assessment to visit): primary care mostly within two weeks with a long tail,
    // oral care mostly within a few months (the 2024 national levels, roughly).
    const wait = urgent
      ? random.int(0, 1)
      : oral
        ? random.exponential(45 * pace, 260)
        : random.weighted([
            [random.exponential(6 * pace, 40), 8],
            [random.int(14, 120), 2 * pace],
          ] as const);
    const assessed = urgent || random.chance(0.93);
    let assessment: DayNumber | null = assessed ? addDays(visit, -wait) : null;
    // About one row in 500 has its dates swapped: rejected `visit_before_assessment` (concepts.md).
    if (assessment !== null && random.chance(0.002)) assessment = addDays(visit, random.int(1, 5));
    const contact = assessment === null ? null : addDays(assessment, -random.int(0, 2));
    rows.push({
      visit_id: `v${county.organizer}-${String(rows.length + 1).padStart(7, "0")}`,
      ...personColumns(p),
      service_branch: oral ? "oral_care" : "primary_care",
      professional_group: oral
        ? random.weighted([
            ["dentist", 60],
            ["oral_hygienist", 35],
            ["other", 5],
          ] as const)
        : random.weighted([
            ["doctor", 45],
            ["nurse", 45],
            ["other", 10],
          ] as const),
      urgency: urgent ? "urgent" : "non_urgent",
      contact_mode: random.chance(oral ? 0.04 : 0.3) ? "remote" : "in_person",
      contact_date: date(contact),
      need_assessment_date: date(assessment),
      visit_date: date(visit),
    });
  }
}

/** Appends `count` specialised-care referrals of one county and year. */
export function referrals(context: Context, county: DemoCounty, count: number, rows: DemoRow[]): void {
  const { random, end } = context;
  const pace = county.pace ?? 1;
  for (let i = 0; i < count; i++) {
    const received = addDays(end, -random.int(0, 420));
    const p = person(context, county, received, random.weighted(VISIT_AGES), "r");
    const treatedAfter = random.weighted([
      [random.exponential(55 * pace, 400), 8],
      [random.int(90, 300), 2 * pace],
    ] as const);
    const removed = random.chance(0.06);
    const leaves = addDays(received, treatedAfter);
    const known = leaves <= context.extracted ? leaves : null;
    rows.push({
      referral_id: `s${county.organizer}-${String(rows.length + 1).padStart(7, "0")}`,
      ...personColumns(p),
      specialty: random.weighted([
        ["20", 20],
        ["30", 15],
        ["40", 18],
        ["50", 8],
        ["55", 10],
        ["60", 9],
        ["70", 12],
        ["78", 8],
      ] as const),
      referral_received_date: date(received),
      treatment_date: removed ? "" : date(known),
      removed_date: removed ? date(known) : "",
    });
  }
}

/** The next working day on or after `day` (the assessment often starts on a working day). */
function onWorkingDay(day: DayNumber): DayNumber {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** Appends `count` social-care assessments of one county and year. */
export function assessments(context: Context, county: DemoCounty, count: number, rows: DemoRow[]): void {
  const { random } = context;
  const pace = county.pace ?? 1;
  for (let i = 0; i < count; i++) {
    const group = random.weighted([
      ["older_people", 55],
      ["disability", 12],
      ["family", 14],
      ["adult", 12],
      ["child_special_support", 7],
    ] as const);
    const ages: readonly [number, number] =
      group === "older_people"
        ? [70, 99]
        : group === "family" || group === "child_special_support"
          ? [0, 17]
          : group === "adult"
            ? [18, 64]
            : [5, 80];
    const initiated = eventDay(context);
    const p = person(context, county, initiated, ages, "a");
    const startsAfter = random.weighted([
      [random.int(0, 9), 8],
      [random.int(10, 30), 2 * pace],
    ] as const);
    const started = onWorkingDay(addDays(initiated, startsAfter));
    const completed = addDays(started, random.int(0, 40));
    rows.push({
      assessment_id: `a${county.organizer}-${String(rows.length + 1).padStart(6, "0")}`,
      ...personColumns(p),
      client_group: group,
      highest_care_allowance: random.chance(group === "older_people" ? 0.08 : 0.03) ? "true" : "false",
      urgent: random.chance(0.07) ? "true" : "false",
      initiated_date: date(initiated),
      started_date: started <= context.extracted ? date(started) : "",
      completed_date: started <= context.extracted && completed <= context.extracted ? date(completed) : "",
    });
  }
}

/** Appends `count` child-welfare cases of one county and year. */
export function childWelfareCases(context: Context, county: DemoCounty, count: number, rows: DemoRow[]): void {
  const { random } = context;
  const pace = county.pace ?? 1;
  for (let i = 0; i < count; i++) {
    const opened = eventDay(context);
    const p = person(context, county, opened, [0, 17], "w");
    const decision = addDays(
      opened,
      random.weighted([
        [random.int(0, 10), 9],
        [random.int(11, 25), 1 * pace],
      ] as const),
    );
    const assessed = random.chance(0.65);
    const completed = addDays(
      opened,
      random.weighted([
        [random.int(20, 92), 8],
        [random.int(93, 150), 2 * pace],
      ] as const),
    );
    rows.push({
      case_id: `k${county.organizer}-${String(rows.length + 1).padStart(6, "0")}`,
      ...personColumns(p),
      opened_date: date(opened),
      decision_date: decision <= context.extracted ? date(decision) : "",
      assessment_completed_date: assessed && completed <= context.extracted ? date(completed) : "",
      assessment_started: assessed ? "true" : "false",
    });
  }
}

/**
 * Generates the demo data set: one year of the four availability tables for counties 14 and 17.
 *
 * @example
 * ```ts
 * const data = generateDemoData({ seed: 1, visitsPerCounty: 100 });
 * data.health_care_visit.length; // 200
 * data.health_care_visit[0].organizer_code; // "14"
 * generateDemoData({ seed: 1, visitsPerCounty: 100 }).health_care_visit[5]; // the same row every run
 * ```
 */
export function generateDemoData(options: DemoOptions = {}): DemoData {
  const year = options.year ?? 2024;
  const perCounty = options.visitsPerCounty ?? 12_000;
  const context = createContext(options.seed ?? 2024, year);
  const data: DemoData = {
    health_care_visit: [],
    specialised_care_referral: [],
    social_care_assessment: [],
    child_welfare_case: [],
  };
  for (const county of COUNTIES) {
    visits(context, county, perCounty, data.health_care_visit);
    referrals(context, county, Math.round(perCounty / 8), data.specialised_care_referral);
    assessments(context, county, Math.round(perCounty / 10), data.social_care_assessment);
    childWelfareCases(context, county, Math.round(perCounty / 20), data.child_welfare_case);
  }
  return data;
}

/**
 * A fresh generation context for one year: the seeded random source, the year's first and last day, and
 * the extraction day one month after it.
 *
 * @example
 * ```ts
 * const context = createContext(2024, 2024);
 * visits(context, { organizer: "14", municipalities: [["167", 1]] }, 10, rows);
 * ```
 */
export function createContext(seed: number, year: number): Context {
  const start = dayNumber(year, 1, 1);
  const end = dayNumber(year, 12, 31);
  return { random: createRandom(seed), year, start, end, extracted: addDays(end, 31), nextClient: 0 };
}

/** RFC 4180 quoting of one CSV field (F30). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One generated table as CSV text (header row, LF line ends), as `virta demo` writes it.
 *
 * @example
 * ```ts
 * demoCsv([{ a: "1", b: "x,y" }], ["a", "b"]); // "a,b\n1,\"x,y\"\n"
 * ```
 */
export function demoCsv(rows: readonly DemoRow[], columns: readonly string[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column] ?? "")).join(","));
  return `${lines.join("\n")}\n`;
}
