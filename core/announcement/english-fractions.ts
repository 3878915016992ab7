import { digitsValue } from './parse-number.js';
import type { TextSpan, WrittenCalculation } from './announced-figures.js';
import { APPROXIMATE_SHORT_BEFORE_EN } from './scan-numbers.js';

/**
 * English shares written with their own part and whole in words, as wire stories, observers' reports and
 * abstracts give them: `9 of 312 (2.9%)`, `38.5% (120 of 312)`, `women make up 33.3% of the new committee
 * (2 of 6)`, `1,932 of the 2,145 eligible voters cast ballots, a turnout of 90.1%`, `a majority of 1,204
 * votes out of 2,311 ballots cast, or 52.1%`, `Of the 1,908 registered voters, 1,654 voted (86.7%)`,
 * `won 1,204 votes, or 52.1% of the 2,311 ballots cast`, `Voter turnout: 1,102/1,388 (79.4%)`, `52.6 percent of
 * the 1,034 … members …, or 544 members`.
 * The share is the part over the whole the sentence itself names, whatever they count, so it is judged
 * as a calculation written out (judge-calculations.ts), without giving either number a meaning.
 *
 * Taken only where nothing else can be meant: whole numbers, the part no more than the whole, no other
 * number and no clause mark between them and the share, a share in brackets holding nothing else (or
 * after `, or` / `, a turnout of`), and no word of approximation (`about`, `nearly`, `more than`) on
 * either side. Anything else is left to the reader as before (and listed unread when it has no meaning).
 */

/** Spaces, with at most one line break: a sentence wrapped in the copy. */
const SP = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
const INT = String.raw`(\d{1,3}(?:,\d{3})+(?![\d,])|\d+)(?![.\d]|,\d)`;
const SHARE = String.raw`(\d+(?:\.(\d+))?)(?:(?:${SP})?(?:%|per ?cent\b)|pc\b)`;
/** Words between the whole and its share: a noun phrase and a verb (`registered voters cast ballots`). */
const WORDS = String.raw`((?:${SP}[A-Za-z'’-]+){0,6}?)`;
/**
 * The words of a whole that opens its sentence, up to its comma: a place may follow the noun (`Of the 640
 * ballots cast at the main polling station,`).
 */
const WHOLE_WORDS = String.raw`((?:${SP}[A-Za-z'’-]+){0,9}?)`;
/** Words after a comma that give the fraction's share: `, or 52.1%`, `, a turnout of 90.1%`. */
const CONNECTORS = [
  'or',
  'a turnout of',
  'a household turnout of',
  'a rate of',
  'a participation rate of',
  'a share of',
  'that is',
  'i\\.e\\.',
]
  .map((words) => words.split(' ').join(SP))
  .join('|');
/** What may join a fraction to its share, and the share after it. */
const JOIN = String.raw`(?:(?:${SP})?\((?:${SP})?${SHARE}(?:${SP})?\)|,(?:${SP})?(?:${CONNECTORS})${SP}${SHARE}(?!(?:${SP})?(?:of\b|\())|,(?:${SP})?${SHARE}(?=[^\S\n]*(?:[,;\n]|\.(?!\d)|$)))`;
/**
 * A place's possessive before the whole (`980 of Beiling's 1,120 registered voters cast ballots (87.50%)`):
 * the whole is still the number after it, as after `the`. One to three words, the last with `'s`.
 */
const POSSESSIVE = String.raw`[A-Z][A-Za-z-]*(?:${SP}[A-Z][A-Za-z-]*){0,2}['’]s${SP}`;
const FRACTION = String.raw`${INT}${SP}(?:out${SP}of|of)${SP}(?:the${SP}|our${SP}|its${SP}|their${SP}|all${SP}|${POSSESSIVE})?${INT}`;

/** `9 of 312 (2.9%)`, `1,932 of the 2,145 eligible voters cast ballots, a turnout of 90.1%`. */
const PART_OF_WHOLE_THEN_SHARE = new RegExp(`\\b${FRACTION}${WORDS}${JOIN}`, 'gi');
/**
 * `1,204 of the 1,387 registered voters of Qingshi Village took part in the election, a turnout of 86.81%`:
 * the voters of one village or community named in capitals (never `of Qingshi and Xishi`), then their
 * verb, which WORDS is too short to reach. Case-sensitive, so that the place is a name.
 */
