/**
 * The in-memory engine against the hand-written typed-array loops per indicator (issue 14: "at most 2×
 * the hand-written loop per indicator"): for each of the three primary-care shares by organizer and age
 * group, the engine's run and that indicator's own hand-written loop, timed alternately for a few rounds
 * (the best round counts: the machine is shared), after checking that both give the same numbers in every
 * cell. The one-pass loop computing all three is timed too, against the sum of the engine's three runs.
 *
 *   node --import tsx bench/per-indicator.ts 1e6 [rounds]   # on its own, on the generated data of that size
 */
import { evaluateInMemory, finalizeRows, planComputation, type ColumnarTable } from "@virta/core";
import { DEFINITIONS } from "@virta/indicators";
import { loadColumnar, numbersOf, sameNumbers, seconds, streamOf } from "./columnar";
import { generateCsv } from "./generate";
import { HAND_WRITTEN, handWrittenThree, THREE } from "./hand-written";

/** One indicator's figures: best wall and CPU seconds of its rounds. */
export interface IndicatorFigures {
  id: string;
  memory_s: number;
  hand_written_s: number;
  ratio: number;
  memory_cpu_s: number;
  hand_written_cpu_s: number;
  /** The ratio of CPU seconds: the figure to read on a shared machine, where wall time includes waiting. */
  cpu_ratio: number;
}

const BY = ["organizer", "age_group"];

/** Wall and CPU milliseconds of `work`. */
async function measured<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

const ratioOf = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/**
 * Per indicator and for the one-pass loop: the engine's and the hand-written loop's best times of
 * `rounds` alternate rounds, every result checked against the other first.
 *
 * @example
 * ```ts
 * const { indicators, combined } = await perIndicator(visits.chunks, "2024", 3);
 * indicators[1]!.ratio; // engine / hand-written, within_14_days
 * ```
 */
export async function perIndicator(
  chunks: readonly ColumnarTable[],
  period: string,
  rounds: number,
): Promise<{ indicators: IndicatorFigures[]; combined: { memory_s: number; hand_written_s: number; ratio: number } }> {
  const indicators: IndicatorFigures[] = [];
  for (const id of THREE) {
    const definition = DEFINITIONS.find((d) => d.id === id)!;
    const plan = planComputation(definition, { period, by: BY, suppress: false });
    const best = { memory: Infinity, hand: Infinity, memoryCpu: Infinity, handCpu: Infinity };
    for (let round = 0; round < rounds; round++) {
      const memory = await measured(() => evaluateInMemory(plan, { health_care_visit: streamOf(chunks) }));
      const hand = await measured(() => HAND_WRITTEN[id]!(chunks, period));
      if (round === 0) {
        const rows = finalizeRows(plan, memory.value.cells).rows;
        sameNumbers(numbersOf(rows, BY), hand.value, `${id}: engine vs its hand-written loop`);
      }
      best.memory = Math.min(best.memory, memory.ms);
      best.hand = Math.min(best.hand, hand.ms);
      best.memoryCpu = Math.min(best.memoryCpu, memory.cpuMs);
      best.handCpu = Math.min(best.handCpu, hand.cpuMs);
    }
    indicators.push({
      id,
      memory_s: seconds(best.memory),
      hand_written_s: seconds(best.hand),
      ratio: ratioOf(best.memory, best.hand),
      memory_cpu_s: seconds(best.memoryCpu),
      hand_written_cpu_s: seconds(best.handCpu),
      cpu_ratio: ratioOf(best.memoryCpu, best.handCpu),
    });
  }
  // The one-pass loop against the sum of the engine's best runs of the three.
  let handThree = Infinity;
  for (let round = 0; round < rounds; round++) {
    const three = await measured(() => handWrittenThree(chunks, period));
    for (const id of THREE)
      sameNumbers(three.value.get(id)!, HAND_WRITTEN[id]!(chunks, period), `${id}: one pass vs its own loop`);
    handThree = Math.min(handThree, three.ms);
  }
  const memoryThree = indicators.reduce((sum, figures) => sum + figures.memory_s * 1000, 0);
  return {
    indicators,
    combined: {
      memory_s: seconds(memoryThree),
      hand_written_s: seconds(handThree),
      ratio: ratioOf(memoryThree, handThree),
    },
  };
}

/** `id: engine s / hand s = ratio (CPU …)` lines, one per indicator, and the one-pass line. */
export function describe(figures: Awaited<ReturnType<typeof perIndicator>>): string {
  const lines = figures.indicators.map(
    (f) =>
      `  ${f.id}: engine ${f.memory_s} s (${f.memory_cpu_s} CPU s), hand-written ${f.hand_written_s} s ` +
      `(${f.hand_written_cpu_s} CPU s), ratio ${f.ratio} (CPU ${f.cpu_ratio})`,
  );
  const c = figures.combined;
  lines.push(`  three in one pass: engine (sum) ${c.memory_s} s, hand-written ${c.hand_written_s} s, ratio ${c.ratio}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("per-indicator.ts")) {
  const size = Number(process.argv[2] ?? "1e6");
  const rounds = Number(process.argv[3] ?? "5");
  const csv = await generateCsv(size);
  const visits = await loadColumnar(csv.health_care_visit, "health_care_visit");
  console.log(`${visits.rows} visits loaded; best of ${rounds} rounds, every cell checked:`);
  console.log(describe(await perIndicator(visits.chunks, "2024", rounds)));
}
