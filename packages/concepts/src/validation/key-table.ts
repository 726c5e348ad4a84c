/**
 * The uniqueness keys of one table (F9: the first row of a key is kept, later rows with the same key
 * are rejected naming it). The only memory of the validator that grows with the input, so it is
 * compact and exact:
 *
 * - numbered ids (`v123456`, `123456`) are kept by their number in pages of first rows (dense-keys.ts,
 *   about 8 bytes per key when the ids are dense), as long as that stays within its memory bound;
 * - every other key is stored once as bytes in an arena of 1 MiB chunks (the first one starts at
 *   4 KiB, so small tables stay small; no per-key JS object):
 *   `[first row: uint32 LE][byte length: LEB128][key bytes]` — about 12 bytes for an id like `v123456x`,
 *   22 for a UUID (its 17-byte compact form, `encodeUuid`: the arena's fresh memory was most of the
 *   time of 2 M UUIDs on a host where touching a new page costs ≈ 10 µs);
 *   an ASCII key of under 128 characters is encoded and hashed straight into the place its record
 *   would take, so a new key is kept without a second copy (a 36-character UUID: ≈ 10 % faster);
 * - an open-addressing index (linear probing, load ≤ 0.7) of `[32-bit hash, record offset + 1]`
 *   pairs in one `Uint32Array` — about 11–23 bytes per key, 16.8 at a million keys; the validator
 *   looks a batch's keys up together (`firstRowsOrAdd`), their slots read ahead in one loop.
 *
 * A hash hit is always confirmed by comparing the bytes, so two different keys are never taken for
 * one. Keys are encoded as generalised UTF-8 (a lone surrogate gets its own 3-byte form, as WTF-8
 * does), or a UUID in its compact form (which starts with a byte UTF-8 never has, and keeps the case),
 * both one-to-one on JS strings: equal bytes ⇔ equal strings.
 */
import { DataError } from "@virta/core";
import { DenseKeys, OVER_BOUND } from "./dense-keys";
import { encodeKey, encodeUuid, finalHash, hashOf, KeyBatch, UUID_BYTES } from "./key-bytes";

const CHUNK_BITS = 20;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;
const INITIAL_CAPACITY = 1024;
/** The first chunk's starting size. */
const FIRST_CHUNK_SIZE = 4096;
/** Rows at or above this are kept in a side map (the record holds the marker). */
const BIG_ROW = 0xffff_ffff;
/** Arena offsets are stored + 1 in a uint32 slot. */
const MAX_ARENA_BYTES = 0xffff_fffe;
/** Hashed keys seen before the index is sized for the expected rows (`KeyTable.expect`). */
const SIZING_KEYS = 4096;
/** What the in-place look-up returns for a key that is not ASCII (a row is never negative but −1). */
const NOT_ASCII = -2;

/** Keys seen so far, each with the first row number that had it. */
export class KeyTable {
  private capacity = INITIAL_CAPACITY;
  /** Pairs `[hash, record offset + 1]`; offset + 1 = 0 marks an empty slot. */
  private slots = new Uint32Array(INITIAL_CAPACITY * 2);
  private count = 0;
  private readonly chunks: Uint8Array[] = [];
  private chunk: Uint8Array = new Uint8Array(0);
  private used = 0; // bytes used in the current chunk (a fresh one when a record does not fit)
  private scratch = new Uint8Array(256); // the encoded key being looked up
  /** The numbered-id keys, until they would take too much memory (then null: every key is hashed). */
  private dense: DenseKeys | null = new DenseKeys();
  /** First rows that do not fit in a uint32, by record offset (exactness for any row number). */
  private readonly bigRows = new Map<number, number>();
  /** The keys of a `firstRowsOrAdd` call, encoded and hashed before they are looked up. */
  private readonly batch = new KeyBatch();
  /** What the read-ahead loop of `firstRowsOrAdd` read: kept, so that the compiler keeps the loop. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: written only, to keep the read-ahead loop
  private readAhead = 0;

  /** The rows the source is expected to have (`expect`), until the index is sized for them. */
  private expectedRows = 0;
  private looked = 0; // keys looked up by `firstRowsOrAdd`, numbered or hashed

  /** The number of distinct keys. */
  get size(): number {
    return this.count + (this.dense?.size ?? 0);
  }

