import { normalizeText } from './normalize-text.js';

/**
 * English words for ballot counts and rates beyond the plain ones (registered, valid, issued …), as
 * pasted: wire stories (`eligible voters`), and machine translations of Chinese notices, which render
 * 应到选民 as `Should arrive voters`, 有效票 as `effective ballot`, 收回 as `take back` or `recover`,
 * 发出 as `issue` or `send out`, 废票 as `waste`, 投票率 / 参选率 as `vote rate` or `participate rate`.
 * Ballots `cast` (`Ballots cast: 418`, `Of the 2,684 ballots cast`) are the ballots put in the box, as
 * 收回 is: valid and invalid ballots add up to them. Voters who cast ballots (`612 cast ballots`) stay
 * the voters.
 * Each is a whole phrase, so that a word used otherwise (`the issue`, `an effective chair`) is no count.
 */
/**
 * The electorate: `eligible voters`, `registered voters`, and `electors` (`registered electors`, `the
 * 2,004 electors on the roll`), those entitled to vote, as British writing names them; the register in
 * plain words (`The register held 2,310 voters`). Registered voters
 * who voted (`1,500 registered voters voted`, REGISTERED_WHO_VOTED) are those who voted, and so are
 * electors named with a relative clause that says they voted (`Electors who voted: 510`).
 */
export const ENGLISH_REGISTERED =
  /\beligible voters?\b|\bvoters? eligible\b|\beligible to vote\b|\bregister(?:ed)? (?:voters?|electors?)\b(?! (?:who|that) (?:voted|turned out|took part|cast)\b)|\belectors\b(?! (?:who|that) (?:voted|turned out|took part|cast)\b)|\bshould arrive\b|\bthe (?:electoral )?(?:register|roll) (?:held|had|listed|contained|numbered)\b|^[^\S\n]*(?:(?:voters|people|villagers|residents|names) )?(?:(?:were|are) )?on the (?:electoral )?(?:register|roll)\b(?! (?:who|that)\b|,? (?:voted|did|cast|turned|took|came|went|had)\b)/i;
/**
 * `1,500 registered voters voted` opening its clause: those who voted, not the electorate (the count after
 * `of` in `1,540 of 1,870 registered voters voted` stays the electorate).
 */
export const REGISTERED_WHO_VOTED =
  /^\s*(?:register(?:ed)? (?:voters?|electors?)|electors) (?:voted|turned out|took part|cast (?:their |a )?(?:votes?|ballots?))\b/i;
/**
 * `1,848 electors who voted`, `1,200 voters who cast their ballots`, `956 registered voters who turned
 * out`: the people counted are named, then a relative clause says they voted — those who voted, though
 * `electors` alone is the electorate.
 */
export const ELECTORS_WHO_VOTED =
  /^[^\S\n]*(?:registered[^\S\n])?(?:electors|voters|villagers|residents|people)[^\S\n](?:who|that)[^\S\n](?:voted|turned[^\S\n]out|took[^\S\n]part|came[^\S\n]to[^\S\n]vote|cast[^\S\n](?:(?:their|a)[^\S\n])?(?:votes?|ballots?))\b/i;
/** Text before a count that ends a clause (or is empty), once trailing spaces are trimmed off. */
export const OPENS_CLAUSE = /(?:^|[.;:,\n])$/;
export const ENGLISH_INVALID =
  /\bwaste(?:d)?(?: ballots?| votes?)?\s*(?:[:：]\s*)?$|\bspoilt\b|\brejected ballot(?:s| papers?)\b|\bballot(?:s| papers?) rejected\b/i;
export const ENGLISH_VALID = /\beffective (?:ballots?|votes?)\b|\beffective\s*(?:[:：]\s*)?$/i;
export const ENGLISH_ISSUED = /\bissue ballots?\b|\bsen[dt] out(?: ballots?)?\b|\bhanded out\b/i;
/** Ballots named as cast (`Ballots cast: 418`, `1,318 ballots were cast`): the ballots in the box. */
const BALLOTS_CAST = /\b(?:ballots?|ballot papers?|votes)\s+(?:were\s+|was\s+)?cast\b/i;
export const ENGLISH_RETURNED = new RegExp(
  `\\b(?:take|took|taken) back(?: ballots?)?\\b|\\brecover(?:ed)? ballots?\\b|\\brecover\\s*(?:[:：]\\s*)?$|\\bballots? (?:taken back|recovered|received)\\b|\\bballot papers? received\\b|${BALLOTS_CAST.source}`,
  'i',
);
/** Those who voted, in translation: `actually vote 2,684 person`, `Real arrive: 1,171`. */
export const ENGLISH_CAST =
  /\bactually vot(?:e|ed)\b|\breal(?:ly)? arrived?\b|\b(?:persons?|people|voters?) voting\b|\b(?:came|went|turned[^\S\n]up)[^\S\n](?:to|at)[^\S\n](?:the[^\S\n])?(?:polls|polling[^\S\n](?:stations?|booths?|places?))\b|^[^\S\n]*(?:(?:people|villagers|residents|voters|electors)[^\S\n])?came(?:[^\S\n]out)?[^\S\n]to[^\S\n]vote\b/i;
