/**
 * Benchmark of the uniqueness table alone (F9): inserting and looking up `n` ids `v0…v(n−1)` (numbered
 * ids, kept by their number) or, with `hashed`, `0v…(n−1)v` (hashed), against a `Map`, and the table's
 * bytes per key.
 *
 * Run: node --import tsx bench/validate-stream/keys.ts [n] [hashed]
 */
import { KeyTable } from "../../packages/concepts/src/validation/key-table";

const n = Number(process.argv[2] ?? 1_000_000);
const hashed = process.argv[3] === "hashed";
const keys = Array.from({ length: n }, (_, index) => (hashed ? `${index}v` : `v${index}`));

function cpuNanosPerKey(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return ((used.user + used.system) * 1000) / n;
}

for (let round = 1; round <= 3; round += 1) {
  const table = new KeyTable();
  const insert = cpuNanosPerKey(() => {
    for (let index = 0; index < n; index += 1) table.firstRowOrAdd(keys[index]!, index + 1);
  });
  const lookUp = cpuNanosPerKey(() => {
    for (let index = 0; index < n; index += 1) table.firstRowOrAdd(keys[index]!, 0);
  });
  const map = new Map<string, number>();
  const mapInsert = cpuNanosPerKey(() => {
    for (let index = 0; index < n; index += 1) if (!map.has(keys[index]!)) map.set(keys[index]!, index + 1);
  });
  console.log(
    `round ${round}: KeyTable insert ${insert.toFixed(0)} ns/key, look-up ${lookUp.toFixed(0)} ns/key, ` +
      `${(table.byteLength / n).toFixed(1)} bytes/key; Map insert ${mapInsert.toFixed(0)} ns/key`,
  );
}
