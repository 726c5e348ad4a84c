/** Edition diffs on two hand-written fixture editions (issue 9; indicators.md "Changes to a definition"). */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DataError } from "@virta/core";
import { parseCatalogueJson } from "./parse-catalogue-json";
import { diffCatalogues, formatDiffJson, formatDiffText, versionBump } from "./diff";

const read = (name: string) => {
  const path = new URL(`./fixtures/${name}`, import.meta.url);
  return parseCatalogueJson(readFileSync(path, "utf8"), name);
};
const oldEdition = read("edition-0.1.0.json");
const newEdition = read("edition-0.2.0.json");
const diff = diffCatalogues(oldEdition, newEdition);
const change = (id: string) => diff.changed.find((candidate) => candidate.id === `fixture.visits.${id}`)!;

describe("diffCatalogues on fixture editions 0.1.0 → 0.2.0", () => {
  test("lists the added and the removed indicator", () => {
    expect(diff.added.map((indicator) => [indicator.id, indicator.version, indicator.title])).toEqual([
      ["fixture.visits.within_7_working_days", "1.0.0", "New: visits within 7 days"],
    ]);
    expect(diff.removed.map((indicator) => [indicator.id, indicator.version])).toEqual([
      ["fixture.visits.retired", "1.0.0"],
    ]);
  });

  test("lists the five changed indicators in the new edition's order, none unchanged", () => {
    expect(diff.changed.map((entry) => entry.id.replace("fixture.visits.", ""))).toEqual([
      "within_14_days",
      "count",
      "words_only",
      "silent_change",
      "no_changelog",
    ]);
    expect(diff.unchanged).toBe(0);
  });

  test("class B content change: a new population rule is a minor bump and changes the hash", () => {
    expect(change("within_14_days")).toMatchObject({
      old_version: "1.0.0",
      new_version: "1.1.0",
      bump: "minor",
      fields: ["version", "population", "changelog"],
      hash_changed: true,
      change_class: "B",
      change_text: "Visits without a need assessment date are excluded.",
      problems: [],
    });
  });

  test("class A error fix: decimals 1 → 0 is a patch bump and changes the hash", () => {
    expect(change("count")).toMatchObject({
      bump: "patch",
      fields: ["version", "decimals", "changelog"],
      hash_changed: true,
      change_class: "A",
      problems: [],
    });
  });

  test("a title fix changes no value: same hash, no bump, not flagged", () => {
    expect(change("words_only")).toMatchObject({
      bump: "none",
      fields: ["title"],
      hash_changed: false,
      change_class: "initial",
      problems: [],
    });
  });

  test("a changed hash without a version bump is flagged, naming the id", () => {
    expect(change("silent_change")).toMatchObject({ bump: "none", fields: ["decimals"], hash_changed: true });
    expect(change("silent_change").problems).toEqual([
      "fixture.visits.silent_change: the definition hash changed (values change) but the version " +
        "stayed 1.0.0; bump it (A: patch, B: minor or major) and add a changelog entry",
    ]);
  });

  test("a version bump without a changelog entry of class A or B is flagged", () => {
    expect(change("no_changelog")).toMatchObject({
      bump: "patch",
      fields: ["version", "numerator"],
      hash_changed: true,
      change_class: null,
    });
    expect(change("no_changelog").problems).toEqual([
      "fixture.visits.no_changelog: version 1.0.0 → 1.0.1 has no changelog entry of class A or B " +
        'for 1.0.1; add { version: "1.0.1", date, class, fi, en } to its changelog',
    ]);
    expect(diff.problems).toHaveLength(2);
  });

  test("an edition diffed with itself has no change", () => {
    const same = diffCatalogues(newEdition, newEdition);
    expect([same.added.length, same.removed.length, same.changed.length, same.unchanged]).toEqual([0, 0, 0, 6]);
  });

  test("class and bump must fit: A as a minor bump, B as a patch bump", () => {
    const withVersion = (source: typeof newEdition, id: string, version: string) => ({
      ...source,
      indicators: source.indicators.map((indicator) =>
        indicator.id === id
          ? {
              ...indicator,
              version,
              definition: {
                ...indicator.definition,
                version,
                changelog: indicator.definition.changelog.map((entry, index) =>
                  index === 1 ? { ...entry, version } : entry,
                ),
              },
            }
          : indicator,
      ),
    });
    const aAsMinor = diffCatalogues(oldEdition, withVersion(newEdition, "fixture.visits.count", "1.1.0"));
    expect(aAsMinor.problems).toContain(
      "fixture.visits.count: class A (clear error) is a patch release, but 1.0.0 → 1.1.0 is a minor bump",
    );
    const bAsPatch = diffCatalogues(oldEdition, withVersion(newEdition, "fixture.visits.within_14_days", "1.0.1"));
    expect(bAsPatch.problems).toContain(
      "fixture.visits.within_14_days: class B (content change) is a minor (or major) release, " +
        "but 1.0.0 → 1.0.1 is a patch bump",
    );
  });
});