/**
 * Turnout in other words: `participation rate`, `participate rate`, `voting rate`, `vote rate`,
 * `Arrive rate`; never `get vote rate` or `got a vote rate of` (a candidate's share, 得票率).
 */
export const ENGLISH_TURNOUT =
  /\bparticipat\w* rate\b|\brate of participation\b|\bvoting rate\b|(?<!\b(?:get|gets|got|obtained|received)\s{1,3}(?:a\s{1,3})?)\bvote rate\b|\barrive rate\b/i;
/** A candidate's share in translation: `get vote rate 89.5%`, `got a vote rate of 84.4%` (得票率). */
export const ENGLISH_VOTE_RATE = /\b(?:get|gets|got|obtained|received)\s{1,3}(?:a\s{1,3})?vote rate\b/i;

/** One pattern of either words (flags of the first). */
export function eitherWords(first: RegExp, second: RegExp): RegExp {
  return new RegExp(`${first.source}|${second.source}`, first.flags);
}

/**
 * The same English words as they stand in a mention, for the test that two mentions name one quantity
 * (comparable-mentions.ts): each says no more than the count's own meaning, so it is stripped like
 * 登记选民 or 有效票. A word not listed keeps two mentions apart.
 */
export const ENGLISH_MEANING_WORDS = {
  registered:
    /\beligible voters?\b|\bregister voters?\b|\bshould arrive(?: voters?)?\b|\belectors\b|\bon the (?:electoral )?(?:register|roll)\b|\b(?:electoral )?(?:register|roll) (?:held|had|listed|contained|numbered)\b/g,
  cast: /\bactually vot(?:e|ed)\b|\bparticipate(?:d)?(?: in)?(?: the)? vot(?:e|ing)\b|\breal(?:ly)? arrived?\b/g,
  issued: /\bissue ballots?\b|\bsen[dt] out(?: ballots?)?\b|\bhanded out\b/g,
  returned: /\b(?:take|took|taken) back(?: ballots?)?\b|\brecover(?:ed)?(?: ballots?)?\b|\breceived\b/g,
  valid: /\beffective(?: ballots?| votes?)?\b|(?<=\bvalid )ones\b/g,
  invalid:
    /\bwaste(?:d)?(?: ballots?| votes?)?\b|\brejected(?: ballot papers?)?\b|(?<=\b(?:invalid|spoilt|spoiled|blank|rejected) )ones\b/g,
  abstained: /(?!)/g,
} as const;
/** English measure words after a count, in translation (`3,118 person`, `1,603 pieces`). */
export const ENGLISH_MEASURE = /\bpersons?\b|\bpeople\b|\bpieces?\b/g;

/**
 * `2,684 ballots cast`, `1,318 ballots were cast`: the count's unit names the ballots and the words after
 * it say they were cast, so the count is of the ballots put in the box (收回), not of the voters.
 */
export function ballotsCastAfter(unit: string | null, trailer: string): boolean {
  return (
    unit !== null &&
    /^ballots?$/i.test(unit) &&
    /^[^\S\n]*(?:were\s+|was\s+|had\s+been\s+)?cast\b/i.test(trailer)
  );
}

/**
 * A share in brackets right after English ballots cast (`ballots cast: 1,322 (71.1%)`): a turnout, of the
 * registered voters, as writers of English give it — never a rate of ballots returned of those issued.
 */
export function ballotsCastShare(
  part: { readonly kind: string; readonly meaning?: string },
  last: { readonly kind: string; readonly origin: { readonly text: string } } | null,
): boolean {
  return (
    part.kind === 'count' &&
    part.meaning === 'returned' &&
    last?.kind === 'count' &&
    BALLOTS_CAST.test(normalizeText(last.origin.text))
  );
}
