/**
 * The audit of published tables (fine-print F35), from what a reader has: any set of published tables
 * (CSV or JSON-stat, read by @virta/adapters). The tables are grouped by population family through the
 * catalogue (indicators of one family share their denominator, the population of a cell); within a
 * family every table's cells are linked by the sums a reader can form; a row absent from a published
 * table counts as zero, a table not published leaves its cells unknown. Then `auditCounts` of
 * @virta/core computes, for every suppressed cell, the feasible interval of each protected count.
 */
import {
  auditCounts,
  DataError,
  UsageError,
  type CellCheck,
  type DisclosureCounts,
  type LinearSolver,
  type LinkedTables,
} from "@virta/core";
import { compareInDimension } from "@virta/concepts";
import { catalogue } from "../catalogue/catalogue";
import { familyKey } from "./family";

/** One published table as a reader has it (the shape `readPublishedFile` of @virta/adapters returns). */
export interface PublishedTableData {
  file: string;
  indicator: string;
  breakdown: string[];
  cells: Array<{
    key: Record<string, string>;
    numerator: number | null;
    denominator: number | null;
    suppressed: boolean;
  }>;
}

/** One check of the audit, with the family it belongs to. */
export interface PublicationCheck extends CellCheck {
  family: string;
}

/** The audit of a directory: every check, and the number of suppressed cells per family. */
export interface PublicationAudit {
  checks: PublicationCheck[];
  families: Array<{ family: string; indicators: string[]; tables: number; suppressedCells: number }>;
}

const sharesDenominator = (kind: string): boolean => kind !== "rate" && kind !== "count";

