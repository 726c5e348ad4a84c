/**
 * The cell accumulator of the generated row loop: exact per-cell sums in typed arrays (raw counts first,
 * judgement after — style.md, OHDSI). A cell's key is its dimension indices in mixed radix. When the
 * product of the dimensions' cardinalities is small the key is the slot itself (a dense array, no
 * hashing); otherwise, or when a dimension's cardinality is not known in advance, a Map gives each key
 * a slot. Integer sums stay exact in doubles up to 2^53; decimal sums are `Decimal`s per cell.
 */
import { Decimal } from "../../arithmetic/decimal";
import { DataError } from "../../errors/errors";
import type { SumSpec } from "../../definition/definition";
import type { Plan } from "../../plan/plan";

/** The largest dense accumulator, in cells (5 Float64Arrays of this length ≈ 10 MB). */
export const DENSE_CELL_LIMIT = 1 << 18;

/** A cell as the store hands it back: its dimension indices and its sums. */
export interface StoredCell {
  indices: number[];
  slot: number;
}

/** Slot-indexed accumulators; the generated loop reads these fields once per chunk. */
export class CellStore {
  capacity: number;
  population: Float64Array;
  numerator: Float64Array;
  numeratorRows: Float64Array;
  denominator: Float64Array;
  denominatorRows: Float64Array;
  numeratorExact: Array<Decimal | undefined> = [];
  denominatorExact: Array<Decimal | undefined> = [];
  values: Array<number[] | undefined> = [];
  organizers: Array<Set<number> | undefined> = [];
  /** Map mode only: key → slot and slot → key. */
  private readonly slots = new Map<number, number>();
  private readonly keys: number[] = [];

  /**
   * @param mode - "dense": slot = key; "map": a Map gives slots
   * @param radices - the radix of each dimension in the key (index < radix)
   */
  constructor(
    readonly mode: "dense" | "map",
    readonly radices: readonly number[],
  ) {
    this.capacity =
      mode === "dense" ? radices.reduce((product, radix, d) => (d === 0 ? radix : product * radix), 1) : 1024;
    this.population = new Float64Array(this.capacity);
    this.numerator = new Float64Array(this.capacity);
    this.numeratorRows = new Float64Array(this.capacity);
    this.denominator = new Float64Array(this.capacity);
    this.denominatorRows = new Float64Array(this.capacity);
  }

  /** The slot of a key, allocating one (map mode). The generated loop reloads its locals when `capacity` changes. */
  slotOf(key: number): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.keys.push(key);
      this.slots.set(key, slot);
      if (slot >= this.capacity) this.grow(this.capacity * 2);
    }
    return slot;
  }

  /** The slot of a key if it has one, else -1. */
  findSlot(key: number): number {
    if (this.mode === "dense") return key < this.capacity ? key : -1;
    return this.slots.get(key) ?? -1;
  }

  /** The key of a key's indices. */
  keyOf(indices: readonly number[]): number {
    let key = 0;
    for (let d = 0; d < indices.length; d++) key = key * this.radices[d]! + indices[d]!;
    return key;
  }

  /** The indices of a key. */
  indicesOf(key: number): number[] {
    const indices = new Array<number>(this.radices.length);
    for (let d = this.radices.length - 1; d >= 0; d--) {
      const radix = this.radices[d]!;
      indices[d] = key % radix;
      key = (key - indices[d]!) / radix;
    }
    return indices;
  }

  /** Every slot that holds something, with its indices. */
  *used(): Generator<StoredCell> {
    const count = this.mode === "dense" ? this.capacity : this.keys.length;
    for (let slot = 0; slot < count; slot++) {
      if (
        this.population[slot] === 0 &&
        this.numeratorRows[slot] === 0 &&
        this.denominatorRows[slot] === 0 &&
        this.numerator[slot] === 0 &&
        this.denominator[slot] === 0
      )
        continue;
      yield { indices: this.indicesOf(this.mode === "dense" ? slot : this.keys[slot]!), slot };
    }
  }

  /** Adds every cell of another store (with another layout) into this one. */
  absorb(other: CellStore): void {
    for (const { indices, slot: from } of other.used()) {
      const key = this.keyOf(indices);
      const to = this.mode === "dense" ? key : this.slotOf(key);
      this.population[to]! += other.population[from]!;
      this.numerator[to]! += other.numerator[from]!;
      this.numeratorRows[to]! += other.numeratorRows[from]!;
      this.denominator[to]! += other.denominator[from]!;
      this.denominatorRows[to]! += other.denominatorRows[from]!;
      this.numeratorExact[to] = sum(this.numeratorExact[to], other.numeratorExact[from]);
      this.denominatorExact[to] = sum(this.denominatorExact[to], other.denominatorExact[from]);
      const values = other.values[from];
      if (values) (this.values[to] ??= []).push(...values);
      const organizers = other.organizers[from];
      if (organizers) {
        const into = (this.organizers[to] ??= new Set());
        for (const organizer of organizers) into.add(organizer);
      }
    }
  }

  private grow(capacity: number): void {
    const widen = (array: Float64Array): Float64Array => {
      const wider = new Float64Array(capacity);
      wider.set(array);
      return wider;
    };
    this.population = widen(this.population);
    this.numerator = widen(this.numerator);
    this.numeratorRows = widen(this.numeratorRows);
    this.denominator = widen(this.denominator);
    this.denominatorRows = widen(this.denominatorRows);
    this.capacity = capacity;
  }
}

