import type {
  AnnouncedFigure,
  CountMeaning,
  PercentFigure,
  TextSpan,
  UnreadFigure,
  UnreadReason,
} from './announced-figures.js';
import { rateBaseMeaning } from './named-rate-base.js';
import { quoteWindow } from './quote-window.js';

/**
 * A note stating what every candidate's 得票率 of the notice is of: a footnote or a sentence of its own
 * (`注：得票率=得票数÷有效票数×100%`, `（得票率按参加投票人数计算）`, `*得票率以实际参加投票选民数为基数`,
 * `说明：本公告中得票率均按有效票计算。`). Its base is a count the reader knows (the voters, the ballots
 * returned or valid) or `other` (`以户代表总数为基数`, `÷登记选民数`: unread, as under a table's header).
 */
export interface RateNote {
  readonly span: TextSpan;
  readonly base: CountMeaning | 'other';
  /**
   * The village or community it names as the one whose shares it is of (`（乙村得票率以登记选民数为基数）`,
   * `注：甲村得票率=得票数÷有效票数`), in a notice of several; absent when it names none (or 本村).
   */
  readonly place?: string;
  /**
   * The count it names with its base (`以参加投票人数1,512为基数`): the note holds of that base only where the
   * notice states that count of it (withNotedRateBase); absent when it names none.
   */
  readonly count?: bigint;
}

/**
 * The representatives present or voting named as the base (`（得票率按到会居民代表人数计算）`,
 * `得票率＝得票数÷实到居民代表人数`): in an election by representatives (`byRepresentatives` of rateNotes)
 * they are its voters, as 实到居民代表 are read; in any other notice they may be another meeting's, and the
 * base stays `other` (unread).
 */
const REPRESENTATIVES_WHO_CAME =
  /^(?:实际)?(?:到会|实到|实到会|出席|出席会议|参加投票|参与投票)的?(?:居民)?代表(?:人数|数|总数|总人数)?$/;

/** How far before 得票率 the note's opening words (注：, *, 本公告中…的) may reach. */
const OPENING_REACH = 24;
/** How far after 得票率 the note's formula may reach. */
const FORMULA_REACH = 48;

/**
 * What stands between the note's start (a line's start, a bracket, or the end of the sentence before) and
 * 得票率, spaces taken out: a footnote's mark (`*`, `※`) or a heading word (`注：`, `备注：`, `说明：`), and
 * words saying the note is of the notice's shares (`本公告中`, `表中`, `以上各候选人的`), nothing else.
 */
const OPENING =
  /^(?:[*※]+|(?:注|备注|说明|附注)\d?:?[*※]*)?(?:(?:本公告|本表|表中|上表|公告中|以上|上述)中?的?各?(?:候选人)?的?)?(?:([\u4e00-\u9fff]{1,8}?(?:村|社区))的?(?:候选人)?的?)?$/u;