describe("formatters", () => {
  test("text lists added, removed, changed (fields, values, class) and problems", () => {
    const text = formatDiffText(diff);
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "@virta/indicators 0.1.0 → @virta/indicators 0.2.0: 1 added, 1 removed, 5 changed, 0 unchanged",
    );
    expect(text).toContain("Added\n  + fixture.visits.within_7_working_days 1.0.0  New: visits within 7 days\n");
    expect(text).toContain("Removed\n  - fixture.visits.retired 1.0.0  Retired\n");
    const oldHash = change("within_14_days").old_hash.slice(7, 19);
    const newHash = change("within_14_days").new_hash.slice(7, 19);
    expect(text).toContain(
      `  ~ fixture.visits.within_14_days 1.0.0 → 1.1.0 (minor), class B\n      fields: version, ` +
        `population, changelog\n      values: change (hash ${oldHash} → ${newHash})\n      ` +
        `changelog: Visits without a need assessment date are excluded.\n`,
    );
    expect(text).toContain(
      "  ~ fixture.visits.words_only 1.0.0 (version unchanged), class initial\n      fields: " +
        "title\n      values: unchanged (same hash)\n",
    );
    expect(text).toContain("  ~ fixture.visits.no_changelog 1.0.0 → 1.0.1 (patch), no changelog entry\n");
    expect(text).toContain("Problems\n  ! fixture.visits.silent_change: the definition hash changed");
    expect(text.endsWith("\n")).toBe(true);
  });

  test("JSON carries the same diff", () => {
    const json = JSON.parse(formatDiffJson(diff));
    expect(json.old).toEqual({ package: "@virta/indicators", version: "0.1.0" });
    expect(json.changed[3]).toMatchObject({ id: "fixture.visits.silent_change", hash_changed: true, bump: "none" });
    expect(json.problems).toHaveLength(2);
  });
});

test("versionBump follows semantic versioning (indicators.md: A patch, B minor or major)", () => {
  expect(
    ["1.0.1", "1.1.0", "2.0.0", "1.0.0", "0.9.9", "1.0.10"].map((version) => versionBump("1.0.0", version)),
  ).toEqual(["patch", "minor", "major", "none", "downgrade", "patch"]);
  expect(versionBump("1.9.0", "1.10.0")).toBe("minor");
});

describe("parseCatalogueJson names the file and the place that is wrong", () => {
  const text = readFileSync(new URL("./fixtures/edition-0.1.0.json", import.meta.url), "utf8");
  const attempt = (value: string) => {
    try {
      parseCatalogueJson(value, "old.json");
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as Error).message;
    }
    return "no error";
  };
  test("not JSON", () => expect(attempt("{")).toMatch(/^old\.json: not JSON: expected valid JSON/));
  test("another file", () =>
    expect(attempt("[]")).toBe(
      'old.json: top level: expected an object with format "virta-indicator-catalogue" (a ' +
        "catalogue.json written by @virta/indicators)",
    ));
  test("a duplicate id", () => {
    const value = JSON.parse(text);
    value.indicators.push(value.indicators[0]);
    expect(attempt(JSON.stringify(value))).toContain(
      'old.json: indicators[6].id: expected unique ids, "fixture.visits.within_14_days" occurs twice',
    );
  });
  test("an invalid definition", () => {
    const value = JSON.parse(text);
    value.indicators[1].definition.decimals = 9;
    expect(attempt(JSON.stringify(value))).toMatch(
      /^old\.json: indicators\[1\] \(fixture\.visits\.count\)\.definition\.decimals: expected a valid definition/,
    );
  });
});
