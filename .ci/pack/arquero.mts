// Type-checked as an ESM consumer of the optional arquero entry (arquero installed).
import { compute, primaryCareWithin14Days } from "@virta/indicators";
import { resultToTable } from "@virta/indicators/arquero";

export async function table(rows: Record<string, unknown>[]): Promise<number> {
  const result = await compute(primaryCareWithin14Days, { data: { health_care_visit: rows }, period: "2024" });
  return resultToTable(result)
    .filter((d: { suppressed: boolean }) => !d.suppressed)
    .numRows();
}
