/**
 * Benchmark (issue 13): validate alone on column batches in memory (alone.ts), three rounds, with the
 * rates per wall second and per CPU second of this process (the machine is shared). Batches are held
 * up to 2e6 visits and streamed above (see alone.ts); `held` or `streamed` chooses, `text` reads every
 * cell as text.
 *
 * Run: node --expose-gc --import tsx bench/validate-stream/columns.ts [visits, default 1e6] [text] [held|streamed]
 */
import { generateCsv } from "../generate";
import { validateAlone } from "./alone";

const total = Number(process.argv[2] ?? 1_000_000);
const flags = new Set(process.argv.slice(3));
const streamed = flags.has("streamed") || (!flags.has("held") && total > 2_000_000);
const files = await generateCsv(total);
console.log(
  `batches ${streamed ? "streamed (only pushColumns timed)" : "read first and held"}, ` +
    `${flags.has("text") ? "every cell as text" : "dates as day numbers"}`,
);
const rounds = await validateAlone(files.health_care_visit, { rounds: 3, streamed, text: flags.has("text") });
rounds.forEach((round, index) => {
  console.log(
    `pushColumns round ${index + 1}: ${round.rows.toLocaleString("en")} rows ` +
      `(${round.valid.toLocaleString("en")} valid) in ${round.seconds.toFixed(2)} s = ` +
      `${Math.round(round.rows / round.seconds).toLocaleString("en")} rows/s wall, ` +
      `${Math.round(round.rows / round.cpuSeconds).toLocaleString("en")} rows/CPU s; ` +
      `key table ${round.bytesPerKey.toFixed(1)} B/key`,
  );
});