const PART_OF_VOTERS_OF_PLACE = new RegExp(
  String.raw`\b${FRACTION}((?:${SP}(?:registered|eligible))?${SP}(?:voters|electors)${SP}of${SP}[A-Z][A-Za-z'’-]*(?:${SP}[A-Z][A-Za-z'’-]*){0,2}${SP}(?:Village|Community)${SP}(?:took${SP}part|voted|cast${SP}(?:their${SP})?ballots)(?:${SP}in${SP}the${SP}(?:election|vote|ballot|poll))?)${JOIN}`,
  'g',
);
/** `1,204 votes out of 2,311 ballots cast, or 52.1%`, `1,630 votes of the 2,004 valid ballots, 81.3 per cent`. */
const PART_NOUN_OUT_OF = new RegExp(
  String.raw`\b${INT}${SP}(?:votes|ballots|voters|households|seats)${SP}(?:out${SP})?of${SP}(?:the${SP})?${INT}${WORDS}${JOIN}`,
  'gi',
);
/**
 * `won 1,204 votes, or 52.1% of the 2,311 ballots cast`, `won with 1,044 votes, 53.0% of the 1,970 ballots
 * cast`: the part, then its share of the whole it names.
 */
const PART_THEN_SHARE_OF_WHOLE = new RegExp(
  String.raw`\b${INT}${SP}(?:votes|ballots|voters|households|seats),(?:${SP})?(?:(?:or|that${SP}is)${SP})?${SHARE}${SP}of${SP}(?:the${SP}|all${SP})?${INT}`,
  'gi',
);
/**
 * `8,330 female villager representatives, 17.05 percent of all 48,865 village representatives`: the part
 * with its noun, then its share of a whole that ends with the same noun — the part is some of those
 * counted in the whole. The noun is a plural of three letters or more, after at most three words on
 * either side, and ends the whole's words: `of all 3,030 village heads and secretaries` is of others too.
 */
const PART_THEN_SHARE_OF_SAME_NOUN = new RegExp(
  String.raw`\b${INT}((?:${SP}[A-Za-z'’-]+){0,3}?)${SP}([A-Za-z]{2,}s),(?:${SP})?${SHARE}${SP}of${SP}(?:the${SP}|all${SP}(?:the${SP})?)?${INT}((?:${SP}[A-Za-z'’-]+){0,3}?)${SP}\3\b(?![’'-]|${SP}(?:and|or|plus|&)\b|[ \t]*&)`,
  'gi',
);
/**
 * `Women account for 52.6 percent of the 1,034 residents' committee members elected across the city this
 * spring, or 544 members`: the share, its whole with a plural noun after at most three words, at most eight
 * words more (a year among them: `elected in 2026`), then `, or` and the part counted in the same noun, ending
 * its clause. The part is some of those the whole counts, as the sentence says.
 */
const SHARE_OF_WHOLE_OR_PART = new RegExp(
  String.raw`(?<![\d.])${SHARE}${SP}of${SP}(?:the${SP}|all${SP}(?:the${SP})?)?${INT}((?:${SP}[A-Za-z'’-]+){0,3}?)${SP}([A-Za-z]{2,}s)((?:${SP}(?:[A-Za-z'’-]+|(?:19|20)\d{2}(?![\d.]|,\d))){0,8}?),(?:${SP})?or${SP}${INT}${SP}\5(?=[^\S\n]*(?:[,;\n]|\.(?!\d)|$))`,
  'gi',
);
/**
 * `Turnout reached 82pc, with 1,422 of 1,734 registered voters casting ballots`, `Turnout was 78.4 per
 * cent: 1,176 of 1,500 registered voters took part`: a turnout, then `with` or a colon and the voters of
 * the electorate that give it. Only the electorate (voters, electors) voting: `with 300
 * of 400 women voting` may be some of the voters, not the turnout's fraction.
 */
const TURNOUT_WITH_FRACTION = new RegExp(
  String.raw`(?<![\d.])${SHARE}(?:,?${SP}with|:)${SP}${INT}${SP}of${SP}(?:(?:the|its|their|our)${SP})?(?:(?:village|community|township)['’]s${SP})?${INT}${SP}((?:(?:registered|eligible)${SP})?(?:voters|electors)${SP}(?:voting|voted|having${SP}voted|cast(?:ing)?${SP}(?:(?:their|a)${SP})?ballots?|turn(?:ing|ed)${SP}out|t(?:aking|ook)${SP}part))\b`,
  'gi',
);
/** The turnout's word before its share, in the same sentence. */
const TURNOUT_BEFORE = /\b(?:turnout|participation(?: rate)?)\b[^.;\n\d]{0,24}$/i;

