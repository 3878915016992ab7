import { digitsValue } from './parse-number.js';
import type { AnnouncedFigure, PartitionPart, StatedPartition } from './announced-figures.js';

/**
 * The ballots a sentence opens with, split among the people they went to in that sentence: `Of the 640
 * valid ballots counted in the east hamlet, 320 went to Chan, 250 to Lee and 70 to Wong.` Each part is
 * some of that sentence's own whole, never of a total stated in another sentence; others may have had
 * votes too (write-ins, a candidate left unsaid), so the parts come to no more than the whole.
 *
 * Only the plainest shape: the whole read as a count, of ballots or votes; then, up to the sentence's
 * end, nothing but parts `N went to NAME` (the first with `went`, the rest may leave it out) parted by
 * commas and a last `and`, each name one to four capitalised words. Anything else in the list and nothing
 * is summed.
 */

const SP = String.raw`[^\S\n]+`;
const INT = String.raw`(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]\d|\.\d)`;
const NAME = String.raw`[A-Z][A-Za-z'’-]*(?:${SP}[A-Z][A-Za-z'’-]*){0,3}`;
/** The sentence's opening whole: `Of the 640 valid ballots …,`, its number captured. */
const OPENING = new RegExp(
  String.raw`(?:^|[.;!?\n][^\S\n]*)(?:[Oo]f|[Aa]mong)${SP}(?:the|all)${SP}(${INT})(?:${SP}(?:valid|counted))?${SP}(?:ballots|votes|ballot${SP}papers)(?:${SP}[A-Za-z'’-]+){0,9}?,${SP}`,
  'g',
);
/** One part: `320 went to Chan`, `250 to Lee`, its number captured. */
const PART = new RegExp(String.raw`(${INT})${SP}(?:went${SP})?to${SP}${NAME}`, 'y');
/** What may part one part from the next: a comma, `and`, or both. */
const BETWEEN = new RegExp(String.raw`(?:,${SP}and${SP}|,${SP}|${SP}and${SP})`, 'y');
/** The list's end: the sentence's. */
const END = /[^\S\n]*(?:[.;!?\n]|$)/y;

/** Where the sentence's parts and its whole stand, with the whole as read. */
export function englishBallotsSplit(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  if (!/\bwent[^\S\n]+to\b/.test(folded)) return [];
  const found: StatedPartition[] = [];
  // The counts by where they start, made once, when a list is found.
  let countsAt: Map<number, AnnouncedFigure> | null = null;
  for (const opening of folded.matchAll(OPENING)) {
    if (found.length === MAX_SPLITS) break;
    const number = opening[1] ?? '';
    const numberAt = opening.index + opening[0].indexOf(number);
    const parts = partsAt(folded, original, opening.index + opening[0].length);
    if (parts === null || parts.length < 2) continue;
    countsAt ??= new Map(
      figures.flatMap((figure) =>
        figure.kind === 'count' && figure.origin.span ? [[figure.origin.span[0], figure] as const] : [],
      ),
    );
    const total = countsAt.get(numberAt);
    if (!total || total.kind !== 'count' || total.value !== digitsValue(number)) continue;
    found.push({ family: 'ballots-split', total, parts, complete: false });
  }
  return found;
}

/** A notice splits a few wholes so, each among a ballot's few candidates: past these, nothing is summed. */
const MAX_SPLITS = 12;
const MAX_PARTS = 30;

/** The parts from `at` to the sentence's end, or null when anything else stands among them. */
function partsAt(folded: string, original: string, at: number): PartitionPart[] | null {
  const parts: PartitionPart[] = [];
  let from = at;
  for (;;) {
    PART.lastIndex = from;
    const part = PART.exec(folded);
    if (!part?.[1]) return null;
    // The first part says `went`; the rest may leave it out.
    if ((parts.length === 0 && !/\bwent\b/.test(part[0])) || parts.length === MAX_PARTS) return null;
    const span: [number, number] = [from, from + part[0].length];
    parts.push({
      kind: `part ${parts.length + 1}`,
      value: digitsValue(part[1]),
      span,
      text: original.slice(...span),
    });
    from = span[1];
    END.lastIndex = from;
    if (END.test(folded)) return parts;
    BETWEEN.lastIndex = from;
    if (!BETWEEN.test(folded)) return null;
    from = BETWEEN.lastIndex;
  }
}