  /**
   * The bytes the table holds (index and arena), for measuring its memory per key.
   *
   * @example
   * ```ts
   * new KeyTable().byteLength; // 8192 (an empty index of 1024 slots, no numbered-id page)
   * ```
   */
  get byteLength(): number {
    let bytes = this.slots.byteLength + (this.dense?.byteLength ?? 0);
    for (const chunk of this.chunks) bytes += chunk.length;
    return bytes;
  }

  /**
   * Tells the table how many rows its source holds (a hint, `ColumnBatch.sourceRows`): the numbered ids'
   * pages may take their bound for that many keys (dense-keys.ts), and once 4 096 keys are hashed the
   * index is sized at once for the hashed share of all rows (2 M UUIDs: no rehash of ≈ 2.9 M keys).
   *
   * @example
   * ```ts
   * const table = new KeyTable();
   * table.expect(2_000_000);
   * ```
   */
  expect(rows: number): void {
    if (!(rows > this.expectedRows) || this.capacity > INITIAL_CAPACITY) return;
    this.expectedRows = rows;
    this.dense?.expect(rows);
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
    const dense = this.dense;
    if (dense !== null) {
      const number = dense.numberOf(key);
      if (number >= 0) {
        const first = dense.firstRowOrAdd(number, row);
        if (first !== OVER_BOUND) return first;
        this.hashAll(dense);
      }
    }
    if (key.length === 36 && encodeUuid(key, this.scratch, 0) > 0) {
      return this.probeOrAdd(hashOf(this.scratch, 0, UUID_BYTES), this.scratch, 0, UUID_BYTES, row);
    }
    // A key of ASCII characters (the usual ids) of under 128 bytes is encoded and hashed in one pass
    // straight into the arena, after room for its record's header: a new key is kept without a copy.
    if (key.length < 128) {
      const first = this.firstRowOrAddInPlace(key, row);
      if (first !== NOT_ASCII) return first;
    }
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    const bytes = this.scratch;
    // ASCII keys (the usual ids) are encoded and hashed in one pass; the bytes and hash are the same.
    let length = key.length;
    let hash = 0x811c9dc5 | 0;
    let ascii = true;
    for (let index = 0; index < length; index += 1) {
      const code = key.charCodeAt(index);
      if (code >= 0x80) {
        ascii = false;
        break;
      }
      bytes[index] = code;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    if (!ascii) {
      length = encodeKey(key, bytes, 0);
      hash = hashOf(bytes, 0, length);
    } else hash = finalHash(hash);
    return this.probeOrAdd(hash, bytes, 0, length, row);
  }

  /**
   * {@link firstRowOrAdd} of `count` keys in turn (`keys[i]` met in row `rows[i]`): `firsts[i]` gets
   * the first row of `keys[i]`, or −1 when it is new; the same answers as key by key. Numbered ids are
   * taken at once; the other keys are all encoded and hashed first, then their slots in the index are
   * read once in a tight loop, so that the processor fetches many of them at a time, and then each key
   * is looked up and kept in turn. A large index (2 M UUIDs: 32 MiB) otherwise waits for memory once per
   * key, ≈ 0.17 µs.
   *
   * @example
   * ```ts
   * const firsts = new Float64Array(3);
   * new KeyTable().firstRowsOrAdd(["a-1", "b", "a-1"], [1, 2, 3], 3, firsts); // firsts: [-1, -1, 1]
   * ```
   */
  firstRowsOrAdd(keys: ArrayLike<string>, rows: ArrayLike<number>, count: number, firsts: Float64Array): void {
    const batch = this.batch;
    batch.clear();
    for (let index = 0; index < count; index += 1) {
      const key = keys[index]!;
      const dense = this.dense;
      if (dense !== null) {
        const number = dense.numberOf(key);
        if (number >= 0) {
          const first = dense.firstRowOrAdd(number, rows[index]!);
          if (first !== OVER_BOUND) {
            firsts[index] = first;
            continue;
          }
          this.hashAll(dense);
        }
      }
      batch.add(key, index);
    }
    this.looked += count;
    const pending = batch.count;
    if (pending === 0) return;
    if (this.expectedRows > 0 && this.count + pending >= SIZING_KEYS) this.sizeForExpectedRows(pending);
    // Room for every key of the call now, so that no growth moves the slots read ahead.
    while ((this.count + pending) * 10 > this.capacity * 7) this.rebuild(this.capacity * 2);
    const { hashes, starts, lengths, indexes, bytes } = batch;
    const slots = this.slots;
    const mask = this.capacity - 1;
    let read = 0;
    for (let at = 0; at < pending; at += 1) read |= slots[((hashes[at]! & mask) << 1) + 1]!;
    this.readAhead = read;
    for (let at = 0; at < pending; at += 1) {
      const index = indexes[at]!;
      firsts[index] = this.probeOrAdd(hashes[at]!, bytes, starts[at]!, lengths[at]!, rows[index]!);
    }
  }

  /**
   * {@link firstRowOrAdd} of an ASCII key of under 128 characters, its bytes written where its record
   * would go (a one-byte length): {@link NOT_ASCII} (nothing kept) when a character is not ASCII.
   */
  private firstRowOrAddInPlace(key: string, row: number): number {
    const length = key.length;
    this.reserve(5 + length, length);
    const chunk = this.chunk;
    const start = this.used + 5;
    let hash = 0x811c9dc5 | 0;
    for (let index = 0; index < length; index += 1) {
      const code = key.charCodeAt(index);
      if (code >= 0x80) return NOT_ASCII;
      chunk[start + index] = code;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    return this.probeOrAdd(finalHash(hash), chunk, start, length, row, true);
  }

  /**
   * The first row of the key `bytes[start, start + length)` of hash `hash`, or −1 after adding it with
   * `row`; `inPlace`: the bytes already lie where the new record's key goes (`firstRowOrAddInPlace`).
   */
  private probeOrAdd(
    hash: number,
    bytes: Uint8Array,
    start: number,
    length: number,
    row: number,
    inPlace = false,
  ): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = slots[slot * 2 + 1]!;
      if (stored === 0) break;
      if (slots[slot * 2] === hash) {
        const first = this.firstRowIfSame(stored - 1, bytes, start, length);
        if (first >= 0) return first;
      }
      slot = (slot + 1) & mask;
    }
    const offset = inPlace ? this.commit(length, row) : this.append(bytes, start, length, row);
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = offset + 1;
    this.count += 1;
    if (this.count * 10 > this.capacity * 7) this.rebuild(this.capacity * 2);
    return -1;
  }