function sum(a: Decimal | undefined, b: Decimal | undefined): Decimal | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.plus(b);
}

/**
 * Adds a decimal-string contribution exactly (an absent value adds 0, as the reference evaluator does).
 *
 * @example
 * ```ts
 * addExact(undefined, "0.1").plus("0.2").toString(); // "0.3"
 * ```
 */
export function addExact(current: Decimal | undefined, text: string | null | undefined): Decimal {
  return (current ?? new Decimal(0)).plus(text ?? 0);
}

/**
 * The store for the next chunk: the current one when every dimension still fits its radix, else a new
 * layout (dense while the product of cardinalities stays under `DENSE_CELL_LIMIT`, else a Map with
 * 2^⌊52/n⌋ per dimension) that has absorbed the current cells.
 *
 * @param cardinalities - per dimension the largest index + 1, or null when not known in advance
 * @param names - dimension names, for the error when a dimension has too many categories
 * @example
 * ```ts
 * const store = layoutFor(null, [3, 10], ["organizer", "age_group"]); // dense, 30 cells
 * ```
 */
export function layoutFor(
  current: CellStore | null,
  cardinalities: Array<number | null>,
  names: readonly string[],
): CellStore {
  const count = cardinalities.length;
  const known = cardinalities.every((cardinality) => cardinality !== null);
  if (current) {
    const fits =
      current.mode === "map" ||
      cardinalities.every((cardinality, d) => cardinality !== null && cardinality <= current.radices[d]!);
    if (fits && (current.mode === "map" || known)) {
      if (current.mode === "map") checkMapRadices(current.radices, cardinalities, names);
      return current;
    }
  }
  let next: CellStore | null = null;
  if (known) {
    // Leave room to grow (powers of two) so that slowly growing dictionaries seldom force a new layout.
    const radices = cardinalities.map((cardinality, d) => {
      const previous = current?.mode === "dense" ? current.radices[d]! : 1;
      return cardinality! <= previous ? previous : current ? 2 ** Math.ceil(Math.log2(cardinality!)) : cardinality!;
    });
    const product = radices.reduce((p, radix) => p * radix, 1);
    if (product <= DENSE_CELL_LIMIT) next = new CellStore("dense", count === 0 ? [] : radices);
  }
  if (!next) {
    const radix = count === 0 ? 1 : 2 ** Math.floor(52 / count);
    const radices = new Array<number>(count).fill(radix);
    checkMapRadices(radices, cardinalities, names);
    next = new CellStore("map", radices);
  }
  if (current) next.absorb(current);
  return next;
}

function checkMapRadices(
  radices: readonly number[],
  cardinalities: Array<number | null>,
  names: readonly string[],
): void {
  cardinalities.forEach((cardinality, d) => {
    if (cardinality !== null && cardinality > radices[d]!) {
      throw new DataError(
        "too_many_categories",
        `breakdown ${names[d]} has ${cardinality - 1} distinct values; ` +
          `with ${names.length} breakdowns at most ${radices[d]! - 1} fit`,
        { dimension: names[d], categories: cardinality - 1 },
      );
    }
  });
}

/**
 * Which sums of a plan are plain row counts, so that the loop adds to fewer arrays per row (issue 14):
 * a numerator without a field or value is its row count (`numeratorRows` only; the numerator equals
 * it), and a denominator without a condition, field or value over the same cells as the numerator is
 * the population count (nothing added; denominator and its rows equal `population`). `separate`: some
 * breakdown is not in the denominator's cells.
 *
 * @example
 * ```ts
 * countedSums(plan, false); // { numerator: true, denominator: true } for a share such as within_14_days
 * ```
 */
export function countedSums(plan: Plan, separate: boolean): { numerator: boolean; denominator: boolean } {
  const { numerator, denominator } = plan.definition;
  const plain = (sum: SumSpec | undefined): boolean =>
    sum === undefined || (sum.field === undefined && sum.value === undefined);
  const joined = denominator !== undefined && "join" in denominator;
  return {
    numerator: plain(numerator),
    denominator:
      !joined && !separate && plain(denominator as SumSpec | undefined) && !(denominator as SumSpec | undefined)?.where,
  };
}
