/**
 * @virta/adapters/worker-start — CSV worker threads started at launch, before the rest of the package
 * loads (issue 14): `CsvWorkerStarts.forFiles(paths)` starts a thread per large CSV file, and
 * `readTable(path, { csvWorkers })` gives each its file. This entry loads only Node's own modules.
 * @module @virta/adapters/worker-start
 */
export { CsvWorkerStarts, WORKER_MIN_BYTES } from "./readers/csv-bytes/worker-start";
