/** The messages between the workbench page and its worker. */
import type { IndicatorResult } from "@virta/core";
import type { Rejection } from "@virta/concepts";

/** Page → worker: compute one indicator on the dropped files. */
export interface RunMessage {
  type: "run";
  files: Array<{ name: string; concept: string; bytes: ArrayBuffer }>;
  id: string;
  period: string;
  by: string[];
  ageGroups?: string;
  asOf?: string;
  lang: "fi" | "sv" | "en";
}

/** Worker → page. */
export type WorkerMessage =
  | { type: "progress"; stage: "read" | "compute"; share: number }
  | {
      type: "result";
      result: IndicatorResult;
      rejections: Rejection[];
      csv: string;
      jsonstat: string;
      seconds: number;
      rows: number;
      /** Display labels: dimension → code → label; "" → CSV column → heading (page language). */
      labels: Record<string, Record<string, string>>;
    }
  | { type: "error"; message: string };
