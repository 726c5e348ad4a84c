/**
 * Deterministic synthetic `health_care_visit` rows as a CSV reader would give them (all strings), in
 * batches, for the validation benchmark. About 0.1 % of the rows are bad in assorted ways.
 */

const MUNICIPALITIES = ["091", "049", "092", "245", "167", "837", "905", "853", "564", "297"];
const BRANCHES = ["primary_care", "oral_care"];
const GROUPS = ["doctor", "nurse", "dentist", "oral_hygienist", "other"];
const URGENCY = ["urgent", "non_urgent"];
const MODES = ["in_person", "remote"];
const SEXES = ["male", "female", "1", "2", "N"];

function isoDate(day: number): string {
  const date = new Date(day * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Pre-rendered date strings of 2024 and of birth dates, so generation costs little. */
const VISIT_DAYS = Array.from({ length: 366 }, (_, index) => isoDate(19_723 + index));
const BIRTH_DAYS = Array.from({ length: 2000 }, (_, index) => isoDate(-20_000 + index * 17));

/**
 * Yields `total` rows in batches of `batchSize` (one array per batch).
 *
 * @example
 * ```ts
 * for await (const batch of generateVisits(10, 5)) console.log(batch.length); // 5, 5
 * ```
 */
export async function* generateVisits(total: number, batchSize: number): AsyncGenerator<Record<string, string>[]> {
  const next = random(42);
  for (let start = 0; start < total; start += batchSize) {
    const size = Math.min(batchSize, total - start);
    const batch: Record<string, string>[] = new Array(size);
    for (let offset = 0; offset < size; offset += 1) {
      const n = start + offset;
      const visit = Math.floor(next() * 360) + 5;
      const wait = Math.floor(next() * 5);
      const row: Record<string, string> = {
        visit_id: `v${n}`,
        client_id: `c${n % 250_000}`,
        birth_date: BIRTH_DAYS[n % BIRTH_DAYS.length]!,
        sex: SEXES[n % SEXES.length]!,
        municipality_code: MUNICIPALITIES[n % MUNICIPALITIES.length]!,
        organizer_code: "",
        service_branch: BRANCHES[n & 1]!,
        professional_group: GROUPS[n % GROUPS.length]!,
        urgency: URGENCY[(n >> 1) & 1]!,
        contact_mode: MODES[(n >> 2) & 1]!,
        contact_date: VISIT_DAYS[visit - wait - 1]!,
        need_assessment_date: VISIT_DAYS[visit - wait]!,
        visit_date: VISIT_DAYS[visit]!,
      };
      if (n % 1000 === 999) {
        // One bad row in a thousand, of a few kinds.
        const kind = ((n / 1000) % 4) | 0;
        if (kind === 0) row.visit_date = "2023-02-29";
        else if (kind === 1) row.sex = "x";
        else if (kind === 2) row.municipality_code = "999";
        else row.visit_id = `v${n - 1}`;
      }
      batch[offset] = row;
    }
    yield batch;
  }
}
