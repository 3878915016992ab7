import { letterSpacingGaps } from './letter-spacing.js';
import { namePaddingGaps } from './name-padding.js';

/**
 * Characters a copy carries that no reader sees: zero-width spaces and joiners, the word joiner, a byte
 * order mark inside the text, soft hyphens and direction marks. Pasted from a WeChat article, a PDF or a
 * page, they stand inside numbers (`14\u200b05张` is 1405 on the screen) and words (`参\u00ad选率`), where
 * read as written they part one number into two and a label from its meaning. They are taken out before
 * reading; the spans of what is read are then moved back onto the text as given (and so onto what the
 * pages highlight), while quotes are of the text without them, as the screen shows it.
 */

/** The characters taken out: U+00AD, U+200B–U+200F, U+2060, U+FEFF. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** The text without its invisible characters, and for each character kept its offset in the text given. */
export interface VisibleText {
  readonly text: string;
  /** `kept[i]` is the offset in the given text of the i-th character of `text`. */
  readonly kept: Uint32Array;
  /** The length of the text given. */
  readonly length: number;
}

/**
 * The text with its invisible characters taken out, and the single spaces of its letter-spaced lines
 * (letter-spacing.ts), or null when it holds neither.
 */
export function withoutInvisibles(written: string): VisibleText | null {
  INVISIBLE.lastIndex = 0;
  const invisible = INVISIBLE.test(written);
  const spacing = letterSpacingGaps(written);
  // 王\u3000林: a two-character name padded to three (name-padding.ts), on a line not letter-spaced.
  const padding = namePaddingGaps(written);
  if (!invisible && spacing === null && padding === null) return null;
  const kept = new Uint32Array(written.length);
  const parts: string[] = [];
  let at = 0;
  let runStart = 0;
  for (let offset = 0; offset < written.length; offset++) {
    if (isInvisible(written.charCodeAt(offset)) || spacing?.[offset] === 1 || padding?.[offset] === 1) {
      if (runStart < offset) parts.push(written.slice(runStart, offset));
      runStart = offset + 1;
      continue;
    }
    kept[at++] = offset;
  }
  if (runStart < written.length) parts.push(written.slice(runStart));
  return { text: parts.join(''), kept: kept.subarray(0, at), length: written.length };
}

const isInvisible = (unit: number): boolean =>
  unit === 0xad || (unit >= 0x200b && unit <= 0x200f) || unit === 0x2060 || unit === 0xfeff;

/** Where an offset that starts a span of the visible text falls in the text given. */
const startIn = (visible: VisibleText, offset: number): number =>
  offset >= visible.text.length ? visible.length : (visible.kept[offset] ?? visible.length);

/** Where an offset that ends a span of the visible text falls in the text given. */
const endIn = (visible: VisibleText, offset: number): number =>
  offset <= 0 ? 0 : (visible.kept[Math.min(offset, visible.text.length) - 1] ?? 0) + 1;

const isSpan = (value: unknown): value is readonly [number, number] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number';

/**
 * A copy of what was read from the visible text with every offset into it moved onto the text given:
 * each `span`, a share's `namedBaseFrom` (a start) and `paragraphEnd` (an end). An object reached twice
 * (a figure that is also a partition's total) is copied once, so that it stays one object.
 */
export function withOffsetsInto<T>(read: T, visible: VisibleText): T {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const done = copies.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      for (const item of value) out.push(copy(item));
      return out;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    copies.set(value, out);
    for (const [key, field] of Object.entries(value)) {
      if (key === 'span' && isSpan(field)) {
        const start = startIn(visible, field[0]);
        out[key] = [start, Math.max(start, endIn(visible, field[1]))] as const;
      } else if (key === 'namedBaseFrom' && typeof field === 'number') out[key] = startIn(visible, field);
      else if (key === 'paragraphEnd' && typeof field === 'number') out[key] = endIn(visible, field);
      else out[key] = copy(field);
    }
    return out;
  };
  return copy(read) as T;
}