/** `Ren Hui 2,011 votes (67.0% of 3,002 ballots cast)`: the part, then in brackets its share of the whole named. */
const PART_THEN_BRACKETED_SHARE = new RegExp(
  String.raw`\b${INT}${SP}(?:votes|ballots|voters|households|seats)(?:${SP})?\((?:${SP})?${SHARE}${SP}of${SP}(?:the${SP}|all${SP})?${INT}`,
  'gi',
);
/** `38.5% (120 of 312)`, `33.3% of the new committee (2 of 6)`. */
const SHARE_THEN_FRACTION = new RegExp(
  String.raw`(?<![\d.])${SHARE}((?:${SP}of(?:${SP}[A-Za-z'’-]+){1,5}?)?)(?:${SP})?\((?:${SP})?${FRACTION}((?:${SP}[A-Za-z'’-]+){0,2})(?:${SP})?\)`,
  'gi',
);
/**
 * `Voter turnout: 1,102/1,388 (79.4%)`, `Valid ballots: 1,090/1,102 (98.9%)`: a part and its whole parted by a
 * slash, then the share alone in brackets. Never a run of slashes (`2026/11/28`), nor a number glued to a
 * point or another slash on either side.
 */
const SLASH_FRACTION_THEN_SHARE = new RegExp(
  String.raw`(?<![\d.,/])${INT}[ \t]*\/[ \t]*${INT}(?![ \t]*\/)(?:${SP})?\((?:${SP})?${SHARE}(?:${SP})?\)`,
  'gi',
);
/**
 * `Of the 1,908 registered voters, 1,654 voted (86.7%)`, `Of the community's 2,146 households, 1,738 sent a
 * representative to vote, a household turnout of 80.99%`: the whole first, then the part.
 */
const WHOLE_THEN_PART = new RegExp(
  String.raw`\b(?:of|among)${SP}(?:the|its|our|all)${SP}(?:(?:community|village)['’]s${SP})?${INT}${WHOLE_WORDS},(?:${SP})?${INT}${WORDS}${JOIN}`,
  'gi',
);

/**
 * `Of the 640 ballots in the east hamlet, Chan Tai-man received 320 votes (50.0%)`: the ballots or votes
 * of a part of the place the sentence opens with, then a person (one to four capitalised words) and the
 * votes they received, and the share: of the whole the sentence itself names, never of a total stated in
 * an earlier sentence. Only a whole of ballots or votes (a person's votes are some of them) named with its
 * place (`at`, `in`, `from`): `Of the 964 ballots cast, Chan received 480 votes (50.5%)` may give the
 * share of the valid ballots, as a share after votes may. Case-sensitive, so that the name is one.
 */
const WHOLE_THEN_NAMED_VOTES = new RegExp(
  String.raw`\b(?:[Oo]f|[Aa]mong)${SP}(?:the|all)${SP}${INT}((?:${SP}(?:valid|counted|cast))?${SP}(?:ballots|ballot${SP}papers|votes)(?:${SP}[A-Za-z'’-]+){0,3}?${SP}(?:at|in|from)(?:${SP}[A-Za-z'’-]+){1,5}?),(?:${SP})?[A-Z][A-Za-z'’-]*(?:${SP}[A-Z][A-Za-z'’-]*){0,3}${SP}(?:received|won|got|polled|obtained|secured|garnered|took)${SP}${INT}(${SP}votes)?${JOIN}`,
  'g',
);

/** `214 voters, of whom 201 voted (93.9 percent)`: the whole, then the part of it after `of whom`. */
const WHOLE_OF_WHOM = new RegExp(
  String.raw`\b${INT}${WORDS},?${SP}of${SP}(?:whom|which|them)${SP}${INT}${WORDS}${JOIN}`,
  'gi',
);

/** Words that make a count, a share or the link between them approximate, or tie the share to something else. */
const LOOSE =
  /\b(?:about|around|almost|nearly|roughly|some|approximately|over|under|above|below|more|less|fewer|least|most|than|exceed\w*|where|which|who|whose|while|when|with|and|but|each|per|average|every)\b/i;
/** Words just before the part or share that make it approximate (`more than 1,900 of …`). */
const LOOSE_BEFORE =
  /\b(?:about|around|almost|nearly|roughly|some|approximately|over|under|above|below|than|least|most|up to|just)\s*$/i;
/** A month before the part: `March 3 of 2024` is a date. */
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

interface Found {
  readonly at: number;
  readonly text: string;
  readonly part: string;
  readonly whole: string;
  readonly share: string;
  readonly decimals: string;
  readonly words: string;
}

