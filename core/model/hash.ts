/** An incremental SHA-256, so that inputs are hashed while they stream. Platforms bring the fastest they have. */
export interface Hasher {
  update(chunk: Uint8Array): void;
  /** Lower-case hex. Call once. A hasher in another thread answers with a promise. */
  digestHex(): string | Promise<string>;
}

export type HasherFactory = () => Hasher;