  /** Moves the numbered-id keys into the hashed table (their pages would grow too big); hashes all keys after. */
  private hashAll(dense: DenseKeys): void {
    this.dense = null;
    let bytes = new Uint8Array(64);
    dense.drain((key, row) => {
      if (bytes.length < key.length * 3) bytes = new Uint8Array(key.length * 3);
      const length = encodeUuid(key, bytes, 0) || encodeKey(key, bytes, 0);
      this.probeOrAdd(hashOf(bytes, 0, length), bytes, 0, length, row);
    });
  }

  /** The first row of the record at `offset` when its key bytes equal `bytes[start, start + length)`, else −1. */
  private firstRowIfSame(offset: number, bytes: Uint8Array, start: number, length: number): number {
    const chunk = this.chunks[offset >>> CHUNK_BITS]!;
    let at = (offset & CHUNK_MASK) + 4;
    let storedLength = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = chunk[at++]!;
      storedLength |= (byte & 127) << shift;
      shift += 7;
    } while (byte >= 128);
    if (storedLength !== length) return -1;
    for (let index = 0; index < length; index += 1) if (chunk[at + index] !== bytes[start + index]) return -1;
    const record = offset & CHUNK_MASK;
    const row =
      (chunk[record]! | (chunk[record + 1]! << 8) | (chunk[record + 2]! << 16) | (chunk[record + 3]! << 24)) >>> 0;
    return row === BIG_ROW ? this.bigRows.get(offset)! : row;
  }

  /** Appends a record of the key `bytes[from, from + length)`; returns its arena offset. */
  private append(bytes: Uint8Array, from: number, length: number, row: number): number {
    let lengthBytes = 1;
    while (length >= 2 ** (7 * lengthBytes)) lengthBytes += 1; // 1 for keys under 128 bytes
    this.reserve(4 + lengthBytes + length, length);
    const chunk = this.chunk;
    const start = this.used;
    const at = this.writeHeader(row, length);
    // Byte by byte: a view per key (\`subarray\` for \`set\`) cost more than the copy (2 M UUIDs: ≈ 0.2 s).
    for (let index = 0; index < length; index += 1) chunk[at + index] = bytes[from + index]!;
    this.used = at + length;
    return (this.chunks.length - 1) * CHUNK_SIZE + start;
  }

  /** Keeps the record whose key (under 128 bytes) `firstRowOrAddInPlace` wrote after its header's room. */
  private commit(length: number, row: number): number {
    const start = this.used;
    this.writeHeader(row, length);
    this.used = start + 5 + length;
    return (this.chunks.length - 1) * CHUNK_SIZE + start;
  }

  /** Writes a record's header (first row, LEB128 length) at `used`; returns where its key goes. */
  private writeHeader(row: number, length: number): number {
    const chunk = this.chunk;
    const start = this.used;
    const offset = (this.chunks.length - 1) * CHUNK_SIZE + start;
    const small = Number.isInteger(row) && row >= 0 && row < BIG_ROW;
    const stored = small ? row : BIG_ROW;
    if (!small) this.bigRows.set(offset, row);
    chunk[start] = stored & 255;
    chunk[start + 1] = (stored >>> 8) & 255;
    chunk[start + 2] = (stored >>> 16) & 255;
    chunk[start + 3] = stored >>> 24;
    let at = start + 4;
    let rest = length;
    while (rest >= 128) {
      chunk[at++] = (rest & 127) | 128;
      rest = Math.floor(rest / 128);
    }
    chunk[at++] = rest;
    return at;
  }

  /**
   * Makes room for a record of `size` bytes (a key of `length`) at `used` of the current chunk (a fresh
   * chunk if need be).
   */
  private reserve(size: number, length: number): void {
    if (this.used + size > this.chunk.length) {
      if (size > CHUNK_SIZE) {
        throw new DataError(
          "key_too_long",
          `a uniqueness key of ${length} bytes is longer than the ${CHUNK_SIZE} bytes a key may take; ` +
            "expected key fields within their length limits (F6, F9)",
          { length },
        );
      }
      if (this.chunks.length === 1 && this.chunk.length < CHUNK_SIZE) {
        // The first chunk starts small (small tables stay small) and doubles up to the chunk size;
        // offsets into it stay valid.
        let grown = this.chunk.length * 2;
        while (this.used + size > grown) grown *= 2;
        const chunk = new Uint8Array(Math.min(grown, CHUNK_SIZE));
        chunk.set(this.chunk);
        this.chunk = chunk;
        this.chunks[0] = chunk;
      }
      if (this.used + size > this.chunk.length) {
        if ((this.chunks.length + 1) * CHUNK_SIZE > MAX_ARENA_BYTES) {
          throw new DataError(
            "too_many_keys",
            `the table has more distinct keys (${this.count}) than the uniqueness check can hold ` +
              "(4 GiB of keys); expected a smaller table, or split it by year (F9)",
            { keys: this.count },
          );
        }
        let fresh = this.chunks.length === 0 ? FIRST_CHUNK_SIZE : CHUNK_SIZE;
        while (fresh < size) fresh *= 2; // a long key in a small first chunk (size ≤ CHUNK_SIZE)
        this.chunk = new Uint8Array(fresh);
        this.chunks.push(this.chunk);
        this.used = 0;
      }
    }
  }

  /** Sizes the index once for the hashed share of the expected rows (see `expect`). */
  private sizeForExpectedRows(pending: number): void {
    const share = Math.min(1, (this.count + pending) / Math.max(1, this.looked)); // never more keys than rows
    const keys = Math.ceil(this.expectedRows * share);
    this.expectedRows = 0;
    let capacity = this.capacity;
    while (keys * 10 > capacity * 7) capacity *= 2;
    if (capacity > this.capacity) this.rebuild(capacity); // once: the keys' random slots touch fresh pages
  }

  /** Moves the index into `capacity` slots (a power of two, more than it has). */
  private rebuild(capacity: number): void {
    const slots = new Uint32Array(capacity * 2);
    const mask = capacity - 1;
    const old = this.slots;
    for (let index = 0; index < this.capacity; index += 1) {
      const stored = old[index * 2 + 1]!;
      if (stored === 0) continue;
      const hash = old[index * 2]!;
      let slot = hash & mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = hash;
      slots[slot * 2 + 1] = stored;
    }
    this.slots = slots;
    this.capacity = capacity;
  }
}
