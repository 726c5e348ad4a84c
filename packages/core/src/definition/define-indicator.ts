/**
 * Checking a definition from outside the catalogue: its shape against `definitionSchema` (zod), then
 * its internal references, and freezing it. Exported from `@virta/core/schemas`, the entry that loads
 * zod, so that a program which only computes never loads zod (issue 14: a quick CLI).
 */
import { UsageError } from "../errors/errors";
import type { Definition } from "./definition";
import { defineCheckedIndicator } from "./define";
import { definitionSchema } from "./schema";

/**
 * Checks a definition against the schema and its internal references (fields, `let` names, breakdowns)
 * and returns it frozen.
 *
 * @example
 * ```ts
 * import { defineIndicator } from "@virta/core/schemas";
 * const definition = defineIndicator({ id: "availability.primary_care.within_14_days", … });
 * definitionHash(definition); // "sha256:…"
 * ```
 */
export function defineIndicator(definition: Definition): Definition {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.join(".") : "";
    throw new UsageError(
      "invalid_definition",
      `definition ${JSON.stringify((definition as { id?: unknown }).id ?? "?")}: ` +
        `${path ? `${path}: ` : ""}${issue?.message ?? "invalid"}`,
      { path },
    );
  }
  return defineCheckedIndicator(definition);
}
