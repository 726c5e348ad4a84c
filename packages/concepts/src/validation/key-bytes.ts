/**
 * The bytes and hash of a uniqueness key (F9) as the key table keeps them (key-table.ts): generalised
 * UTF-8 (a lone surrogate gets its own 3-byte form, as WTF-8 does), which is one-to-one on JS strings,
 * and FNV-1a over those bytes with murmur3's finaliser; and a batch of keys encoded ahead of their
 * look-up (`KeyTable.firstRowsOrAdd`).
 */
/**
 * Writes `key` as generalised UTF-8 into `bytes` from `start` (which must leave room for
 * `3 × key.length` bytes); returns the byte length.
 *
 * @example
 * ```ts
 * encodeKey("vä", new Uint8Array(6), 0); // 3 (0x76 0xc3 0xa4)
 * ```
 */
export function encodeKey(key: string, bytes: Uint8Array, start: number): number {
  const length = key.length;
  let at = start;
  for (let index = 0; index < length; index += 1) {
    let code = key.charCodeAt(index);
    if (code < 0x80) {
      bytes[at++] = code;
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 63);
    } else {
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
        const low = key.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          index += 1;
          bytes[at++] = 0xf0 | (code >> 18);
          bytes[at++] = 0x80 | ((code >> 12) & 63);
          bytes[at++] = 0x80 | ((code >> 6) & 63);
          bytes[at++] = 0x80 | (code & 63);
          continue;
        }
      }
      // Also a lone surrogate: its own 3-byte form, which no other code unit sequence has.
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 63);
      bytes[at++] = 0x80 | (code & 63);
    }
  }
  return at - start;
}

/**
 * FNV-1a over the bytes, then murmur3's finaliser so that the low bits (the slot) are well mixed.
 *
 * @example
 * ```ts
 * hashOf(Uint8Array.of(118, 49), 0, 2); // finalHash of FNV-1a's state after the bytes 118, 49
 * ```
 */
export function hashOf(bytes: Uint8Array, start: number, length: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = start; index < start + length; index += 1) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return finalHash(hash);
}

/**
 * murmur3's finaliser of an FNV-1a state, as an unsigned 32-bit number.
 *
 * @example
 * ```ts
 * finalHash(0); // 0
 * ```
 */
export function finalHash(state: number): number {
  let hash = state;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The keys of one `KeyTable.firstRowsOrAdd` call, encoded and hashed before any is looked up: their
 * bytes one after another, and per key its start, length, hash and index in the call.
 *
 * @example
 * ```ts
 * const batch = new KeyBatch();
 * batch.add("v1", 0); // batch.count 1, batch.bytes [118, 49, …], batch.hashes[0] the key's hash
 * ```
 */
export class KeyBatch {
  bytes = new Uint8Array(1 << 16);
  hashes = new Uint32Array(1024);
  starts = new Int32Array(1024);
  lengths = new Int32Array(1024);
  indexes = new Int32Array(1024);
  /** Keys added since `clear`, and their bytes. */
  count = 0;
  used = 0;

  /** Starts a new call. */
  clear(): void {
    this.count = 0;
    this.used = 0;
  }

  /** Adds `key`, the `index`-th of the call: its bytes (generalised UTF-8) and hash (`hashOf`). */
  add(key: string, index: number): void {
    const used = this.used;
    if (this.bytes.length < used + key.length * 3) this.bytes = grown(this.bytes, used + key.length * 3);
    if (this.count === this.hashes.length) this.growPlaces();
    const bytes = this.bytes;
    let length = key.length;
    // ASCII keys (the usual ids) are encoded and hashed in one pass; the bytes and hash are the same.
    let hash = 0x811c9dc5 | 0;
    let position = 0;
    for (; position < length; position += 1) {
      const code = key.charCodeAt(position);
      if (code >= 0x80) break;
      bytes[used + position] = code;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    if (position < length) {
      length = encodeKey(key, bytes, used);
      hash = hashOf(bytes, used, length);
    } else hash = finalHash(hash);
    const at = this.count++;
    this.hashes[at] = hash;
    this.starts[at] = used;
    this.lengths[at] = length;
    this.indexes[at] = index;
    this.used = used + length;
  }

  private growPlaces(): void {
    const size = this.hashes.length * 2;
    this.hashes = grown(this.hashes, size);
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.indexes = grown(this.indexes, size);
  }
}

/** `array` copied into room for at least `size` items. */
function grown<T extends Uint8Array | Uint32Array | Int32Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}
