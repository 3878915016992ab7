/**
 * A hash map from byte strings to small integers, so that a cell seen a million times is hashed and
 * compared as bytes and decoded to text only once. Open addressing with linear probing; keys are copied
 * into one growing arena, so the map holds no per-key objects.
 */
export class BytesInterner {
  private slots: Int32Array; // entry index + 1; 0 = empty
  private hashes: Int32Array; // hash of the entry in each slot, to skip most byte comparisons
  private mask: number;
  private arena = new Uint8Array(1024);
  private arenaUsed = 0;
  private keyStart: number[] = [];
  private keyLength: number[] = [];
  private values: number[] = [];

  constructor(capacity = 64) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of bytes[start, end), or -1 when they were never added. `hash` is `hashBytes` of them. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.hashes[slot] === hash && this.keyLength[entry - 1] === length) {
        const at = this.keyStart[entry - 1]!;
        let i = 0;
        while (i < length && this.arena[at + i] === bytes[start + i]) i++;
        if (i === length) return this.values[entry - 1]!;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds bytes[start, end) (not present yet) with a value. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number): void {
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    this.keyStart.push(this.arenaUsed);
    this.keyLength.push(length);
    this.values.push(value);
    this.arenaUsed += length;
    if (this.values.length * 2 > this.slots.length) this.rehash();
    else this.place(this.values.length, hash);
  }

  private place(entry: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
    this.hashes[slot] = hash;
  }

  private rehash(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let entry = 1; entry <= this.values.length; entry++) {
      const at = this.keyStart[entry - 1]!;
      this.place(entry, hashBytes(this.arena, at, at + this.keyLength[entry - 1]!));
    }
  }
}

/** FNV-1a over bytes[start, end): fast on the short cells of ballot records. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0; // as a signed 32-bit value, the way Int32Array stores it
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}
