/**
 * Calendar helpers of the sub-period breakdown (month, quarter, tertial, half; fine-print F26): a day's
 * month ordinal and a sub-period's label. The generated row loop (`generate-loop.ts`) indexes a row's
 * sub-period through a table built with them.
 */
import type { SubPeriodKind } from "../../period/period";

/** Year and month of a day number (civil-from-days, Howard Hinnant), as one ordinal y·12 + (m − 1). */
export function monthOrdinal(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + (month - 1);
}

const MONTHS_PER_SUB_PERIOD: Record<SubPeriodKind, number> = { month: 1, quarter: 3, tertial: 4, half: 6 };
const SUB_PERIOD_LETTER: Record<SubPeriodKind, string> = { month: "", quarter: "Q", tertial: "T", half: "H" };

/** The label of a sub-period ordinal (`2024-03`, `2024-Q1`, `2024-T2`, `2024-H1`). */
export function subPeriodLabel(kind: SubPeriodKind, ordinal: number): string {
  const perYear = 12 / MONTHS_PER_SUB_PERIOD[kind];
  const year = Math.floor(ordinal / perYear);
  const within = ordinal - year * perYear + 1;
  return kind === "month"
    ? `${year}-${String(within).padStart(2, "0")}`
    : `${year}-${SUB_PERIOD_LETTER[kind]}${within}`;
}
