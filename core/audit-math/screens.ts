/**
 * Screens: pictures and counts that point at boxes worth a second look. None of them is evidence of
 * fraud, and each says so: it states what it can show, what it cannot, how many boxes it needs, and
 * how often it fires on a clean election (its false-alarm rate). Floats here are statistics for
 * reading (shares, a chi-square p-value); the box-level checks (turnout at or above 100 %,
 * identical sheets) are exact integer comparisons.
 */
import type { Bilingual } from '../model/finding.js';
import { chiSquareUpperTail } from './statistics.js';
import { enCounts } from '../text/english-count.js';

export interface ScreenBox {
  readonly box: string;
  readonly registered?: number;
  readonly returned?: number;
  readonly invalid?: number;
  /** Votes per contest and choice (`#blank` for abstentions). */
  readonly contests: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export type ScreenId =
  'turnout-fingerprint' | 'full-turnout' | 'identical-sheets' | 'last-digits' | 'mobile-boxes';

export interface FlaggedBox {
  readonly box: string;
  readonly detail: Bilingual;
}

export interface ScreenResult {
  readonly id: ScreenId;
  /** False when the data are too few for the screen to mean anything; `reason` says why. */
  readonly ran: boolean;
  readonly reason?: Bilingual;
  readonly fired: boolean;
  readonly flagged: readonly FlaggedBox[];
}

/** What each screen can and cannot show, what it needs, and its false-alarm rate, in plain words. */
export const SCREEN_NOTES: Readonly<
  Record<
    ScreenId,
    { title: Bilingual; shows: Bilingual; cannotShow: Bilingual; needs: Bilingual; falseAlarm: Bilingual }
  >
> = {
  'turnout-fingerprint': {
    title: { zh: '投票率与当选人得票率散点图', en: 'Turnout against the winner’s share' },
    shows: {
      zh: '每个票箱一个点：横轴投票率，纵轴领先者得票率。正常选举呈一团；向右上角（投票率和得票率都接近100%）拖出的尾巴值得查看。',
      en: 'One dot per box: turnout across, the leader’s share up. A normal election is one blob; a tail towards the top right (turnout and share both near 100 %) is worth a look.',
    },
    cannotShow: {
      zh: '不能说明原因：一个团结的小村或一位受欢迎的候选人也会落在右上角。',
      en: 'It cannot say why: a close-knit hamlet or a popular candidate also lands in the top right.',
    },
    needs: {
      zh: '至少20个有登记选民数的票箱才能看出形状。',
      en: 'At least 20 boxes with an electorate to show a shape.',
    },
    falseAlarm: {
      zh: '标出投票率和得票率都不低于95%的票箱；模拟的正常千箱选举中为0个。',
      en: 'Marks boxes with turnout and share both at or above 95 %; none in simulated clean elections of 1,000 boxes.',
    },
  },
  'full-turnout': {
    title: { zh: '投票率达到或超过100%的票箱', en: 'Boxes at or above 100 % turnout' },
    shows: {
      zh: '收回选票不少于登记选民数的票箱：每位登记选民都投了票，或者多出了选票。',
      en: 'Boxes that returned as many ballots as they have registered voters, or more: every voter voted, or there are extra ballots.',
    },
    cannotShow: {
      zh: '不能说明原因：选民可能在其他票箱登记后转来投票，登记数也可能抄错。流动票箱（登记数为0）不在此列。',
      en: 'It cannot say why: voters registered at another box may have voted here, or the electorate may be miscopied. Mobile boxes (electorate 0) are left out.',
    },
    needs: { zh: '需要票箱的登记选民数。', en: 'The boxes’ registered voters.' },
    falseAlarm: {
      zh: '精确比较，没有误报率；正常选举中很少有票箱达到100%。',
      en: 'An exact comparison with no false-alarm rate; in normal elections few boxes reach 100 %.',
    },
  },
  'identical-sheets': {
    title: { zh: '完全相同的计票单', en: 'Identical tally sheets' },
    shows: {
      zh: '两个或更多票箱的收回票、无效票和每个职位每个人的得票全部相同，可能是抄写或复制造成的。',
      en: 'Two or more boxes whose ballots returned, void ballots and every vote of every contest are all the same: perhaps copied.',
    },
    cannotShow: {
      zh: '不能说明哪一张是原件，也不能排除巧合（票数很少时更可能巧合）。',
      en: 'It cannot tell which sheet is the original, nor rule out chance (more likely when boxes are small).',
    },
    needs: {
      zh: '只比较至少收回50张选票、至少5个数字的票箱。',
      en: 'Compares only boxes with at least 50 ballots returned and at least 5 figures on the sheet.',
    },
    falseAlarm: {
      zh: '在模拟的正常千箱选举中为0对；巧合的机会远低于千分之一。',
      en: 'No pair in simulated clean elections of 1,000 boxes; a chance match is far rarer than 1 in 1,000.',
    },
  },
  'last-digits': {
    title: { zh: '得票数末位数字', en: 'Last digits of the vote counts' },
    shows: {
      zh: '不少于10的得票数，其末位数字在正常计票中大致均匀分布（0到9各约10%）。编造的数字常偏好某些末位。卡方检验给出p值；p < 0.01时标出。',
      en: 'In honest counts of 10 or more, the last digit is close to uniform (each of 0–9 about 10 %). Invented numbers often favour some digits. A chi-square test gives the p-value; below 0.01 the screen fires.',
    },
    cannotShow: {
      zh: '不能指出哪个票箱有问题；一次检验有1%的机会在正常数据上误报。',
      en: 'It cannot point at a box; one test fires by chance on clean data 1 time in 100.',
    },
    needs: { zh: '至少50个不少于10的得票数。', en: 'At least 50 vote counts of 10 or more.' },
    falseAlarm: { zh: '1%（p < 0.01）。', en: '1 % (p < 0.01).' },
  },
  'mobile-boxes': {
    title: { zh: '流动票箱的得票率', en: 'Mobile boxes’ shares' },
    shows: {
      zh: '流动票箱（登记选民数为0，或名称含“流动”/mobile）中某人的得票率与固定票箱合计相差至少15个百分点，且超出票箱大小和固定票箱之间差异所能解释的范围（p < 0.001）。',
      en: 'A mobile box (electorate 0, or named 流动/mobile) where someone’s share differs from the fixed boxes together by 15 points or more, beyond what the box’s size and the spread between fixed boxes explain (p < 0.001).',
    },
    cannotShow: {
      zh: '不能说明原因：流动票箱服务老人、病人等，投票倾向本来可能不同。',
      en: 'It cannot say why: mobile boxes serve the elderly and the sick, who may vote differently.',
    },
    needs: {
      zh: '至少20个固定票箱，流动票箱至少收回20张选票。',
      en: 'At least 20 fixed boxes; a mobile box with at least 20 ballots returned.',
    },
    falseAlarm: {
      zh: '若流动票箱与固定票箱投票倾向相同，按正态近似每个流动票箱每人约千分之一。',
      en: 'If mobile and fixed boxes vote alike, about 1 in 1,000 per mobile box and person (normal approximation).',
    },
  },
};

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The choice with most votes over all boxes in a contest (abstentions aside). */
export function leaderOf(boxes: readonly ScreenBox[], contest: string): string | undefined {
  const totals = new Map<string, number>();
  for (const b of boxes)
    for (const [choice, votes] of b.contests.get(contest) ?? [])
      if (choice !== '#blank') totals.set(choice, (totals.get(choice) ?? 0) + votes);
  return [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export interface FingerprintPoint {
  readonly box: string;
  readonly turnout: number;
  readonly share: number;
}

/** Turnout and the leader's share of the ballots returned, per box with an electorate. */
export function fingerprintPoints(
  boxes: readonly ScreenBox[],
  contest: string,
  leader: string,
): FingerprintPoint[] {
  return boxes
    .filter((b) => (b.registered ?? 0) > 0 && (b.returned ?? 0) > 0 && b.contests.has(contest))
    .map((b) => ({
      box: b.box,
      turnout: b.returned! / b.registered!,
      share: (b.contests.get(contest)!.get(leader) ?? 0) / b.returned!,
    }));
}

const notRun = (id: ScreenId, reason: Bilingual): ScreenResult => ({
  id,
  ran: false,
  reason,
  fired: false,
  flagged: [],
});

export function turnoutFingerprint(
  boxes: readonly ScreenBox[],
  contest: string,
  leader: string,
): ScreenResult {
  const points = fingerprintPoints(boxes, contest, leader);
  if (points.length < 20)
    return notRun('turnout-fingerprint', {
      zh: `只有${points.length}个有登记选民数的票箱，少于20个。`,
      en: enCounts`Only ${points.length} boxes with an electorate, fewer than 20.`,
    });
  const corner = points.filter((p) => p.turnout >= 0.95 && p.share >= 0.95);
  return {
    id: 'turnout-fingerprint',
    ran: true,
    fired: corner.length > 0,
    flagged: corner.map((p) => ({
      box: p.box,
      detail: {
        zh: `投票率${percent(p.turnout)}，得票率${percent(p.share)}`,
        en: `turnout ${percent(p.turnout)}, share ${percent(p.share)}`,
      },
    })),
  };
}

export function fullTurnout(boxes: readonly ScreenBox[]): ScreenResult {
  const stated = boxes.filter((b) => (b.registered ?? 0) > 0 && b.returned !== undefined);
  if (stated.length === 0)
    return notRun('full-turnout', {
      zh: '没有票箱同时写明登记选民数和收回选票数。',
      en: 'No box states both its electorate and its ballots returned.',
    });
  const flagged = stated
    .filter((b) => b.returned! >= b.registered!)
    .map((b) => ({
      box: b.box,
      detail: {
        zh: `收回${b.returned}张，登记选民${b.registered}人`,
        en: enCounts`${b.returned} ballots returned, ${b.registered} registered`,
      },
    }));
  return { id: 'full-turnout', ran: true, fired: flagged.length > 0, flagged };
}

/** A box's sheet as one string of figures, or undefined when it is too small to compare. */
function sheetKey(b: ScreenBox): string | undefined {
  if ((b.returned ?? 0) < 50) return undefined;
  const figures: string[] = [String(b.returned), String(b.invalid ?? '')];
  for (const contest of [...b.contests.keys()].sort())
    for (const [choice, votes] of [...b.contests.get(contest)!].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
      figures.push(`${contest}/${choice}=${votes}`);
  return figures.length >= 5 ? figures.join('|') : undefined;
}

export function identicalSheets(boxes: readonly ScreenBox[]): ScreenResult {
  const groups = new Map<string, string[]>();
  let compared = 0;
  for (const b of boxes) {
    const key = sheetKey(b);
    if (key === undefined) continue;
    compared += 1;
    groups.set(key, [...(groups.get(key) ?? []), b.box]);
  }
  if (compared < 2)
    return notRun('identical-sheets', {
      zh: '少于两个票箱收回至少50张选票并有至少5个数字。',
      en: 'Fewer than two boxes with 50 or more ballots returned and 5 or more figures.',
    });
  const flagged = [...groups.values()]
    .filter((members) => members.length > 1)
    .flatMap((members) =>
      members.map((box) => ({
        box,
        detail: {
          zh: `与${members.filter((m) => m !== box).join('、')}完全相同`,
          en: `identical to ${members.filter((m) => m !== box).join(', ')}`,
        },
      })),
    );
  return { id: 'identical-sheets', ran: true, fired: flagged.length > 0, flagged };
}

export interface DigitTest {
  /** How often each last digit 0–9 occurs among the counts of 10 or more. */
  readonly frequencies: readonly number[];
  readonly counts: number;
  readonly chiSquare: number;
  readonly pValue: number;
}

/** Pearson's chi-square test of the last digits of the counts ≥ 10 against uniform (9 degrees of freedom). */
export function lastDigitTest(values: readonly number[]): DigitTest {
  const frequencies = Array<number>(10).fill(0);
  const used = values.filter((v) => v >= 10);
  for (const v of used) frequencies[v % 10]! += 1;
  const expected = used.length / 10;
  const chiSquare = expected === 0 ? 0 : frequencies.reduce((s, f) => s + (f - expected) ** 2 / expected, 0);
  return {
    frequencies,
    counts: used.length,
    chiSquare,
    pValue: used.length === 0 ? 1 : chiSquareUpperTail(chiSquare, 9),
  };
}

export const LAST_DIGIT_ALARM = 0.01;

export function lastDigits(boxes: readonly ScreenBox[]): ScreenResult & { readonly test: DigitTest } {
  const values = boxes.flatMap((b) =>
    [...b.contests.values()].flatMap((counts) =>
      [...counts].filter(([c]) => c !== '#blank').map(([, v]) => v),
    ),
  );
  const test = lastDigitTest(values);
  if (test.counts < 50)
    return {
      ...notRun('last-digits', {
        zh: `只有${test.counts}个不少于10的得票数，少于50个。`,
        en: enCounts`Only ${test.counts} counts of 10 or more, fewer than 50.`,
      }),
      test,
    };
  return { id: 'last-digits', ran: true, fired: test.pValue < LAST_DIGIT_ALARM, flagged: [], test };
}

/** Why a box is taken for a mobile box (流动票箱): the contract's electorate of 0, or its name. */
export function mobileReason(b: ScreenBox): 'no-electorate' | 'named' | null {
  if (b.registered === 0) return 'no-electorate';
  return /流动|mobile/i.test(b.box) ? 'named' : null;
}

/** `1 mobile box`, `2 fixed boxes`. */
const boxCount = (count: number, kind: string): string => `${count} ${kind} ${count === 1 ? 'box' : 'boxes'}`;

/** The normal-quantile a mobile box's difference must pass: p < 0.001, two-sided. */
const MOBILE_Z = 3.29;

export function mobileBoxes(boxes: readonly ScreenBox[], contest: string): ScreenResult {
  const inContest = boxes.filter((b) => b.contests.has(contest) && (b.returned ?? 0) > 0);
  const fixed = inContest.filter((b) => mobileReason(b) === null);
  const mobile = inContest.filter((b) => mobileReason(b) !== null && b.returned! >= 20);
  if (fixed.length < 20 || mobile.length === 0)
    return notRun('mobile-boxes', {
      zh: `固定票箱${fixed.length}个（需要至少20个），收回至少20张选票的流动票箱${mobile.length}个。`,
      en: `${boxCount(fixed.length, 'fixed')} (20 needed) and ${boxCount(mobile.length, 'mobile')} with 20 or more ballots.`,
    });
  const choices = new Set(
    inContest.flatMap((b) => [...b.contests.get(contest)!.keys()].filter((c) => c !== '#blank')),
  );
  const votesIn = (b: ScreenBox, choice: string) => b.contests.get(contest)!.get(choice) ?? 0;
  const fixedBallots = fixed.reduce((s, b) => s + b.returned!, 0);
  const flagged: FlaggedBox[] = [];
  for (const choice of choices) {
    const pooled = fixed.reduce((s, b) => s + votesIn(b, choice), 0) / fixedBallots;
    // The spread between fixed boxes (their own sampling noise included) widens what counts as usual.
    const shares = fixed.map((b) => votesIn(b, choice) / b.returned!);
    const mean = shares.reduce((s, v) => s + v, 0) / shares.length;
    const between = shares.reduce((s, v) => s + (v - mean) ** 2, 0) / (shares.length - 1);
    for (const b of mobile) {
      const share = votesIn(b, choice) / b.returned!;
      const spread = Math.sqrt((pooled * (1 - pooled)) / b.returned! + between);
      const far = Math.abs(share - pooled) >= 0.15 && Math.abs(share - pooled) >= MOBILE_Z * spread;
      if (far)
        flagged.push({
          box: b.box,
          detail: {
            zh: `${choice}得票率${percent(share)}，固定票箱合计${percent(pooled)}`,
            en: `${choice} ${percent(share)} against ${percent(pooled)} in the fixed boxes together`,
          },
        });
    }
  }
  return { id: 'mobile-boxes', ran: true, fired: flagged.length > 0, flagged };
}

/** Every screen over one contest. */
export function runScreens(boxes: readonly ScreenBox[], contest: string): ScreenResult[] {
  const leader = leaderOf(boxes, contest);
  return [
    leader === undefined
      ? notRun('turnout-fingerprint', { zh: '该职位没有得票。', en: 'No votes in the contest.' })
      : turnoutFingerprint(boxes, contest, leader),
    fullTurnout(boxes),
    identicalSheets(boxes),
    lastDigits(boxes),
    mobileBoxes(boxes, contest),
  ];
}
