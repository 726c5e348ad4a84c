/**
 * Edition diffs (issue 9; indicators.md "Changes to a definition"): what changed between two
 * catalogue.json files — indicators added, removed and changed, which top-level fields of each changed
 * definition differ, whether its hash changed (the same hash means the same numbers, F32), the change
 * class of the changelog entry of its new version, and what breaks the release rules:
 *
 * - a changed hash without a version bump (values change silently);
 * - a new version without a changelog entry of class A or B for it;
 * - a class that does not fit the bump: A (clear error) is a patch, B (content change) a minor or a
 *   major version (indicators.md);
 * - a version that went down.
 *
 * Changes of words only (title, description, formula, rule texts) without a version bump are listed but
 * not flagged: they cannot change a value (this project's reading; docs/releasing.md).
 */
import { canonicalJson } from "@virta/core";
import type { CatalogueJson, CatalogueJsonIndicator } from "./catalogue-json";

/** How the version moved between two editions. */
export type VersionBump = "major" | "minor" | "patch" | "none" | "downgrade";

/** One indicator present in only one of the two editions. */
export interface DiffIndicator {
  id: string;
  version: string;
  definition_hash: string;
  title: string;
}

/** One indicator present in both editions whose entry differs. */
export interface IndicatorChange {
  id: string;
  old_version: string;
  new_version: string;
  bump: VersionBump;
  /** Top-level fields of the definition that differ, in the new definition's key order. */
  fields: string[];
  /** True when the definition hash differs: the values change. */
  hash_changed: boolean;
  old_hash: string;
  new_hash: string;
  /** Class of the new version's changelog entry, or null when it has none. */
  change_class: "A" | "B" | "initial" | null;
  /** The new version's changelog entry in English, or null. */
  change_text: string | null;
  /** Release-rule violations, each a sentence naming the id. */
  problems: string[];
}

/** The difference between two editions of the catalogue. */
export interface CatalogueDiff {
  old: { package: string; version: string };
  new: { package: string; version: string };
  added: DiffIndicator[];
  removed: DiffIndicator[];
  changed: IndicatorChange[];
  /** Number of indicators identical in both editions. */
  unchanged: number;
  /** Every problem of every changed indicator. */
  problems: string[];
}

/**
 * Parses `MAJOR.MINOR.PATCH`; anything else gives `undefined`.
 *
 * @example
 * ```ts
 * parseVersion("1.10.2"); // [1, 10, 2]
 * parseVersion("1.0"); // undefined
 * ```
 */
export function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * The kind of version bump from `before` to `after` (semantic versioning).
 *
 * @example
 * ```ts
 * versionBump("1.0.0", "1.0.1"); // "patch"
 * versionBump("1.0.1", "1.1.0"); // "minor"
 * versionBump("1.1.0", "2.0.0"); // "major"
 * versionBump("1.1.0", "1.1.0"); // "none"
 * versionBump("1.1.0", "1.0.9"); // "downgrade"
 * ```
 */
export function versionBump(before: string, after: string): VersionBump {
  const a = parseVersion(before);
  const b = parseVersion(after);
  if (!a || !b) return before === after ? "none" : "downgrade";
  for (let index = 0; index < 3; index++) {
    if (b[index]! > a[index]!) return (["major", "minor", "patch"] as const)[index]!;
    if (b[index]! < a[index]!) return "downgrade";
  }
  return "none";
}

function summary(indicator: CatalogueJsonIndicator): DiffIndicator {
  return {
    id: indicator.id,
    version: indicator.version,
    definition_hash: indicator.definition_hash,
    title: indicator.title.en,
  };
}

function changedFields(before: CatalogueJsonIndicator, after: CatalogueJsonIndicator): string[] {
  const a = before.definition as unknown as Record<string, unknown>;
  const b = after.definition as unknown as Record<string, unknown>;
  const keys = [...Object.keys(b), ...Object.keys(a).filter((key) => !(key in b))];
  return keys.filter(
    (key) =>
      (a[key] === undefined ? "" : canonicalJson(a[key])) !== (b[key] === undefined ? "" : canonicalJson(b[key])),
  );
}

/** The release-rule problems of one changed indicator (indicators.md "Changes to a definition"). */
function problemsOf(change: Omit<IndicatorChange, "problems">): string[] {
  const { id, old_version: from, new_version: to, bump, change_class: cls } = change;
  const problems: string[] = [];
  if (bump === "downgrade")
    problems.push(`${id}: version went from ${from} down to ${to}; a new edition must raise the version`);
  if (change.hash_changed && bump === "none") {
    problems.push(
      `${id}: the definition hash changed (values change) but the version stayed ${to}; bump it ` +
        `(A: patch, B: minor or major) and add a changelog entry`,
    );
  }
  if (bump !== "none" && bump !== "downgrade") {
    if (cls !== "A" && cls !== "B") {
      problems.push(
        `${id}: version ${from} → ${to} has no changelog entry of class A or B for ${to}; add { ` +
          `version: "${to}", date, class, fi, en } to its changelog`,
      );
    } else if (cls === "A" && bump !== "patch") {
      problems.push(`${id}: class A (clear error) is a patch release, but ${from} → ${to} is a ${bump} bump`);
    } else if (cls === "B" && bump === "patch") {
      problems.push(
        `${id}: class B (content change) is a minor (or major) release, but ${from} → ${to} is a patch bump`,
      );
    }
  }
  return problems;
}

