/**
 * The release rules a definition must keep on its own (indicators.md "Changes to a definition";
 * docs/releasing.md): its changelog has an entry for its current version; the first publication is
 * class `initial`, every later version has class A (clear error, patch) or B (content change, minor or
 * major); entries are in version order. The rules across two editions (hash changed without a version
 * bump) are checked by `diffCatalogues`.
 */
import type { Definition } from "@virta/core";
import { parseVersion, versionBump } from "./diff";

/**
 * The changelog problems of each definition, each a sentence naming the id.
 *
 * @example
 * ```ts
 * changelogProblems(DEFINITIONS); // [] for edition 1
 * changelogProblems([{ ...primaryCareWithin14Days, version: "1.0.1" }]);
 * // ["availability.primary_care.within_14_days: version 1.0.1 has no changelog entry; " +
 * //   "add { version: \"1.0.1\", …, class: \"A\" or \"B\" }"]
 * ```
 */
export function changelogProblems(definitions: readonly Definition[]): string[] {
  const problems: string[] = [];
  for (const { id, version, changelog } of definitions) {
    if (!parseVersion(version)) problems.push(`${id}: version "${version}" is not MAJOR.MINOR.PATCH`);
    const entry = changelog.find((candidate) => candidate.version === version);
    if (!entry) {
      problems.push(
        `${id}: version ${version} has no changelog entry; add { version: "${version}", date, ` +
          `class: "A" or "B", fi, en }`,
      );
    }
    changelog.forEach((current, index) => {
      const previous = changelog[index - 1];
      if (!previous) {
        if (current.class !== "initial" && current.class !== "A" && current.class !== "B")
          problems.push(`${id}: changelog entry ${current.version} has an unknown class`);
        return;
      }
      const bump = versionBump(previous.version, current.version);
      if (bump === "none" || bump === "downgrade")
        problems.push(
          `${id}: changelog entry ${current.version} follows ${previous.version}; list entries ` +
            `oldest first with rising versions`,
        );
      else if (current.class === "A" && bump !== "patch")
        problems.push(
          `${id}: changelog ${previous.version} → ${current.version} is class A (clear error), which ` +
            `is a patch release, not ${bump}`,
        );
      else if (current.class === "B" && bump === "patch")
        problems.push(
          `${id}: changelog ${previous.version} → ${current.version} is class B (content change), ` +
            `which is a minor or major release, not a patch`,
        );
      else if (current.class === "initial")
        problems.push(
          `${id}: changelog entry ${current.version} has class "initial", but only the first entry may; use A or B`,
        );
    });
    const last = changelog[changelog.length - 1];
    if (last && entry && last !== entry)
      problems.push(
        `${id}: the newest changelog entry is ${last.version}, but the version is ${version}; they must match`,
      );
  }
  return problems;
}