/** Audits one family's tables. */
function auditFamily(family: string, tables: PublishedTableData[], solver: LinearSolver): PublicationAudit {
  const definitions = [...new Map(tables.map((t) => [t.indicator, catalogue.get(t.indicator)] as const)).values()];
  const partsOf = (id: string): string | null => {
    const forced = catalogue.get(id).forced;
    return forced && !forced.inDenominator ? forced.dimension : null;
  };
  // Linked tables: each published table's dimensions without the numerator-only split.
  const dimOrder: string[] = [];
  const seen = new Map<string, Set<string>>();
  const tableDims: string[][] = [];
  const tableOf = new Map<string, number>();
  const partValues = new Map<string, Set<string>>();
  for (const table of tables) {
    const parts = partsOf(table.indicator);
    const dims = table.breakdown.filter((dim) => dim !== parts);
    for (const dim of table.breakdown) {
      if (dim !== parts && !dimOrder.includes(dim)) dimOrder.push(dim);
      const values = dim === parts ? (partValues.get(table.indicator) ?? new Set()) : (seen.get(dim) ?? new Set());
      for (const cell of table.cells) values.add(cell.key[dim] ?? "");
      if (dim === parts) partValues.set(table.indicator, values);
      else seen.set(dim, values);
    }
    const name = [...dims].sort().join("|");
    if (!tableOf.has(name)) {
      tableOf.set(name, tableDims.length);
      tableDims.push(dims);
    }
  }
  const linked: LinkedTables = {
    dimensions: dimOrder.map((name) => ({ name, categories: [...seen.get(name)!].sort(compareInDimension(name)) })),
    tables: tableDims.map((dims) => dimOrder.filter((dim) => dims.includes(dim))),
  };
  const unitIndex = new Map<string, number>();
  linked.tables.forEach((dims, t) => {
    let keys: string[][] = [[]];
    for (const dim of dims) {
      keys = keys.flatMap((key) => linked.dimensions.find((d) => d.name === dim)!.categories.map((c) => [...key, c]));
    }
    for (const key of keys) unitIndex.set(`${t}|${key.join("|")}`, unitIndex.size);
  });
  const unitCount = unitIndex.size;
  const tableIndexOf = (table: PublishedTableData): number =>
    tableOf.get(
      table.breakdown
        .filter((dim) => dim !== partsOf(table.indicator))
        .sort()
        .join("|"),
    )!;
  const unitOf = (table: PublishedTableData, key: Record<string, string>): number => {
    const t = tableIndexOf(table);
    return unitIndex.get(`${t}|${linked.tables[t]!.map((dim) => key[dim]).join("|")}`)!;
  };

  const suppressed = new Array<boolean>(unitCount).fill(false);
  const denominators: Array<number | null> = new Array(unitCount).fill(null);
  const denKnownTables = new Set<number>();
  const set = (list: Array<number | null>, u: number, value: number, where: string): void => {
    if (list[u] !== null && list[u] !== undefined && list[u] !== value) {
      throw new DataError("contradictory_tables", `the published tables contradict each other at ${where}`);
    }
    list[u] = value;
  };
  const measures: DisclosureCounts["measures"] = definitions.map((definition) => {
    const parts = partsOf(definition.id)
      ? [...(partValues.get(definition.id) ?? [])].sort(compareInDimension(partsOf(definition.id)!))
      : null;
    const numerators: Array<Array<number | null>> = Array.from({ length: unitCount }, () =>
      (parts ?? [null]).map(() => null),
    );
    const mine = tables.filter((table) => table.indicator === definition.id);
    const published = new Set(mine.map(tableIndexOf));
    // A published table's absent rows are zero; its suppressed rows stay unknown.
    for (const t of published) {
      for (const [id, u] of unitIndex) if (id.startsWith(`${t}|`)) numerators[u] = numerators[u]!.map(() => 0);
      if (sharesDenominator(definition.kind)) denKnownTables.add(t);
    }
    const touched = new Set<string>();
    for (const table of mine) {
      for (const cell of table.cells) {
        const u = unitOf(table, cell.key);
        const p = parts ? parts.indexOf(cell.key[partsOf(definition.id)!] ?? "") : 0;
        const where = `${table.file} (${Object.values(cell.key).join(", ") || "total"})`;
        if (cell.suppressed) {
          suppressed[u] = true;
          numerators[u]![p] = null;
          continue;
        }
        if (cell.numerator !== null && definition.kind !== "quantile") {
          const tag = `${u}/${p}`;
          if (touched.has(tag) && numerators[u]![p] !== cell.numerator) {
            throw new DataError("contradictory_tables", `the published tables contradict each other at ${where}`);
          }
          touched.add(tag);
          numerators[u]![p] = cell.numerator;
        }
        if (sharesDenominator(definition.kind) && cell.denominator !== null)
          set(denominators, u, cell.denominator, where);
      }
    }
    return {
      id: definition.id,
      kind: definition.kind,
      parts,
      numerators: definition.kind === "quantile" ? null : numerators,
    };
  });
  const anyDen = definitions.some((definition) => sharesDenominator(definition.kind));
  for (const [id, u] of unitIndex) {
    const t = Number(id.slice(0, id.indexOf("|")));
    if (denominators[u] === null && !suppressed[u] && denKnownTables.has(t)) denominators[u] = 0;
  }
  for (let u = 0; u < unitCount; u++) if (suppressed[u]) denominators[u] = null;
  for (const measure of measures) {
    measure.numerators?.forEach((parts, u) => {
      if (suppressed[u]) parts.fill(null);
    });
  }
  const counts: DisclosureCounts = { denominators: anyDen ? denominators : null, measures };
  const checks = auditCounts(linked, counts, suppressed, solver).map((check) => ({ ...check, family }));
  return {
    checks,
    families: [
      {
        family,
        indicators: definitions.map((definition) => definition.id),
        tables: tables.length,
        suppressedCells: suppressed.filter(Boolean).length,
      },
    ],
  };
}

/**
 * Audits any set of published tables: for every suppressed cell, the smallest and largest value of
 * each protected count consistent with everything published (F35). Contradictory tables are a
 * `DataError`; a table of an indicator the catalogue does not know is a `UsageError`.
 *
 * @example
 * ```ts
 * const audit = auditPublishedTables(tables, await highsSolver());
 * audit.checks.filter((check) => !check.protected); // [] when the publication is safe
 * ```
 */
export function auditPublishedTables(tables: PublishedTableData[], solver: LinearSolver): PublicationAudit {
  const groups = new Map<string, PublishedTableData[]>();
  for (const table of tables) {
    if (!catalogue.has(table.indicator)) {
      throw new UsageError(
        "unknown_indicator",
        `${table.file}: "${table.indicator}" is not an indicator of the catalogue; ` +
          "name files <indicator id>.<table>.csv",
        { file: table.file },
      );
    }
    const key = familyKey(catalogue.get(table.indicator));
    groups.set(key, [...(groups.get(key) ?? []), table]);
  }
  const audit: PublicationAudit = { checks: [], families: [] };
  for (const [family, list] of groups) {
    const one = auditFamily(family, list, solver);
    audit.checks.push(...one.checks);
    audit.families.push(...one.families);
  }
  return audit;
}
