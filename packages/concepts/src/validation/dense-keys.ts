/**
 * The uniqueness keys (F9) that are numbered ids — one fixed prefix and then digits, like `v123456`,
 * `123456` or `K000123` — kept by their number in pages of first rows instead of hashed: consecutive
 * ids land next to each other in memory, with no hashing, no key bytes and no cache miss per key.
 *
 * The form is fixed by the first key that ends in 1–15 digits: its prefix (everything before those
 * digits), and either digits without a leading zero or, when that key's digits start with a zero,
 * exactly its number of digits. A key of that form is one number and a number is one key, so this is
 * exact; every other key goes to the hashed table (key-table.ts), which never sees a key of this form.
 * Keys before the form was fixed end in no digit or in more than 15, so they are not of the form either.
 * Numbers of up to 15 digits are exact doubles (below 2⁵³), so 13-digit visit numbers stay numbered too.
 *
 * Memory stays bounded: when a new page would take the pages over {@link SLACK_BYTES} plus
 * {@link MAX_BYTES_PER_KEY} per key (sparse numbers), the owner moves every key to the hashed table. The
 * keys counted are those held, or those the table expects when its source has told (`expect`).
 */

/** First rows per page (one `Float64Array` of 32 KiB: any row number exactly, NaN when empty). */
const PAGE_BITS = 12;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_BYTES = PAGE_SIZE * 8;
/** The most digits of a numbered id (its number stays below 10¹⁵, exact as a double). */
const MAX_DIGITS = 15;
/** Pages of numbers below 2³² are found in an array by index; the pages of larger numbers in a map. */
const ARRAY_PAGES = 2 ** (32 - PAGE_BITS);
/** Page bytes allowed regardless of the key count. */
export const SLACK_BYTES = 1 << 20;
/** Page bytes allowed per key beyond the slack (the hashed table takes about 12–29 per key). */
export const MAX_BYTES_PER_KEY = 16;
/** `firstRowOrAdd`'s answer when the pages would grow over their bound (nothing was recorded). */
export const OVER_BOUND = -2;

/** The numbered-id keys of one table (see the module comment). */
export class DenseKeys {
  /** The prefix of the form, or null until a key fixes it. */
  private prefix: string | null = null;
  /** 0: digits without a leading zero; else exactly this many digits. */
  private width = 0;
  private readonly pages: Array<Float64Array | undefined> = [];
  private readonly largePages = new Map<number, Float64Array>();
  /** The large page met last (consecutive ids share a page). */
  private lastIndex = -1;
  private lastPage: Float64Array | undefined;
  private pageCount = 0;
  private count = 0;
  /** The keys the table is expected to get (`expect`): the pages may take their bound at once. */
  private expected = 0;
  /** The lowest and highest page index held. */
  private lowestPage = Number.POSITIVE_INFINITY;
  private highestPage = Number.NEGATIVE_INFINITY;

  /** The number of keys held. */
  get size(): number {
    return this.count;
  }

  /**
   * Lets the pages grow to their bound for `keys` keys before that many have come, while the numbers
   * held span at most `2 · keys` (so at most 16 bytes per expected key): ids numbered 1…2 000 000 in
   * shuffled order touch most pages with the first few thousand keys, which the bound for those few
   * would refuse, sending every key to the hashed table (2 M keys: ≈ 0.5 s more). Sparse numbers (a
   * wider span) are bounded by the keys held, as before.
   *
   * @example
   * ```ts
   * const keys = new DenseKeys();
   * keys.expect(2_000_000); // pages up to 1 MiB + 16 bytes · 2 000 000
   * ```
   */
  expect(keys: number): void {
    if (keys > this.expected) this.expected = keys;
  }

  /** The bytes of the pages. */
  get byteLength(): number {
    return this.pageCount * PAGE_BYTES;
  }

