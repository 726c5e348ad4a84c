/**
 * The workbench's Web Worker (issue 18): reads the dropped files and computes the indicator with
 * `compute()` of @virta/indicators — the same packages the CLI uses — which validates each row once
 * (its first 100 rejections are listed, values masked as F11/F36 say), and writes the CSV (F30) and
 * JSON-stat (F31) downloads. Nothing leaves the browser. `codegen: false` (the library's option): no
 * code is generated nor probed, so a strict CSP without 'unsafe-eval' reports nothing.
 */
import { catalogue, compute, memoryEngine } from "@virta/indicators";
import type { ColumnBatch } from "@virta/core";
import { dimensionLabelOf, labelOf, type Rejection } from "@virta/concepts";
import { formatResultCsv, formatResultJsonStat } from "../../../packages/adapters/src/writers/index";
import { parseCsv, parseParquet, type ParsedTable } from "./parse";
import type { RunMessage, WorkerMessage } from "./protocol";

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);
const BATCH = 16_384;

/** The parsed rows as column batches (`ColumnBatch` of @virta/core), record numbers from 1 (F9). */
function* batches(table: ParsedTable, source: string, onBatch: (done: number) => void): Generator<ColumnBatch> {
  for (let start = 0; start < table.rows.length; start += BATCH) {
    const values = table.rows.slice(start, start + BATCH);
    const records = Array.from({ length: values.length }, (_, index) => start + index + 1);
    const columns = table.columns.map((_, column) => values.map((cells) => cells[column]));
    onBatch(start + values.length);
    yield { source, names: table.columns, columns, length: values.length, records };
  }
}

async function run(message: RunMessage): Promise<void> {
  const started = performance.now();
  const entry = catalogue.entry(message.id);
  const tables: Record<string, ParsedTable> = {};
  for (const [index, file] of message.files.entries()) {
    const share = (part: number) =>
      post({ type: "progress", stage: "read", share: (index + part) / message.files.length });
    tables[file.concept] = file.name.toLowerCase().endsWith(".parquet")
      ? await parseParquet(file.name, file.bytes)
      : parseCsv(file.name, new Uint8Array(file.bytes), share);
  }
  // One validation only: compute's own (F7 accounting in `result.input`); the first 100 rejections
  // (values masked, F11) are listed as it reports them.
  const total = Object.values(tables).reduce((sum, table) => sum + table.rows.length, 0);
  const rejections: Rejection[] = [];
  let consumed = 0;
  const data = Object.fromEntries(
    Object.entries(tables).map(([concept, table]) => [
      concept,
      {
        batches: () =>
          batches(table, concept, (done) => {
            post({ type: "progress", stage: "compute", share: (consumed + done) / total });
            if (done === table.rows.length) consumed += done;
          }),
      },
    ]),
  );
  const result = await compute(entry.definition, {
    data,
    period: message.period,
    by: message.by,
    ...(message.ageGroups ? { ageGroups: message.ageGroups } : {}),
    ...(message.asOf ? { asOf: message.asOf } : {}),
    engine: memoryEngine,
    definitionHash: entry.definition_hash,
    codegen: false,
    onRejection: (rejection) => {
      if (rejections.length < 100) rejections.push(rejection);
    },
    sources: Object.fromEntries(message.files.map((file) => [file.concept, file.name])),
  });
  const headings = {
    fi: ["Osoittaja", "Nimittäjä", "Arvo", "Salattu"],
    sv: ["Täljare", "Nämnare", "Värde", "Skyddad"],
    en: ["Numerator", "Denominator", "Value", "Suppressed"],
  }[message.lang];
  const labels: Record<string, Record<string, string>> = {
    "": Object.fromEntries([
      ...result.breakdown.map((name) => [name, dimensionLabelOf(name, message.lang)]),
      ...["numerator", "denominator", "value", "suppressed"].map((name, index) => [name, headings[index]!]),
    ]),
  };
  for (const name of result.breakdown) {
    labels[name] = {};
    for (const row of result.rows) {
      const code = String(row[name]);
      const label = labelOf(name, code, message.lang);
      if (label !== code) labels[name]![code] = label;
    }
  }
  post({
    type: "result",
    labels,
    result,
    rejections,
    csv: formatResultCsv(result),
    jsonstat: formatResultJsonStat(result, { lang: message.lang, label: entry.title[message.lang] }),
    seconds: (performance.now() - started) / 1000,
    rows: total,
  });
}

self.addEventListener("message", (event: MessageEvent<RunMessage>) => {
  if (event.data?.type !== "run") return;
  run(event.data).catch((error: unknown) =>
    post({ type: "error", message: (error as Error).message ?? String(error) }),
  );
});
