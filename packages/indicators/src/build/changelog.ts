/** The first changelog entry shared by every definition of edition 1. */
import type { ChangelogEntry } from "@virta/core";

export const EDITION_1: ChangelogEntry[] = [
  {
    version: "1.0.0",
    date: "2026-11-25",
    class: "initial",
    fi: "Ensimmäinen julkaisu (painos 1).",
    en: "First publication (edition 1).",
  },
];
