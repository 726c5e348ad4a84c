/**
 * The `--engine memory|duckdb|postgres` option (interfaces.md). `memory` is the embedded default
 * engine of `@virta/indicators`; the SQL engines come from `@virta/adapters` and are loaded only when
 * asked for, so the default path never loads a native database driver.
 */
import { UsageError } from "@virta/core";
import { memoryEngine, type Engine } from "@virta/indicators";

/** The engine names `--engine` accepts. */
export const ENGINE_NAMES = ["memory", "duckdb", "postgres"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** A started engine and how to release it. */
export interface SelectedEngine {
  engine: Engine;
  close(): Promise<void>;
}

const FACTORIES: Record<Exclude<EngineName, "memory">, string> = { duckdb: "createDuckDbEngine", postgres: "createPostgresEngine" };

/**
 * Starts the named engine.
 *
 * @example
 * ```ts
 * const { engine, close } = await selectEngine("memory");
 * engine.name; // "memory"
 * await close();
 * ```
 */
export async function selectEngine(name: EngineName): Promise<SelectedEngine> {
  if (name === "memory") return { engine: memoryEngine, close: async () => {} };
  const adapters = (await import("@virta/adapters")) as Record<string, unknown>;
  const factory = adapters[FACTORIES[name]];
  if (typeof factory !== "function") {
    throw new UsageError("engine_not_available", `--engine ${name}: this engine is not available yet in @virta/adapters; use --engine memory`, {
      option: "engine",
      value: name,
    });
  }
  const created = (await (factory as () => unknown)()) as Engine & { close?: () => Promise<void> };
  return { engine: created, close: async () => created.close?.() };
}
