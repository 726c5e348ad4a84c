// Type-checked as a CommonJS consumer (skipLibCheck: false): Decimal as a value and a type, compute's types.
import { Decimal, type IndicatorResult } from "@virta/core";
import { type ConceptName, CONCEPT_NAMES } from "@virta/concepts";
import { catalogue, compute, primaryCareWithin14Days, type ComputeRequest } from "@virta/indicators";
import { formatResultCsv } from "@virta/adapters";
import { run, type CliIo } from "@virta/cli";
import { resultSchema } from "@virta/core/schemas";

const sum: Decimal = new Decimal("0.1").plus(new Decimal("0.2"));
const text: string = sum.toFixed(2);
const concept: ConceptName = CONCEPT_NAMES[0]!;
const request: ComputeRequest | undefined = undefined;
export async function example(rows: Record<string, unknown>[]): Promise<string> {
  const result: IndicatorResult = await compute(primaryCareWithin14Days, {
    data: { health_care_visit: rows },
    period: "2024",
    by: ["organizer"],
  });
  const io: CliIo | undefined = undefined;
  const parses: boolean = resultSchema.safeParse(result).success;
  return [text, concept, String(request), String(io), String(parses), formatResultCsv(result)]
    .concat(catalogue.list().map((entry) => entry.id))
    .concat(String(typeof run))
    .join("\n");
}