/** Words naming the notice's own place or every place: no other village's. */
const OWN_PLACE = /^(?:本|全|各|该|每个?)(?:村|社区)$/;
/** Where a note may start: a line's start, an opening bracket, or the end of the sentence before. */
const NOTE_START = /[\n(。;]/;

/** A base's words: no digit, sign or clause mark, two to sixteen characters. */
const BASE = String.raw`[^\d\n=÷/×*()。;,:.]{2,16}?`;
/**
 * The formula after 得票率, spaces taken out, up to the note's end (a bracket's close, a clause's, a
 * sentence's or a line's end): as a division (`=得票数÷有效票数×100%`, `=（得票数/参加投票人数）×100%`), as a
 * base after 按, 以 or 依 (`均按有效票计算`, `以实际参加投票选民数为基数`), or naming the base
 * (`的计算基数为参加投票人数`).
 */
const FORMULA = new RegExp(
  String.raw`^(?:均|统一|一律|都|全部)?(?:` +
    String.raw`[=:]\(?(?:候选人)?的?所?得票(?:数|总数)?[÷/](${BASE})\)?(?:[×*]100%?)?` +
    String.raw`|(?:是|为)?(?:按|以|依)照?(${BASE})(?:(\d[\d,]*)(?:人|张|票)?)?(?:为基数|为分母|作为基数|计算|统计|计)(?:得出|所得)?` +
    String.raw`|的?(?:计算)?(?:基数|分母)(?:为|是)(${BASE})` +
    String.raw`)[)。.;,\n]`,
);

/**
 * The notes of a folded text stating the base of its 得票率, in text order (`byRepresentatives`: the text
 * says its committee was elected by residents' representatives). A 得票率 with a share after it
 * (`得票率按有效票计算为83.8%`) is no note: the formula admits no digit but the 100 it multiplies by, and
 * its share names its own base (named-rate-base.ts).
 */
export function rateNotes(folded: string, byRepresentatives = false): RateNote[] {
  const notes: RateNote[] = [];
  for (const found of folded.matchAll(/得票率/g)) {
    const at = found.index;
    const reach = Math.max(0, at - OPENING_REACH);
    const before = folded.slice(reach, at);
    let start = before.length - 1;
    while (start >= 0 && !NOTE_START.test(before.charAt(start))) start--;
    if (start < 0 && reach > 0) continue;
    const opening = OPENING.exec(before.slice(start + 1).replace(/\s/g, ''));
    if (!opening) continue;
    const place = opening[1] !== undefined && !OWN_PLACE.test(opening[1]) ? opening[1] : undefined;
    const end = at + found[0].length;
    // Up to the line's end, which ends the note as \n; a formula running past the reach ends none.
    const lineEnd = folded.indexOf('\n', end);
    const to = lineEnd < 0 ? folded.length : lineEnd;
    const after =
      folded.slice(end, Math.min(to, end + FORMULA_REACH)) + (to <= end + FORMULA_REACH ? '\n' : '');
    const formula = FORMULA.exec(after.replace(/[^\S\n]/g, ''));
    const words = formula?.[1] ?? formula?.[2] ?? formula?.[4];
    const count = formula?.[3] === undefined ? undefined : BigInt(formula[3].replace(/,/g, ''));
    if (!formula || words === undefined) continue;
    notes.push({
      span: [reach + start + 1, end + rawLength(after, formula[0].length - 1)],
      base: byRepresentatives && REPRESENTATIVES_WHO_CAME.test(words) ? 'cast' : rateBaseMeaning(words),
      ...(place === undefined ? {} : { place }),
      ...(count === undefined ? {} : { count }),
    });
  }
  return notes;
}

/** How many characters of `raw` hold its first `kept` characters that are not spaces. */
function rawLength(raw: string, kept: number): number {
  let seen = 0;
  let at = 0;
  for (; at < raw.length && seen < kept; at++) if (!/[^\S\n]/.test(raw.charAt(at))) seen++;
  return at;
}

/**
 * The base every candidate's share of the notice is of, by its notes: the one base they name (null when
 * there is no note), or `ambiguous` when two notes name different bases.
 */
export function notedRateBase(notes: readonly RateNote[]): CountMeaning | 'other' | 'ambiguous' | null {
  const bases = new Set(notes.map((note) => note.base));
  if (bases.size === 0) return null;
  const [only] = bases;
  return bases.size === 1 && only !== undefined ? only : 'ambiguous';
}

/**
 * The figures with the base a note names given to every candidate's share that names none of its own
 * (baseNamed), and the shares after votes that were left unread as of either base (vote-share-bases.ts)
 * read of it. Where the note's base is no count the reader knows, or one the notice does not state, or
 * two notes name different bases, those shares are listed unread with that reason (`named-base`,
 * `ambiguous-base`) rather than judged of a base the notice says they are not of.
 */
export function withNotedRateBase(
  stated: readonly RateNote[],
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
  eitherShares: readonly PercentFigure[],
  text: string,
): NotedShares {
  // 以参加投票人数1,512为基数 where the notice's voters are not 1,512: its base is of another count (unread).
  const notes = stated.map((note) =>
    note.count === undefined ||
    note.base === 'other' ||
    figures.some(
      (figure) =>
        figure.kind === 'count' &&
        figure.contest === null &&
        figure.meaning === note.base &&
        figure.value === note.count,
    )
      ? note
      : { ...note, base: 'other' as const },
  );
  const places = [...new Set(notes.flatMap((note) => (note.place === undefined ? [] : [note.place])))];
  if (places.length === 0) return withNotesOf(notes, figures, unread, eitherShares, text, () => true);
  // A note naming a village (（乙村得票率以登记选民数为基数）) is of the shares under that village's counts only.
  const placeOf = sharePlaces(figures);
  let noted: NotedShares = { figures: [...figures], unread: [...unread], eitherShares: [...eitherShares] };
  for (const place of places)
    noted = withNotesOf(
      notes.filter((note) => note.place === place),
      noted.figures,
      noted.unread,
      noted.eitherShares,
      text,
      (share) => placeOf(share) === place,
      place,
    );
  return withNotesOf(
    notes.filter((note) => note.place === undefined),
    noted.figures,
    noted.unread,
    noted.eitherShares,
    text,
    (share) => !places.includes(placeOf(share) ?? ''),
  );
}

interface NotedShares {
  figures: AnnouncedFigure[];
  unread: UnreadFigure[];
  eitherShares: PercentFigure[];
}

/** The place of the last counts stated before a share (甲村：登记选民1500人…), when they name one. */
function sharePlaces(figures: readonly AnnouncedFigure[]): (share: PercentFigure) => string | undefined {
  const scoped = figures
    .flatMap((figure) =>
      figure.kind === 'count' && figure.scope !== undefined && figure.origin.span
        ? [{ at: figure.origin.span[0], scope: figure.scope }]
        : [],
    )
    .sort((a, b) => a.at - b.at);
  return (share) => {
    const at = share.origin.span?.[0];
    if (at === undefined) return undefined;
    let place: string | undefined;
    for (const count of scoped) if (count.at < at) place = count.scope;
    return place;
  };
}

/**
 * withNotedRateBase for the shares `inGroup` takes (all of them, or those of one place) and the notes
 * of them; `place`: the counts the base must be stated among (the notice's own when absent).
 */
function withNotesOf(
  notes: readonly RateNote[],
  figures: readonly AnnouncedFigure[],
  unread: readonly UnreadFigure[],
  allEitherShares: readonly PercentFigure[],
  text: string,
  inGroup: (share: PercentFigure) => boolean,
  place?: string,
): NotedShares {
  const base = notedRateBase(notes);
  if (base === null)
    return { figures: [...figures], unread: [...unread], eitherShares: [...allEitherShares] };
  const eitherShares = allEitherShares.filter(inGroup);
  const others = allEitherShares.filter((share) => !inGroup(share));
  const notedShare = (figure: AnnouncedFigure): figure is PercentFigure =>
    figure.kind === 'percent' && figure.part.kind === 'votes' && figure.baseNamed !== true && inGroup(figure);
  const stated =
    base !== 'other' &&
    base !== 'ambiguous' &&
    figures.some(
      (figure) =>
        figure.kind === 'count' &&
        figure.contest === null &&
        (place === undefined ? !figure.scope : figure.scope === place) &&
        (figure.meaning === base || (base === 'cast' && figure.meaning === 'returned')),
    );
  if (stated) {
    const ofBase = (share: PercentFigure): PercentFigure => ({
      ...share,
      whole: { kind: 'count', meaning: base },
      baseNamed: true,
    });
    const ends = new Set(eitherShares.map((share) => share.origin.span?.[1]));
    const start = (figure: AnnouncedFigure) => figure.origin.span?.[0] ?? 0;
    return {
      figures: [
        ...figures.map((figure) => (notedShare(figure) ? ofBase(figure) : figure)),
        ...eitherShares.map(ofBase),
      ].sort((a, b) => start(a) - start(b)),
      unread: unread.filter((number) => !ends.has(number.span[1])),
      eitherShares: others,
    };
  }
  const reason: UnreadReason = base === 'ambiguous' ? 'ambiguous-base' : 'named-base';
  const ends = new Set(eitherShares.map((share) => share.origin.span?.[1]));
  const listed = figures.filter(notedShare).flatMap((share) => unreadShare(share, reason, text));
  const start = (number: UnreadFigure) => number.span[0];
  return {
    figures: figures.filter((figure) => !notedShare(figure)),
    unread: [
      ...unread.map((number) => (ends.has(number.span[1]) ? { ...number, reason } : number)),
      ...listed,
    ].sort((a, b) => start(a) - start(b)),
    eitherShares: others,
  };
}

/** A share listed unread: its number, as the reader lists one it refused. */
function unreadShare(share: PercentFigure, reason: UnreadReason, text: string): UnreadFigure[] {
  const span = share.origin.span;
  if (!span) return [];
  // The number the share's words end with: its sign, a space or none, its digits.
  let from = span[1];
  if (/[%％]/.test(text.charAt(from - 1))) from--;
  if (/[^\S\n]/.test(text.charAt(from - 1))) from--;
  while (from > span[0] && /[\d,.]/.test(text.charAt(from - 1))) from--;
  const at: TextSpan = from < span[1] ? [from, span[1]] : span;
  return [
    {
      span: at,
      text: text.slice(at[0], at[1]),
      context: quoteWindow(text, lineStart(text, at[0]), lineEnd(text, at[1]), at),
      reason,
    },
  ];
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};
