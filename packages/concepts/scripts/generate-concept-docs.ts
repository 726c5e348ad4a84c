/**
 * Rewrites the generated part of docs/concepts.md (the concept pages, between its markers) from the
 * concept declarations (issue 13). A test fails when the committed page differs from this output.
 *
 * Run: pnpm docs:concepts (node --import tsx packages/concepts/scripts/generate-concept-docs.ts)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONCEPT_DOCS_MARKERS, CONCEPT_NAMES, conceptDocsSection, getConcept } from "../src/index";

/** Where the page is committed. */
export const CONCEPT_DOCS_PATH = fileURLToPath(new URL("../../../docs/concepts.md", import.meta.url));

/**
 * The page with its generated part replaced by the pages of the current declarations.
 *
 * @example
 * ```ts
 * conceptDocsText(readFileSync(CONCEPT_DOCS_PATH, "utf8")); // the page as it must be committed
 * ```
 */
export function conceptDocsText(page: string): string {
  const start = page.indexOf(CONCEPT_DOCS_MARKERS.start);
  const end = page.indexOf(CONCEPT_DOCS_MARKERS.end);
  if (start < 0 || end < start) throw new Error("docs/concepts.md: the markers of the generated part are missing");
  const section = conceptDocsSection(CONCEPT_NAMES.map((name) => getConcept(name)));
  return page.slice(0, start) + section + page.slice(end + CONCEPT_DOCS_MARKERS.end.length);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CONCEPT_DOCS_PATH, conceptDocsText(readFileSync(CONCEPT_DOCS_PATH, "utf8")));
  console.log(`wrote ${CONCEPT_DOCS_PATH}`);
}
