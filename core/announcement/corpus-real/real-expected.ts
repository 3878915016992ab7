/**
 * What a restated real notice or summary is known to state, worked out by hand: the truth the
 * announcement reader is scored against (scripts/score-announcements.ts). This module only describes
 * and checks the expected files; it does not use the reader, whose rules are being rebuilt, and it
 * applies the percentage rule (docs/announcement.md) on its own so that a change to the reader can
 * never make a wrong expectation pass.
 */

/** The folders of the real set, tuning halves and held-out halves alike, in the order they are scored. */
export const REAL_SET_FOLDERS = [
  'tuning',
  'tuning-2',
  'tuning-3',
  'held-out-2',
  'tuning-4',
  'tuning-5',
  'tuning-6',
  'tuning-7',
  'tuning-8',
  'tuning-9',
  'tuning-10',
  'tuning-11',
  'held-out-12',
  'held-out-13',
  'held-out-14',
  'tuning-12',
  'tuning-13',
  'tuning-14',
  'tuning-15',
  'tuning-16',
] as const;

/**
 * The tuning halves, the ones the reader may be tuned on (`tuning-all`, the metamorphic variations); a
 * held-out half is renamed `tuning-N` once it has been scored.
 */
export const TUNING_FOLDERS = REAL_SET_FOLDERS.filter((folder) => folder.startsWith('tuning'));

export type ShareVerdict = 'right' | 'wrong' | 'unjudgeable';

/** A share as the text states it, with the count and total it is of when the text states both. */
export interface ExpectedShare {
  /** A passage that occurs exactly once in the text and contains the share. */
  readonly at: string;
  /** The share as written inside `at` (`27.7%`, `百分之九十`). */
  readonly share: string;
  /** What it is a share of, in words: `女性干部 / 村（社区）“两委”干部`. */
  readonly of: string;
  readonly part: number | null;
  readonly whole: number | null;
  readonly verdict: ShareVerdict;
  /** The exact fraction worked out (`629/2270 = 27.7092…%`), or why the share cannot be judged. */
  readonly note: string;
}

/** A stated total and the stated parts that must add up to it (posts, men + women, 村 + 社区 …). */
export interface ExpectedSum {
  readonly at: string;
  readonly of: string;
  readonly parts: readonly number[];
  readonly total: number;
  readonly holds: boolean;
}

/** A person the notice declares elected, with the votes it states and the ballots cast. */
export interface ExpectedWinner {
  readonly name: string;
  readonly post: string;
  /** The votes the text states for this person; null when it names the winner only. */
  readonly votes: number | null;
  /** Ballots cast (参加投票), the base of the village-law threshold; null when the text does not state it. */
  readonly base: number | null;
  /** votes > base / 2 (《村民委员会组织法》第十五条第二款); null when the base is not stated. */
  readonly overHalf: boolean | null;
}

export interface ExpectedRealText {
  readonly source: {
    readonly title: string;
    readonly publisher: string;
    /** As the page gives it (YYYY-MM-DD or YYYY-MM or YYYY); `unknown` when it gives none. */
    readonly date: string;
    readonly url: string;
  };
  /** `village` and `residents`: one committee's notice; `summary`: a township, county or wider report. */
  readonly scope: 'village' | 'residents' | 'summary';
  /** The rule pack to judge it by alone (`--rules`): only for a single village's notice. */
  readonly rules: 'cn-village' | null;
  readonly shares: readonly ExpectedShare[];
  readonly sums: readonly ExpectedSum[];
  /** Registered voters and voters who cast a ballot, when the text states both for one election. */
  readonly turnout: { readonly registered: number; readonly cast: number } | null;
  readonly elected: readonly ExpectedWinner[];
  /** Valid under the pack (`rules`), or null when no pack applies or the text cannot show it. */
  readonly valid: boolean | null;
  /**
   * Passages whose numbers are no figure of the election (dates, times, ordinals, document numbers,
   * ages inside a label such as `35岁以下`). Every other Arabic number of the text is a figure.
   */
  readonly notFigures: readonly string[];
}

/** Where `inner` stands in the text: inside the one occurrence of `at`. Null when it cannot be found. */
export function locate(text: string, at: string, inner: string): readonly [number, number] | null {
  const first = text.indexOf(at);
  if (first < 0 || text.indexOf(at, first + 1) >= 0) return null;
  // A number inside `at` is not the tail of a longer number (`1.0%` is not inside `11.0%`).
  let offset = at.indexOf(inner);
  while (offset > 0 && /^\d/.test(inner) && /[\d.]/.test(at.charAt(offset - 1)))
    offset = at.indexOf(inner, offset + 1);
  if (offset < 0) return null;
  return [first + offset, first + offset + inner.length];
}

/**
 * A share written with Arabic digits (`27.7%`, `100%`, or `16.9` under a `%` column): its digits and
 * decimals; null otherwise. Some stored copies write the decimal point as `。` (`71。9%`): read as `.`.
 */
export function shareDigits(share: string): { digits: bigint; decimals: number } | null {
  const match = /^(\d+)(?:[.。](\d+))?\s*[%％]?$/.exec(share.trim());
  if (!match) return null;
  const decimals = match[2]?.length ?? 0;
  return { digits: BigInt(`${match[1]}${match[2] ?? ''}`), decimals };
}

/**
 * The percentage rule: a share stated to d decimals is right when it equals part/whole rounded
 * half-up, or truncated, to d decimals. Integer arithmetic only.
 */
export function shareIsRight(part: number, whole: number, share: string): boolean {
  const stated = shareDigits(share);
  if (!stated || whole <= 0) throw new Error(`not a judgeable share: ${share} of ${whole}`);
  const scale = 100n * 10n ** BigInt(stated.decimals);
  const p = BigInt(part);
  const w = BigInt(whole);
  const truncated = (scale * p) / w;
  const rounded = (2n * scale * p + w) / (2n * w);
  return stated.digits === truncated || stated.digits === rounded;
}

/** Spans of the Arabic numbers of a text that are figures: every number outside the `notFigures` passages. */
export function figureSpans(text: string, notFigures: readonly string[]): (readonly [number, number])[] {
  const excluded: (readonly [number, number])[] = [];
  for (const passage of notFigures) {
    for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1))
      excluded.push([at, at + passage.length]);
  }
  const spans: (readonly [number, number])[] = [];
  for (const match of text.matchAll(/\d+(?:[,，]\d{3})*(?:\.\d+)?(?:\s*[%％])?/g)) {
    const span = [match.index, match.index + match[0].length] as const;
    if (!excluded.some(([start, end]) => span[0] >= start && span[1] <= end)) spans.push(span);
  }
  return spans;
}

/** Whether two spans share a character. */
export const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] < b[1] && b[0] < a[1];
