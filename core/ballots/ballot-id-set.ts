/**
 * The (box, ballot) pairs seen so far, to find repeats in memory that does not grow with the file the
 * way a set of strings would (tens of millions of rows would take gigabytes).
 *
 * - Ballot numbers made only of digits (up to 15, the usual `000123`) go into a paged bitmap per box and
 *   digit count: one bit per possible number in each 4,096-number page that is touched, so numbering
 *   in sequence costs about one bit per ballot (50 million ballots: about 6 MB). The test is exact.
 * - Any other ballot id, and numbers so scattered that their pages would cost more than 32 bytes per
 *   ballot, go into an open-addressing table of 64-bit fingerprints: 8 bytes per slot at most half
 *   full, so 8 to 16 bytes per such ballot (24 while the table doubles). Two different ids share a
 *   fingerprint with probability about n² / 2⁶⁵ over n ids (7 in 100,000 at 50 million): the only way
 *   a repeat could be reported that is not one.
 *
 * Boxes are numbered by the caller, but fingerprints are seeded by the box's name: two sets built from
 * two parts of one file (their boxes numbered apart) can then be checked for an id they share.
 */
export class BallotIdSet {
  private readonly bitmaps = new Map<number, PagedBitmap>();
  private readonly scattered = new Set<number>();
  private readonly fingerprints = new FingerprintSet();
  /** Per box number: the two fingerprint seeds drawn from its name. */
  private readonly seedsHigh: number[] = [];
  private readonly seedsLow: number[] = [];
  /** Ballots come in runs of one box: its bitmap is kept at hand. */
  private lastKey = -1;
  private lastBitmap: PagedBitmap | undefined;

  /** Gives box number `box` its name: before any id of the box is added. */
  nameBox(box: number, name: string): void {
    this.seedsHigh[box] = hashName(name, 0x811c9dc5);
    this.seedsLow[box] = hashName(name, 0x2545f491);
  }

  /** Records ballot id bytes[start, end) in box number `box`; true when it was recorded before. */
  add(box: number, bytes: Uint8Array, start: number, end: number): boolean {
    const digits = end - start;
    if (digits >= 1 && digits <= MAX_NUMBER_DIGITS) {
      let value = 0;
      let i = start;
      for (; i < end; i++) {
        const digit = bytes[i]! - 0x30;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
      }
      if (i === end) return this.addNumber(box, digits, value);
    }
    return this.fingerprints.add(
      hashId(this.seedsHigh[box]!, bytes, start, end, 0x01000193),
      hashId(this.seedsLow[box]!, bytes, start, end, 0x5bd1e995),
    );
  }

  /** Records a ballot number of `digits` digits (1 to MAX_NUMBER_DIGITS, leading zeros included), parsed. */
  addNumber(box: number, digits: number, value: number): boolean {
    const key = box * 16 + digits;
    let bitmap = key === this.lastKey ? this.lastBitmap : undefined;
    if (!bitmap) {
      if (this.scattered.has(key)) return this.addNumberFingerprint(key, value);
      bitmap = this.bitmaps.get(key);
      if (!bitmap) {
        bitmap = new PagedBitmap();
        this.bitmaps.set(key, bitmap);
      }
      this.lastKey = key;
      this.lastBitmap = bitmap;
    }
    const seen = bitmap.add(value);
    if (!seen && bitmap.pageAdded && bitmap.tooSparse()) {
      // Pages would now cost more than fingerprints: move this box's numbers over for good.
      this.scattered.add(key);
      this.bitmaps.delete(key);
      this.lastKey = -1;
      this.lastBitmap = undefined;
      bitmap.forEach((number) => this.addNumberFingerprint(key, number));
    }
    return seen;
  }

  private addNumberFingerprint(key: number, value: number): boolean {
    return this.fingerprints.add(this.numberHigh(key, value), this.numberLow(key, value));
  }

  // A number's fingerprint, from its box's seeds and its digit count (key = box × 16 + digits).
  private numberHigh(key: number, value: number): number {
    return mix(
      mix(mix(this.seedsHigh[key >>> 4]!, key & 15), Math.floor(value / 0x1_0000_0000)),
      value >>> 0,
    );
  }

  private numberLow(key: number, value: number): number {
    return mix(mix(mix(this.seedsLow[key >>> 4]!, value >>> 0), key & 15), Math.floor(value / 0x1_0000_0000));
  }

  /** What `sharesAnyWith` needs of this set, as plain data that can be posted to another thread. */
  export(): ExportedBallotIds {
    const numbers: ExportedBallotIds['numbers'][number][] = [];
    for (const [key, bitmap] of this.bitmaps)
      numbers.push({ box: key >>> 4, digits: key & 15, pages: bitmap.pages });
    return { numbers, scattered: this.scattered.size > 0, ...this.fingerprints.export() };
  }

  /**
   * Whether the other set holds an id this one holds too, its boxes mapped to this set's numbers by
   * `boxOf` (-1: a box this set has not met). Exact as `add` is, provided the other set holds no
   * number as a fingerprint only (`scattered` false): such a number could not be looked up in a page.
   */
  sharesAnyWith(other: ExportedBallotIds, boxOf: (box: number) => number): boolean {
    if (other.scattered) throw new Error('sharesAnyWith: the other set holds numbers as fingerprints');
    for (const { box, digits, pages } of other.numbers) {
      const mine = boxOf(box);
      if (mine < 0) continue;
      const key = mine * 16 + digits;
      const bitmap = this.bitmaps.get(key);
      if (bitmap) {
        if (bitmap.overlaps(pages)) return true;
      } else if (this.scattered.has(key)) {
        let shared = false;
        forEachNumber(pages, (value) => {
          shared ||= this.fingerprints.has(this.numberHigh(key, value), this.numberLow(key, value));
        });
        if (shared) return true;
      }
    }
    const { high, low } = other;
    for (let slot = 0; slot < high.length; slot++) {
      if ((high[slot] !== 0 || low[slot] !== 0) && this.fingerprints.has(high[slot]!, low[slot]!))
        return true;
    }
    return false;
  }
}