/**
 * Compares two editions of the catalogue.
 *
 * @example
 * ```ts
 * const diff = diffCatalogues(oldCatalogue, newCatalogue);
// { id: "availability.primary_care.within_14_days", fields: ["population"], hash_changed: true, change_class: "B", … }
 * diff.changed[0];
 * diff.problems; // [] when every changed hash came with a version bump and a changelog entry
 * ```
 */
export function diffCatalogues(oldCatalogue: CatalogueJson, newCatalogue: CatalogueJson): CatalogueDiff {
  const before = new Map(oldCatalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const after = new Map(newCatalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const added = newCatalogue.indicators.filter((indicator) => !before.has(indicator.id)).map(summary);
  const removed = oldCatalogue.indicators.filter((indicator) => !after.has(indicator.id)).map(summary);
  const changed: IndicatorChange[] = [];
  let unchanged = 0;
  for (const next of newCatalogue.indicators) {
    const previous = before.get(next.id);
    if (!previous) continue;
    const fields = changedFields(previous, next);
    const hashChanged = previous.definition_hash !== next.definition_hash;
    if (fields.length === 0 && !hashChanged && previous.version === next.version) {
      unchanged++;
      continue;
    }
    const entry = next.definition.changelog.find((candidate) => candidate.version === next.version);
    const change = {
      id: next.id,
      old_version: previous.version,
      new_version: next.version,
      bump: versionBump(previous.version, next.version),
      fields,
      hash_changed: hashChanged,
      old_hash: previous.definition_hash,
      new_hash: next.definition_hash,
      change_class: entry?.class ?? null,
      change_text: entry?.en ?? null,
    };
    changed.push({ ...change, problems: problemsOf(change) });
  }
  return {
    old: { package: oldCatalogue.package.name, version: oldCatalogue.package.version },
    new: { package: newCatalogue.package.name, version: newCatalogue.package.version },
    added,
    removed,
    changed,
    unchanged,
    problems: changed.flatMap((change) => change.problems),
  };
}

/**
 * The diff as readable text (for `virta diff`).
 *
 * @example
 * ```ts
 * formatDiffText(diffCatalogues(a, b));
 * // "@virta/indicators 0.1.0 → 0.2.0: 1 added, 0 removed, 1 changed, 20 unchanged\n\nAdded\n  + …"
 * ```
 */
export function formatDiffText(diff: CatalogueDiff): string {
  const lines = [
    `${diff.old.package} ${diff.old.version} → ${diff.new.package} ${diff.new.version}: ` +
      `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} ` +
      `changed, ${diff.unchanged} unchanged`,
  ];
  if (diff.added.length > 0) {
    lines.push("", "Added");
    for (const indicator of diff.added) lines.push(`  + ${indicator.id} ${indicator.version}  ${indicator.title}`);
  }
  if (diff.removed.length > 0) {
    lines.push("", "Removed");
    for (const indicator of diff.removed) lines.push(`  - ${indicator.id} ${indicator.version}  ${indicator.title}`);
  }
  if (diff.changed.length > 0) {
    lines.push("", "Changed");
    for (const change of diff.changed) {
      const version =
        change.bump === "none"
          ? `${change.new_version} (version unchanged)`
          : `${change.old_version} → ${change.new_version} (${change.bump})`;
      const cls = change.change_class === null ? "no changelog entry" : `class ${change.change_class}`;
      lines.push(`  ~ ${change.id} ${version}, ${cls}`);
      lines.push(`      fields: ${change.fields.length > 0 ? change.fields.join(", ") : "(none)"}`);
      lines.push(
        `      values: ` +
          (change.hash_changed
            ? `change (hash ${short(change.old_hash)} → ${short(change.new_hash)})`
            : "unchanged (same hash)"),
      );
      if (change.change_text !== null) lines.push(`      changelog: ${change.change_text}`);
    }
  }
  if (diff.problems.length > 0) {
    lines.push("", "Problems");
    for (const problem of diff.problems) lines.push(`  ! ${problem}`);
  }
  return `${lines.join("\n")}\n`;
}

function short(hash: string): string {
  return hash.replace(/^sha256:/, "").slice(0, 12);
}

/**
 * The diff as JSON text (two-space indented, final newline).
 *
 * @example
 * ```ts
 * JSON.parse(formatDiffJson(diffCatalogues(a, b))).changed.length; // 1
 * ```
 */
export function formatDiffJson(diff: CatalogueDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
