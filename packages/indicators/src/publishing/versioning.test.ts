/**
 * The release flow, enforced (docs/releasing.md; indicators.md "Changes to a definition"): every
 * definition whose hash differs from the committed catalogue.json has a higher version, every new
 * version has a changelog entry of class A or B, and the committed catalogue.json and its schema are
 * what the script writes. Regenerate with:
 *   node --import tsx packages/indicators/scripts/write-catalogue.ts
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEFINITIONS, LIBRARY, primaryCareWithin14Days } from "@virta/indicators";
import { buildCatalogueJson, catalogueJsonText } from "./catalogue-json";
import { parseCatalogueJson } from "./parse-catalogue-json";
import { catalogueJsonSchema } from "./catalogue-schema";
import { diffCatalogues } from "./diff";
import { changelogProblems } from "./release-check";

const REGENERATE = "node --import tsx packages/indicators/scripts/write-catalogue.ts";
const cataloguePath = new URL("../../catalogue.json", import.meta.url);
const committedText = readFileSync(cataloguePath, "utf8");
const committed = parseCatalogueJson(committedText, "packages/indicators/catalogue.json");
const current = buildCatalogueJson(DEFINITIONS, LIBRARY);
const releaseDiff = diffCatalogues(committed, current);

describe("every definition against the committed catalogue.json", () => {
  test.each(DEFINITIONS.map((definition) => [definition.id]))(
    "%s: a changed hash comes with a version bump and an A/B changelog entry",
    (id) => {
      const problems = releaseDiff.changed.filter((change) => change.id === id).flatMap((change) => change.problems);
      expect(problems, problems.join("\n")).toEqual([]);
    },
  );

  test(
    "no indicator disappears from an edition without notice (a removal is a major decision: " +
      "update catalogue.json on purpose)",
    () => {
      expect(
        releaseDiff.removed.map((indicator) => indicator.id),
        `removed: regenerate with ${REGENERATE} if intended`,
      ).toEqual([]);
    },
  );

  test("every changelog has an entry for the current version, A/B after the first (indicators.md)", () => {
    const problems = changelogProblems(DEFINITIONS);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

describe("the committed files are up to date", () => {
  test("catalogue.json equals what the script writes", () => {
    const fresh = catalogueJsonText(current);
    expect(committedText === fresh, `packages/indicators/catalogue.json is out of date; run: ${REGENERATE}`).toBe(true);
  });

  test("catalogue.schema.json equals what the script writes", () => {
    const text = readFileSync(new URL("../../catalogue.schema.json", import.meta.url), "utf8");
    expect(
      text === `${JSON.stringify(catalogueJsonSchema(), null, 2)}\n`,
      `packages/indicators/catalogue.schema.json is out of date; run: ${REGENERATE}`,
    ).toBe(true);
  });
});

describe("the checks fail, naming the id, when the release rules are broken", () => {
  test("a changed decimals without a version bump", () => {
    const changed = DEFINITIONS.map((definition) =>
      definition === primaryCareWithin14Days ? { ...definition, decimals: 2 } : definition,
    );
    const diff = diffCatalogues(committed, buildCatalogueJson(changed, LIBRARY));
    expect(diff.problems).toEqual([
      "availability.primary_care.within_14_days: the definition hash changed (values change) but " +
        "the version stayed 1.0.0; bump it (A: patch, B: minor or major) and add a changelog entry",
    ]);
  });

  test("a version bump without a changelog entry", () => {
    const bumped = { ...primaryCareWithin14Days, version: "1.0.1" };
    expect(changelogProblems([bumped])).toEqual([
      "availability.primary_care.within_14_days: version 1.0.1 has no changelog entry; add { " +
        'version: "1.0.1", date, class: "A" or "B", fi, en }',
    ]);
    const diff = diffCatalogues(committed, buildCatalogueJson([bumped], LIBRARY));
    expect(diff.problems).toEqual([
      "availability.primary_care.within_14_days: version 1.0.0 → 1.0.1 has no changelog entry of " +
        'class A or B for 1.0.1; add { version: "1.0.1", date, class, fi, en } to its changelog',
    ]);
  });

  test("a bump with a class A entry passes both checks", () => {
    const fixed = {
      ...primaryCareWithin14Days,
      version: "1.0.1",
      decimals: 2,
      changelog: [
        ...primaryCareWithin14Days.changelog,
        { version: "1.0.1", date: "2027-01-10", class: "A" as const, fi: "Kaksi desimaalia.", en: "Two decimals." },
      ],
    };
    expect(changelogProblems([fixed])).toEqual([]);
    expect(diffCatalogues(committed, buildCatalogueJson([fixed], LIBRARY)).problems).toEqual([]);
  });

  test("a changelog out of order or with a second initial entry", () => {
    const entry = (version: string, cls: "A" | "B" | "initial") => ({
      version,
      date: "2027-01-01",
      class: cls,
      fi: "x",
      en: "x",
    });
    expect(
      changelogProblems([
        {
          ...primaryCareWithin14Days,
          version: "1.1.0",
          changelog: [entry("1.0.0", "initial"), entry("1.1.0", "initial")],
        },
      ]),
    ).toEqual([
      'availability.primary_care.within_14_days: changelog entry 1.1.0 has class "initial", but ' +
        "only the first entry may; use A or B",
    ]);
    expect(
      changelogProblems([
        { ...primaryCareWithin14Days, version: "1.0.0", changelog: [entry("1.0.0", "initial"), entry("1.1.0", "B")] },
      ]),
    ).toEqual([
      "availability.primary_care.within_14_days: the newest changelog entry is 1.1.0, but the " +
        "version is 1.0.0; they must match",
    ]);
  });
});
