// The bytes that give a ballots.csv its structure, shared by the row scanner, the plain-row loop and
// the name tries, so that all three stop at the same places.
export const NUL = 0x00;
export const LF = 0x0a;
export const CR = 0x0d;
export const QUOTE = 0x22;
export const COMMA = 0x2c;

/** Where an unquoted cell stops: a comma, a line break, or what the plain-row loop leaves to the scanner. */
export const isCellEnd = (byte: number): boolean =>
  byte <= COMMA && (byte === COMMA || byte === LF || byte === CR || byte === QUOTE || byte === NUL);