export function englishFractions(folded: string, original: string): WrittenCalculation[] {
  const slashed = folded.includes('/');
  if (!slashed && !/\bof\b/i.test(folded)) return [];
  const found: Found[] = [];
  if (slashed)
    for (const match of folded.matchAll(SLASH_FRACTION_THEN_SHARE)) {
      const [text, part = '', all = '', share = '', decimals = ''] = match;
      found.push({ at: match.index, text, part, whole: all, share, decimals, words: '' });
    }
  // The share is in one of JOIN's two places (a bracket, or after a comma): whichever matched.
  const joined = (match: RegExpExecArray, part: string, all: string, words: string): Found => {
    const [a, ad = '', b, bd = '', c, cd = ''] = match.slice(-6);
    const text = match[0];
    const [share, decimals] = a ? [a, ad] : b ? [b, bd] : [c ?? '', cd];
    return { at: match.index, text, part, whole: all, share, decimals, words };
  };
  for (const match of [
    ...folded.matchAll(PART_OF_WHOLE_THEN_SHARE),
    ...folded.matchAll(PART_NOUN_OUT_OF),
    ...folded.matchAll(PART_OF_VOTERS_OF_PLACE),
  ]) {
    const [, part = '', all = '', words = ''] = match;
    found.push(joined(match, part, all, words));
  }
  for (const match of [
    ...folded.matchAll(PART_THEN_SHARE_OF_WHOLE),
    ...folded.matchAll(PART_THEN_BRACKETED_SHARE),
  ]) {
    const [text, part = '', share = '', decimals = '', all = ''] = match;
    found.push({ at: match.index, text, part, whole: all, share, decimals, words: '' });
  }
  for (const match of folded.matchAll(PART_THEN_SHARE_OF_SAME_NOUN)) {
    const [text, part = '', partWords = '', noun = '', share = '', decimals = '', all = '', wholeWords = ''] =
      match;
    found.push({
      at: match.index,
      text,
      part,
      whole: all,
      share,
      decimals,
      words: `${partWords} ${noun} ${wholeWords}`,
    });
  }
  for (const match of folded.matchAll(SHARE_OF_WHOLE_OR_PART)) {
    const [
      text,
      share = '',
      decimals = '',
      all = '',
      wholeWords = '',
      noun = '',
      afterWords = '',
      part = '',
    ] = match;
    found.push({
      at: match.index,
      text,
      part,
      whole: all,
      share,
      decimals,
      words: `${wholeWords} ${noun} ${afterWords}`,
    });
  }
  for (const match of folded.matchAll(SHARE_THEN_FRACTION)) {
    const [text, share = '', decimals = '', between = '', part = '', all = '', words = ''] = match;
    found.push({ at: match.index, text, part, whole: all, share, decimals, words: `${between} ${words}` });
  }
  for (const match of folded.matchAll(TURNOUT_WITH_FRACTION)) {
    const [text, share = '', decimals = '', part = '', all = '', words = ''] = match;
    const before = folded.slice(Math.max(0, match.index - 40), match.index);
    if (!TURNOUT_BEFORE.test(before)) continue;
    found.push({ at: match.index, text, part, whole: all, share, decimals, words });
  }
  for (const match of [
    ...folded.matchAll(WHOLE_THEN_PART),
    ...folded.matchAll(WHOLE_OF_WHOM),
    ...folded.matchAll(WHOLE_THEN_NAMED_VOTES),
  ]) {
    const [, all = '', wholeWords = '', part = '', partWords = ''] = match;
    found.push(joined(match, part, all, `${wholeWords} ${partWords}`));
  }
  const taken: WrittenCalculation[] = [];
  // Where the readings taken so far reach: each starts at or before the one tried next (in text order).
  let furthest = -Infinity;
  for (const one of found.sort((x, y) => x.at - y.at)) {
    const before = folded.slice(Math.max(0, one.at - 24), one.at);
    if (
      LOOSE.test(one.words) ||
      LOOSE_BEFORE.test(before) ||
      APPROXIMATE_SHORT_BEFORE_EN.test(before) ||
      MONTH_BEFORE.test(before)
    )
      continue;
    const [part, all] = [digitsValue(one.part), digitsValue(one.whole)];
    if (all === 0n || part > all) continue;
    const text = one.text.trimEnd();
    const span: TextSpan = [one.at, one.at + text.length];
    // One reading of a stretch of text: the first found there.
    // (Those taken start at or before this one, so a reading that ends past its start overlaps it.)
    const overlapping =
      span[1] > span[0]
        ? furthest > span[0]
        : taken.some((other) => other.span[0] < span[1] && span[0] < other.span[1]);
    if (overlapping) continue;
    furthest = Math.max(furthest, span[1]);
    taken.push({
      span,
      text: original.slice(span[0], span[1]),
      numerator: part,
      denominator: all,
      result: { digits: BigInt(one.share.replace('.', '')), decimals: one.decimals.length },
      resultPercent: true,
      statedOf: `${one.part} of ${one.whole}`,
    });
  }
  return taken;
}
