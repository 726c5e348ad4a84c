/**
 * The `--data [CONCEPT=]FILE` option of `virta compute` (interfaces.md; fine-print F29): at most one
 * file per concept, only concepts the indicator reads, and `FILE` alone only when the indicator reads
 * exactly one concept. Every violation is a usage error (exit 2) naming the option and what is allowed.
 */
import { UsageError, type Definition } from "@virta/core";
import { isConceptName } from "@virta/concepts";
import { DATA_PREFIX as PREFIX } from "./launch-files";

/** One input file for one concept. */
export interface DataInput {
  concept: string;
  file: string;
}

/**
 * Resolves the `--data` values for one indicator, in the order given (F29: tables are processed in
 * `--data` order).
 *
 * @example
 * ```ts
 * resolveDataOptions(primaryCareWithin14Days, ["visits.csv"]);
 * // [{ concept: "health_care_visit", file: "visits.csv" }]
 * resolveDataOptions(ftePer1000Residents, ["staff_fte=fte.csv", "population=pop.csv"]);
 * // [{ concept: "staff_fte", file: "fte.csv" }, { concept: "population", file: "pop.csv" }]
 * resolveDataOptions(primaryCareWithin14Days, ["population=pop.csv"]); // throws: … does not read population …
 * ```
 */
export function resolveDataOptions(definition: Definition, values: readonly string[]): DataInput[] {
  const reads = definition.concepts;
  if (values.length === 0) {
    throw new UsageError(
      "missing_data",
      `--data is required: ${definition.id} reads ${reads.join(" and ")}; give ` +
        `${reads.map((concept) => (reads.length === 1 ? "--data FILE" : `--data ${concept}=FILE`)).join(" ")}`,
      { option: "data", concepts: reads },
    );
  }
  const inputs: DataInput[] = [];
  for (const value of values) {
    const match = PREFIX.exec(value);
    let input: DataInput;
    if (match && (isConceptName(match[1]!) || reads.includes(match[1]!))) {
      input = { concept: match[1]!, file: match[2]! };
    } else if (match && !/[./\\]/.test(match[1]!)) {
      throw new UsageError(
        "unknown_concept",
        `--data ${value}: "${match[1]}" is not a concept; ${definition.id} reads ${reads.join(" and ")} (write ` +
          `--data ${reads[0]}=FILE)`,
        { option: "data", value: match[1], allowed: reads },
      );
    } else if (reads.length === 1) {
      input = { concept: reads[0]!, file: value };
    } else {
      throw new UsageError(
        "ambiguous_data",
        `--data ${value}: ${definition.id} reads ${reads.join(" and ")}; name the concept, e.g. --data ` +
          `${reads[0]}=${value}`,
        { option: "data", value, allowed: reads },
      );
    }
    if (input.file === "") {
      throw new UsageError(
        "missing_file",
        `--data ${value}: no file after "${input.concept}="; write --data ${input.concept}=FILE`,
        { option: "data", value },
      );
    }
    if (!reads.includes(input.concept)) {
      throw new UsageError(
        "concept_not_read",
        `--data ${value}: ${definition.id} does not read ${input.concept}; it reads ${reads.join(" and ")} (F29)`,
        { option: "data", value: input.concept, allowed: reads },
      );
    }
    if (inputs.some((earlier) => earlier.concept === input.concept)) {
      throw new UsageError(
        "duplicate_data",
        `--data ${value}: ${input.concept} is given twice; give at most one file per concept (F29)`,
        {
          option: "data",
          value: input.concept,
        },
      );
    }
    inputs.push(input);
  }
  const missing = reads.filter((concept) => !inputs.some((input) => input.concept === concept));
  if (missing.length > 0) {
    throw new UsageError(
      "missing_data",
      `${definition.id} also reads ${missing.join(" and ")}; add ` +
        `${missing.map((concept) => `--data ${concept}=FILE`).join(" ")}`,
      {
        option: "data",
        missing,
      },
    );
  }
  return inputs;
}