/** A BallotIdSet as plain data: numbers by box number and digit count, and the fingerprint table. */
export interface ExportedBallotIds {
  readonly numbers: readonly {
    readonly box: number;
    readonly digits: number;
    readonly pages: ReadonlyMap<number, Uint32Array>;
  }[];
  /** Some numbers are held only as fingerprints. */
  readonly scattered: boolean;
  readonly high: Int32Array;
  readonly low: Int32Array;
}

function forEachNumber(pages: ReadonlyMap<number, Uint32Array>, visit: (value: number) => void): void {
  for (const [pageIndex, page] of pages) {
    for (let word = 0; word < PAGE_WORDS; word++) {
      const bits = page[word]!;
      if (bits === 0) continue;
      for (let bit = 0; bit < 32; bit++)
        if ((bits & (1 << bit)) !== 0) visit(pageIndex * PAGE_BITS + word * 32 + bit);
    }
  }
}

/** 15 digits stay exact in a double. */
export const MAX_NUMBER_DIGITS = 15;
const PAGE_BITS = 4096;
const PAGE_WORDS = PAGE_BITS / 32;

class PagedBitmap {
  readonly pages = new Map<number, Uint32Array>();
  private count = 0;

  /** Whether the last `add` started a page: only then can the bitmap have become too sparse. */
  pageAdded = false;
  private lastPageIndex = -1;
  private lastPage: Uint32Array | undefined;

  add(value: number): boolean {
    const pageIndex = Math.floor(value / PAGE_BITS);
    let page = pageIndex === this.lastPageIndex ? this.lastPage : this.pages.get(pageIndex);
    this.lastPageIndex = pageIndex;
    this.pageAdded = !page;
    if (!page) {
      page = new Uint32Array(PAGE_WORDS);
      this.pages.set(pageIndex, page);
    }
    this.lastPage = page;
    const bit = value - pageIndex * PAGE_BITS;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((page[word]! & mask) !== 0) return true;
    page[word] = page[word]! | mask;
    this.count++;
    return false;
  }

  tooSparse(): boolean {
    return this.pages.size > 16 && this.pages.size * PAGE_WORDS * 4 > this.count * 32;
  }

  forEach(visit: (value: number) => void): void {
    forEachNumber(this.pages, visit);
  }

  /** Whether a number is in both this bitmap and the other pages. */
  overlaps(other: ReadonlyMap<number, Uint32Array>): boolean {
    for (const [pageIndex, theirs] of other) {
      const page = this.pages.get(pageIndex);
      if (!page) continue;
      for (let word = 0; word < PAGE_WORDS; word++) if ((page[word]! & theirs[word]!) !== 0) return true;
    }
    return false;
  }
}

/** 64-bit fingerprints as two 32-bit halves, open addressing, at most half full. (0, 0) marks an empty slot. */
class FingerprintSet {
  private high = new Int32Array(1024);
  private low = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  has(high: number, low: number): boolean {
    if (high === 0 && low === 0) low = 1;
    for (let slot = high & this.mask; ; slot = (slot + 1) & this.mask) {
      const h = this.high[slot]!;
      const l = this.low[slot]!;
      if (h === high && l === low) return true;
      if (h === 0 && l === 0) return false;
    }
  }

  export(): { high: Int32Array; low: Int32Array } {
    return { high: this.high, low: this.low };
  }

  add(high: number, low: number): boolean {
    if (high === 0 && low === 0) low = 1;
    let slot = high & this.mask;
    for (;;) {
      const h = this.high[slot]!;
      const l = this.low[slot]!;
      if (h === 0 && l === 0) break;
      if (h === high && l === low) return true;
      slot = (slot + 1) & this.mask;
    }
    this.high[slot] = high;
    this.low[slot] = low;
    if (++this.count * 2 > this.high.length) this.grow();
    return false;
  }

  private grow(): void {
    const oldHigh = this.high;
    const oldLow = this.low;
    this.high = new Int32Array(oldHigh.length * 2);
    this.low = new Int32Array(oldLow.length * 2);
    this.mask = this.high.length - 1;
    for (let i = 0; i < oldHigh.length; i++) {
      const high = oldHigh[i]!;
      const low = oldLow[i]!;
      if (high === 0 && low === 0) continue;
      let slot = high & this.mask;
      while (this.high[slot] !== 0 || this.low[slot] !== 0) slot = (slot + 1) & this.mask;
      this.high[slot] = high;
      this.low[slot] = low;
    }
  }
}

/** A box name's fingerprint seed. */
function hashName(name: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < name.length; i++) hash = mix(hash, name.charCodeAt(i));
  return mix(hash, name.length);
}

/** Two of these with different box seeds and odd multipliers make the 64-bit fingerprint. */
function hashId(boxSeed: number, bytes: Uint8Array, start: number, end: number, multiplier: number): number {
  let hash = boxSeed;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, multiplier);
  return mix(hash, end - start);
}

/** One round of murmur3's mixing: spreads every input bit over the 32-bit state. */
function mix(state: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = state ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
