import canonicalize from 'canonicalize';

/**
 * The JSON Canonicalization Scheme (RFC 8785): keys sorted by UTF-16 code units, no whitespace,
 * numbers as ECMAScript prints them, strings with the minimal escapes. The bytes a signature covers.
 * Throws on what JSON cannot carry (NaN, Infinity, lone surrogates, cycles): a bug in the caller.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}

const utf8 = new TextEncoder();

/** The UTF-8 bytes of `canonicalJson(value)`. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8.encode(canonicalJson(value));
}
