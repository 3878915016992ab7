import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// Ticket numbers of Rivest's consistent sampler (github ron-rivest/consistent_sampler,
// code/consistent_sampler.py), reproduced bit for bit: decimal fractions "0.ddd…" kept as strings,
// compared as strings, exactly as the reference does.

const utf8 = new TextEncoder();

/** Lower-case hex SHA-256 of the UTF-8 bytes of a string (the reference's `sha256_hex` of a str). */
export function sha256HexOfText(text: string): string {
  return bytesToHex(sha256(utf8.encode(text)));
}

/**
 * The digest as a fraction in (0, 1): its value in decimal, at least 64 digits, written backwards after
 * "0.". Backwards because the high-order decimal digits of a 256-bit number are biased (the reference's
 * `sha256_uniform`).
 */
export function uniformFraction(text: string): string {
  const decimal = BigInt('0x' + sha256HexOfText(text))
    .toString(10)
    .padStart(64, '0');
  // A loop: about three times faster than spreading the 78 digits into an array and joining them.
  let reversed = '0.';
  for (let i = decimal.length - 1; i >= 0; i -= 1) reversed += decimal[i];
  return reversed;
}

/** Index of the first digit after "0." that is not a 9 (the position just past a leading run of 9s). */
function endOfLeadingNines(fraction: string): number {
  const padded = fraction + '0';
  let i = 2;
  while (padded[i] === '9') i += 1;
  return i;
}

/** Generation 1 ticket number of an id: the seed is hashed once, and its hex digest prefixes the id. */
export function firstTicketNumber(id: string, seedHash: string): string {
  return uniformFraction(seedHash + id);
}

/**
 * The next generation's ticket number, uniform in (x, 1): keep x's leading 9s, replace the rest with
 * hash digits of "x:1", "x:2", … until the result exceeds x (string order, as the reference).
 */
export function nextTicketNumber(x: string): string {
  const padded = x + '0';
  const keep = padded.slice(0, endOfLeadingNines(x));
  let counter = 0;
  let y = '0.';
  while (y <= padded) {
    counter += 1;
    y = keep + uniformFraction(`${x}:${counter}`).slice(2);
  }
  return y;
}

/** Truncates (never rounds) to `digits` significant digits after the leading 9s (the reference's `trim`). */
export function trimTicketNumber(x: string, digits: number): string {
  return x.slice(0, endOfLeadingNines(x) + digits);
}
