/**
 * The bytes and hash of a uniqueness key (F9) as the key table keeps them (key-table.ts): generalised
 * UTF-8 (a lone surrogate gets its own 3-byte form, as WTF-8 does), which is one-to-one on JS strings,
 * or a UUID's 17-byte compact form (`encodeUuid`), and FNV-1a over those bytes with murmur3's
 * finaliser; and a batch of keys encoded ahead of their look-up (`KeyTable.firstRowsOrAdd`).
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

/** The first byte of a UUID's compact form: lower-case letters (`| 1`: upper case). No UTF-8 byte is 0xF8–0xFF. */
const UUID_FORM = 0xf8;

/** The byte length of a UUID's compact form: its mark, then its 16 bytes. */
export const UUID_BYTES = 17;

/** Each ASCII hex digit's value (+16 for an upper-case letter, +32 for a lower-case one), else −1. */
const HEX_DIGITS = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let digit = 0; digit < 10; digit += 1) values[48 + digit] = digit;
  for (let letter = 0; letter < 6; letter += 1) {
    values[65 + letter] = (10 + letter) | 16;
    values[97 + letter] = (10 + letter) | 32;
  }
  return values;
})();

/** Where each of a UUID's 16 bytes starts in its 36 characters (8-4-4-4-12 hex digits). */
const UUID_PAIRS = Uint8Array.of(0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34);

/**
 * Writes a UUID-shaped key (36 characters, 8-4-4-4-12 hex digits, its letters all lower case or all upper
 * case) in its compact form at `start` (17 bytes: 0xF8 for lower case, 0xF9 for upper, then the 16
 * bytes); returns {@link UUID_BYTES}, or 0 when the key is not of that shape (the bytes written are then
 * meaningless). No key's generalised UTF-8 starts with 0xF8 or 0xF9, and the case is kept, so the
 * compact form is one-to-one too; a table of 2 M UUIDs keeps 44 MB of records instead of 82 MB.
 *
 * @example
 * ```ts
 * encodeUuid("123e4567-e89b-12d3-a456-426614174000", new Uint8Array(17), 0); // 17
 * encodeUuid("123E4567-e89b-12d3-a456-426614174000", new Uint8Array(17), 0); // 0 (mixed case)
 * ```
 */
export function encodeUuid(key: string, bytes: Uint8Array, start: number): number {
  if (key.length !== 36) return 0;
  if (key.charCodeAt(8) !== 45 || key.charCodeAt(13) !== 45 || key.charCodeAt(18) !== 45) return 0;
  if (key.charCodeAt(23) !== 45) return 0;
  let cases = 0;
  for (let pair = 0; pair < 16; pair += 1) {
    const at = UUID_PAIRS[pair]!;
    const first = key.charCodeAt(at);
    const second = key.charCodeAt(at + 1);
    if ((first | second) > 127) return 0;
    const high = HEX_DIGITS[first]!;
    const low = HEX_DIGITS[second]!;
    if ((high | low) < 0) return 0;
    cases |= high | low;
    bytes[start + 1 + pair] = ((high & 15) << 4) | (low & 15);
  }
  if ((cases & 48) === 48) return 0; // both cases
  bytes[start] = UUID_FORM | ((cases & 16) >>> 4);
  return UUID_BYTES;
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

  /** Adds `key`, the `index`-th of the call: its bytes (`encodeUuid`, or generalised UTF-8) and hash (`hashOf`). */
  add(key: string, index: number): void {
    const used = this.used;
    if (this.bytes.length < used + key.length * 3) this.bytes = grown(this.bytes, used + key.length * 3);
    if (this.count === this.hashes.length) this.growPlaces();
    const bytes = this.bytes;
    let length = key.length;
    let hash = 0x811c9dc5 | 0;
    let position = 0;
    if (length === 36 && encodeUuid(key, bytes, used) > 0) {
      length = UUID_BYTES;
      hash = hashOf(bytes, used, length);
    } else {
      // ASCII keys (the usual ids) are encoded and hashed in one pass; the bytes and hash are the same.
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
    }
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
