/**
 * The uniqueness keys of one table (F9): an open-addressing hash table (linear probing) from key
 * strings to the row number that first had them. Each slot holds the key's 32-bit hash beside the
 * entry number, so a probe touches one cache line; about twice as fast as a `Map` at a million keys.
 * It holds only the keys, their hashes and first row numbers.
 */

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash;
}

const INITIAL_CAPACITY = 1024;

/** Keys seen so far, each with the first row number that had it. */
export class KeyTable {
  private capacity = INITIAL_CAPACITY;
  /** Pairs `[hash, entry + 1]`; entry + 1 = 0 marks an empty slot. */
  private slots = new Int32Array(INITIAL_CAPACITY * 2);
  private readonly keys: string[] = [];
  private rows = new Float64Array(INITIAL_CAPACITY / 2);

  /** The number of distinct keys. */
  get size(): number {
    return this.keys.length;
  }

  /**
   * The first row number of `key`, or −1 after recording `row` as its first row.
   *
   * @example
   * ```ts
   * const table = new KeyTable();
   * table.firstRowOrAdd("v1", 1); // -1
   * table.firstRowOrAdd("v1", 5); // 1
   * ```
   */
  firstRowOrAdd(key: string, row: number): number {
    const hash = hashOf(key);
    const mask = this.capacity - 1;
    const slots = this.slots;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot * 2 + 1]!;
      if (entry === 0) break;
      if (slots[slot * 2] === hash && this.keys[entry - 1] === key) return this.rows[entry - 1]!;
      slot = (slot + 1) & mask;
    }
    const entry = this.keys.length;
    if (entry >= this.rows.length) {
      const rows = new Float64Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    this.keys.push(key);
    this.rows[entry] = row;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = entry + 1;
    if ((entry + 1) * 2 > this.capacity) this.grow();
    return -1;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    const old = this.slots;
    for (let index = 0; index < this.capacity; index += 1) {
      const entry = old[index * 2 + 1]!;
      if (entry === 0) continue;
      const hash = old[index * 2]!;
      let slot = hash & mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = entry;
    }
    this.slots = slots;
    this.capacity = capacity;
  }
}
