import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptMarkdown } from "../model/concept-doc";
import { CONCEPT_NAMES, getConcept } from "./registry";

const DOCS = readFileSync(new URL("../../../../docs/concepts.md", import.meta.url), "utf8");

describe("docs/concepts.md is derived from the declarations (issue 13)", () => {
  it.each(CONCEPT_NAMES)("holds the page of %s exactly", (name) => {
    expect(DOCS).toContain(conceptMarkdown(getConcept(name)));
  });

  it("renders a hand-checked page", () => {
    expect(conceptMarkdown(getConcept("cost"))).toBe(
      [
        "### `cost` — net operating costs",
        "",
        "Key: none. Placed in a period by `year` (31 December).",
        "",
        "| # | field | type | required | default | limits |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 1 | `organizer_code` | organizer | yes |  |  |",
        "| 2 | `year` | integer | yes |  |  |",
        "| 3 | `service_class` | string | yes |  | ≤ 40 chars |",
        "| 4 | `net_cost_eur` | decimal | yes |  |  |",
        "",
        "Row rules, in order: none.",
      ].join("\n"),
    );
  });
});
