/**
 * Runs every case of a conformance kit through this SDK's own `virta compute` in one process (issue 19:
 * self-certification, one process per engine rather than one per case) and writes the results folder
 * an implementer would send back: `<indicator>/<case>.json`, `.exit` and `.stderr`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DataError } from "@virta/core";
import { memoryIo, type CliIo } from "../cli/io";
import { computeArgs, type KitCase, type KitManifest } from "./build-kit";

/** Options of `runKit`. */
export interface RunKitOptions {
  kit: string;
  out: string;
  /** `--engine` of `virta compute`: memory, duckdb or postgres. */
  engine: string;
  /** `--format` of `virta compute` (default json; csv and jsonstat are certified on their cells only). */
  format?: "json" | "csv" | "jsonstat";
  /** Only these case ids (all when absent). */
  cases?: readonly string[];
}

/** Reads and checks a kit's manifest.json. */
export async function readManifest(kit: string): Promise<KitManifest> {
  let text: string;
  try {
    text = await readFile(join(kit, "manifest.json"), "utf8");
  } catch {
    throw new DataError(
      "missing_manifest",
      `${join(kit, "manifest.json")}: not found; is ${kit} a kit (virta kit --out)?`,
    );
  }
  const manifest = JSON.parse(text) as KitManifest;
  if (manifest.format !== "virta-conformance-kit")
    throw new DataError("not_a_kit", `${join(kit, "manifest.json")}: format is not virta-conformance-kit`);
  return manifest;
}

/**
 * Runs the kit's cases with `virta compute` in this process and writes the results folder.
 *
 * @example
 * ```ts
 * const { run, failed } = await runKit({ kit: "kit", out: "results", engine: "duckdb" }, run);
 * ```
 */
export async function runKit(
  options: RunKitOptions,
  runVirta: (argv: readonly string[], io: CliIo) => Promise<number>,
): Promise<{ cases: number }> {
  const manifest = await readManifest(options.kit);
  const wanted = options.cases ? new Set(options.cases) : undefined;
  let count = 0;
  for (const entry of manifest.cases) {
    if (wanted && !wanted.has(entry.case)) continue;
    const folder = join(options.kit, "cases", entry.case);
    const kitCase = JSON.parse(await readFile(join(folder, "case.json"), "utf8")) as KitCase;
    const io = memoryIo();
    const format = options.format ?? "json";
    const args = [...computeArgs(kitCase.request, folder).slice(0, -2), "--format", format, "--engine", options.engine];
    const code = await runVirta(args, io);
    const base = join(options.out, entry.case);
    await mkdir(dirname(base), { recursive: true });
    if (code === 0) await writeFile(`${base}.${format}`, io.stdout);
    await writeFile(`${base}.exit`, `${code}\n`);
    if (io.stderr !== "") await writeFile(`${base}.stderr`, io.stderr);
    count++;
  }
  return { cases: count };
}
