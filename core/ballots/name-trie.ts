import { isCellEnd } from './csv-bytes.js';

/**
 * The name spellings already met in one contest, as a byte trie: the plain-row loop walks a cell's
 * bytes through it with one table load per byte and knows each name where the name ends — no hashing,
 * no second pass to compare the bytes (docs/performance.md). Spellings are added as the general path
 * resolves them, so a file's first rows teach the trie and the rest are read by the walk.
 */
export class NameTrie {
  /** [node × 256 + byte] → the child node, 0 when there is none (the root, node 0, is nobody's child). */
  transitions: Uint16Array;
  /** node → key index of the spelling that ends there, -1 when none does. */
  keys: Int32Array;
  private nodes = 1;

  constructor(private readonly maxNodes = MAX_TRIE_NODES) {
    this.transitions = new Uint16Array(64 * 256);
    this.keys = new Int32Array(64).fill(-1);
  }

  /**
   * Adds bytes[start, end) as a spelling of key index `key`. Refuses (false, nothing changed) an empty
   * spelling, one holding a byte at which an unquoted cell stops (`isCellEnd`: the walk must stop
   * at those), and one that would take the trie past its node limit; such names are left to the general path.
   */
  add(bytes: Uint8Array, start: number, end: number, key: number): boolean {
    if (start >= end) return false;
    for (let i = start; i < end; i++) if (isCellEnd(bytes[i]!)) return false;
    let node = 0;
    let i = start;
    for (; i < end; i++) {
      const child = this.transitions[(node << 8) | bytes[i]!]!;
      if (child === 0) break;
      node = child;
    }
    if (this.nodes + (end - i) > this.maxNodes) return false;
    for (; i < end; i++) {
      const child = this.newNode();
      this.transitions[(node << 8) | bytes[i]!] = child;
      node = child;
    }
    this.keys[node] = key;
    return true;
  }

  get size(): number {
    return this.nodes;
  }

  private newNode(): number {
    const node = this.nodes++;
    if (node === this.keys.length) {
      const transitions = new Uint16Array(this.transitions.length * 2);
      transitions.set(this.transitions);
      this.transitions = transitions;
      const keys = new Int32Array(this.keys.length * 2).fill(-1);
      keys.set(this.keys);
      this.keys = keys;
    }
    return node;
  }
}

/**
 * Nodes per contest: the candidates' names and ids take a few hundred, and the limit leaves room for
 * hundreds of distinct write-ins at 512 bytes of table per node (2 MiB at most per contest).
 */
export const MAX_TRIE_NODES = 4096;
