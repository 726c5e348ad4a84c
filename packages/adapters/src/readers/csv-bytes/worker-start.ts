/**
 * CSV worker threads started before their files are opened (issue 14). The CSV reader scans a large
 * file in a worker thread (`worker.ts`); a thread takes 40–60 ms to start, and a command line that
 * opens its input only after loading its libraries waits for that on top. A program that knows its
 * input files at launch (`virta compute … --data visits.csv`) starts their threads first, with
 * {@link CsvWorkerStarts.forFiles}, and hands them to `readTable` (`ReadTableOptions.csvWorkers`): each
 * thread starts while the libraries load and waits, reading nothing, until the reader gives it its file.
 *
 * This module loads only Node's own modules, so a program can import it (`@virta/adapters/worker-start`)
 * before the rest of `@virta/adapters`.
 */
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** Files from this size on are scanned in a worker thread (smaller ones are read at once, on the caller's thread). */
export const WORKER_MIN_BYTES = 4 << 20;

/**
 * The built worker script (`dist/csv-worker.cjs`): beside the bundle, or, when this module runs from
 * its source (the tests), in the package's `dist`, or, when this module is bundled into another
 * package's file (the `virta` executable carries it), in the installed `@virta/adapters` that file
 * resolves; `null` when it is not built.
 *
 * @example
 * ```ts
 * csvWorkerFile(); // "/…/node_modules/@virta/adapters/dist/csv-worker.cjs"
 * ```
 */
export function csvWorkerFile(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, "csv-worker.cjs"), join(here, "..", "..", "..", "dist", "csv-worker.cjs")])
    if (existsSync(candidate)) return candidate;
  try {
    const entry = createRequire(import.meta.url).resolve("@virta/adapters/worker-start");
    const candidate = join(dirname(entry), "csv-worker.cjs");
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null; // not resolvable from here either
  }
}

/**
 * Worker threads started for CSV files, each waiting for its file's reader (see the module comment).
 * A thread does not keep the process alive while it waits; {@link close} ends those never taken.
 *
 * @example
 * ```ts
 * const workers = CsvWorkerStarts.forFiles(["visits.csv"]); // at launch
 * // … load the libraries, then:
 * const table = await readTable("visits.csv", { csvWorkers: workers });
 * for await (const batch of table.batches()) batch.length; // scanned by the thread started at launch
 * workers.close();
 * ```
 */
export class CsvWorkerStarts {
  private constructor(private readonly waiting: Map<string, Worker>) {}

  /**
   * Starts a thread for each file among `paths` that the CSV reader would scan in one: an existing
   * `.csv` file of at least {@link WORKER_MIN_BYTES} (none when the worker script is not built).
   */
  static forFiles(paths: readonly string[]): CsvWorkerStarts {
    const waiting = new Map<string, Worker>();
    const script = csvWorkerFile();
    for (const path of paths) {
      const file = resolve(path);
      if (script === null || waiting.has(file) || extname(file).toLowerCase() !== ".csv") continue;
      try {
        if (statSync(file).size < WORKER_MIN_BYTES) continue;
      } catch {
        continue; // a missing file: the reader names it
      }
      // No job yet: the thread waits for the one message that gives it its file (`worker.ts`).
      const worker = new Worker(script, { workerData: null });
      worker.unref();
      waiting.set(file, worker);
    }
    return new CsvWorkerStarts(waiting);
  }

  /** The thread started for `path`, once (then null), for the reader to give its file to. */
  take(path: string): Worker | null {
    const file = resolve(path);
    const worker = this.waiting.get(file) ?? null;
    this.waiting.delete(file);
    return worker;
  }

  /** Ends the threads that no reader took. */
  close(): void {
    for (const worker of this.waiting.values()) void worker.terminate();
    this.waiting.clear();
  }
}
