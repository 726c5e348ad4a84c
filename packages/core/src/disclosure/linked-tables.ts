/**
 * The linked tables of a publication set (fine-print F35) as plain data: the classifications with
 * every category (fixed shape), the tables (each a subset of the dimensions), their cells ("units"),
 * and the sums a reader can form between them: a cell of a table equals the sum of the cells of any
 * table with more dimensions that agree with it (national = Σ organizers, organizer = Σ its age
 * groups, organizer = Σ its sexes, national = Σ every organizer × age group …).
 */

/** A classification of the set, with every category in classification order (F19). */
export interface LinkedDimension {
  name: string;
  categories: string[];
}

/** The dimensions of a set and its tables (each table lists its dimension names in set order). */
export interface LinkedTables {
  dimensions: LinkedDimension[];
  tables: string[][];
}

/** One cell of one table: the table's index and the category of each of its dimensions. */
export interface DisclosureUnit {
  table: number;
  key: string[];
}

/** A sum a reader can form: `parent` = Σ `children` (indexes into the units). */
export interface UnitRelation {
  parent: number;
  children: number[];
  /** No table of the set lies between the parent's and the children's (the sum is not implied by others). */
  direct: boolean;
}

/**
 * Every cell of every table, tables in set order, cells in row-major order (the last dimension
 * varies fastest), categories in classification order: the unit order the suppression rules use.
 *
 * @example
 * ```ts
 * listUnits({ dimensions: [{ name: "organizer", categories: ["01", "02"] }], tables: [[], ["organizer"]] });
 * // [{ table: 0, key: [] }, { table: 1, key: ["01"] }, { table: 1, key: ["02"] }]
 * ```
 */
export function listUnits(linked: LinkedTables): DisclosureUnit[] {
  const categoriesOf = new Map(linked.dimensions.map((d) => [d.name, d.categories] as const));
  const units: DisclosureUnit[] = [];
  linked.tables.forEach((dims, table) => {
    let keys: string[][] = [[]];
    for (const dim of dims) {
      const categories = categoriesOf.get(dim);
      if (!categories) throw new Error(`table ${table} names an unknown dimension "${dim}"`);
      keys = keys.flatMap((key) => categories.map((category) => [...key, category]));
    }
    for (const key of keys) units.push({ table, key });
  });
  return units;
}

/** The identifier of a unit: `table:dim=category|dim=category`. */
export function unitId(linked: LinkedTables, unit: DisclosureUnit): string {
  const dims = linked.tables[unit.table]!;
  return `${unit.table}:${dims.map((dim, d) => `${dim}=${unit.key[d]}`).join("|")}`;
}

/**
 * The sums between tables: for every pair of tables where one's dimensions are a strict subset of the
 * other's, each cell of the smaller table is the sum of the agreeing cells of the larger one.
 *
 * @example
 * ```ts
 * const linked = { dimensions: [{ name: "organizer", categories: ["01", "02"] }], tables: [[], ["organizer"]] };
 * listRelations(linked, listUnits(linked)); // [{ parent: 0, children: [1, 2], direct: true }]
 * ```
 */
export function listRelations(linked: LinkedTables, units: DisclosureUnit[]): UnitRelation[] {
  const byTable = linked.tables.map(() => [] as number[]);
  units.forEach((unit, index) => byTable[unit.table]!.push(index));
  const relations: UnitRelation[] = [];
  linked.tables.forEach((small, s) => {
    linked.tables.forEach((large, l) => {
      if (large.length <= small.length || !small.every((dim) => large.includes(dim))) return;
      const subset = (a: string[], b: string[]): boolean => a.length < b.length && a.every((dim) => b.includes(dim));
      const direct = !linked.tables.some((middle) => subset(small, middle) && subset(middle, large));
      const positions = small.map((dim) => large.indexOf(dim));
      const groups = new Map<string, number[]>();
      for (const index of byTable[l]!) {
        const key = positions.map((p) => units[index]!.key[p]).join("\u0000");
        const group = groups.get(key) ?? [];
        group.push(index);
        groups.set(key, group);
      }
      for (const parent of byTable[s]!) {
        const children = groups.get(units[parent]!.key.join("\u0000")) ?? [];
        relations.push({ parent, children, direct });
      }
    });
  });
  return relations;
}