  /**
   * The number `key` spells in the form of this table (fixing the form on the first key ending in
   * 1–15 digits), or −1 when it is not of the form.
   *
   * @example
   * ```ts
   * const keys = new DenseKeys();
   * keys.numberOf("v12"); // 12 (the form is now "v" and digits without a leading zero)
   * keys.numberOf("v012"); // -1
   * keys.numberOf("w12"); // -1
   * ```
   */
  numberOf(key: string): number {
    let prefix = this.prefix;
    const length = key.length;
    if (prefix === null) {
      let start = length;
      while (start > 0 && isDigit(key.charCodeAt(start - 1))) start -= 1;
      const digits = length - start;
      if (digits === 0 || digits > MAX_DIGITS) return -1;
      prefix = this.prefix = key.slice(0, start);
      this.width = digits > 1 && key.charCodeAt(start) === 48 ? digits : 0;
    }
    const start = prefix.length;
    const digits = length - start;
    if (digits < 1 || digits > MAX_DIGITS) return -1;
    if (this.width > 0 ? digits !== this.width : digits > 1 && key.charCodeAt(start) === 48) return -1;
    // A one-character prefix (`v123`) by its code: a third of this function's time in `startsWith`.
    if (start === 1 ? key.charCodeAt(0) !== prefix.charCodeAt(0) : start > 0 && !key.startsWith(prefix)) return -1;
    let number = 0;
    for (let index = start; index < length; index += 1) {
      const digit = key.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    return number;
  }

  /**
   * The first row of the key numbered `number`, or −1 after recording `row` as its first row, or
   * {@link OVER_BOUND} (nothing recorded) when a new page would take the pages over their bound.
   *
   * @example
   * ```ts
   * const keys = new DenseKeys();
   * keys.firstRowOrAdd(keys.numberOf("v7"), 1); // -1
   * keys.firstRowOrAdd(keys.numberOf("v7"), 9); // 1
   * ```
   */
  firstRowOrAdd(number: number, row: number): number {
    const index = Math.floor(number / PAGE_SIZE);
    let page =
      index < ARRAY_PAGES ? this.pages[index] : index === this.lastIndex ? this.lastPage : this.largePage(index);
    if (page === undefined) {
      page = this.newPage(index);
      if (page === undefined) return OVER_BOUND;
    }
    const slot = number - index * PAGE_SIZE;
    const first = page[slot]!;
    if (first === first) return first; // not NaN: the key was seen
    page[slot] = row;
    this.count += 1;
    return -1;
  }

  /** A new page of index `index`, or `undefined` when it would take the pages over their bound. */
  private newPage(index: number): Float64Array | undefined {
    const lowest = Math.min(this.lowestPage, index);
    const highest = Math.max(this.highestPage, index);
    // The expected keys count while the pages span at most twice as many numbers (they may be dense).
    const dense = (highest - lowest + 1) * PAGE_SIZE <= 2 * this.expected;
    const keys = dense ? Math.max(this.count + 1, this.expected) : this.count + 1;
    if ((this.pageCount + 1) * PAGE_BYTES > SLACK_BYTES + MAX_BYTES_PER_KEY * keys) return undefined;
    this.lowestPage = lowest;
    this.highestPage = highest;
    const page = new Float64Array(PAGE_SIZE).fill(Number.NaN);
    if (index < ARRAY_PAGES) this.pages[index] = page;
    else this.largePages.set(index, page);
    this.pageCount += 1;
    return page;
  }

  /** The page of a number from 2³² on (remembered as the last one met). */
  private largePage(index: number): Float64Array | undefined {
    const page = this.largePages.get(index);
    if (page !== undefined) {
      this.lastIndex = index;
      this.lastPage = page;
    }
    return page;
  }

  /** Calls `take(key, firstRow)` for every key held, then holds none (the pages are dropped). */
  drain(take: (key: string, row: number) => void): void {
    const prefix = this.prefix ?? "";
    const drainPage = (page: Float64Array | undefined, index: number): void => {
      if (page === undefined) return;
      for (let slot = 0; slot < PAGE_SIZE; slot += 1) {
        const row = page[slot]!;
        if (row !== row) continue;
        const digits = String(index * PAGE_SIZE + slot);
        take(prefix + (this.width > 0 ? digits.padStart(this.width, "0") : digits), row);
      }
    };
    this.pages.forEach(drainPage);
    this.largePages.forEach(drainPage);
    this.pages.length = 0;
    this.largePages.clear();
    this.lastIndex = -1;
    this.lastPage = undefined;
    this.pageCount = 0;
    this.count = 0;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
