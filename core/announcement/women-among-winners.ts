import type { Round } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts, englishCount } from '../text/english-count.js';
import type { AnnouncedFigures, GroupFigure } from './announced-figures.js';
import { COMMITTEE_WORDS } from './body-words.js';
import { whereOf } from './figure-names.js';
import { normalizeText } from './normalize-text.js';
import type { JudgedFigure } from './judged-figures.js';
import { electedToAnotherBody } from './other-body.js';
import { RUNOFF_WORDS } from './round-words.js';
import { sexOfName } from './sex-marks.js';
import type { WomenSeats } from './women-seats.js';

/** The seats of the whole committee the notice says it elects: 应选村民委员会成员3名, 应选居委会成员5名. */
export const SEATS_LABEL = new RegExp(`^应选(?:本届)?${COMMITTEE_WORDS}成员$`, 'u');

/** The sex in brackets right after a candidate's name, as her votes are written: 王芳（女）得票760票. */
const SEX_AFTER_NAME = /^[（(]([男女])[）)，,]/u;

/** Names compare in folded form (張杰婷 and 张杰婷). */
const nameKey = (name: string): string => normalizeText(name.trim());

/** The sex a votes figure's own words give its candidate, when they open with the name and a bracketed sex. */
function sexOfVotes(text: string, name: string): '男' | '女' | null {
  if (!text.startsWith(name)) return null;
  const match = SEX_AFTER_NAME.exec(text.slice(name.length));
  return match ? (match[1] as '男' | '女') : null;
}

/** A post of the chair or a vice-chair (主任, 村委会副主任), not a member's duty (妇女主任). */
const CHAIR_POST = /^(?:(?:村民委员会|居民委员会|社区居委会|村委会|居委会))?副?主任$/u;

/**
 * Under a pack that asks for a woman among the committee's members (defaultMinWomen, 组织法 第六条), the
 * women among a first round's declared winners, counted by the sexes the notice writes: in brackets by the
 * votes or the name (`刘强（男）得票801票`, `王芳（女）当选委员`, `李梅（女，得票1021票）`) or in a 性别 column
 * (sex-marks.ts). Never guessed from a name: a winner whose sex is not written, or written two ways,
 * leaves the women unjudged. Two rules, each only where every seat it counts is filled:
 * - the notice's own (`委员（应选3名，其中妇女委员1名）`, women-seats.ts): its seats filled by as many winners
 *   (the members: those declared to no chair's post), and fewer women among all the committee's winners
 *   than it states;
 * - the pack's: the seats of the whole committee stated once (`应选村民委员会成员3名`), as many winners, and
 *   fewer women among them than the pack asks.
 * Either is WOMEN_QUOTA_UNMET (warning), as a recount says it. Nothing is judged in a runoff or a
 * by-election (the members elected before are not in view), where a winner is of another body, or, for
 * the pack's rule, where the notice states a count of women of its own.
 */
export function womenAmongWinners(
  notice: AnnouncedFigures,
  pack: RulePack,
  round: Round,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const minWomen = pack.defaultMinWomen;
  if (minWomen <= 0 || round !== 'first') return [];
  if (notice.ownRound !== undefined || RUNOFF_WORDS.test(notice.title ?? '')) return [];
  const stated = notice.womenSeats ?? [];
  const inStated = (figure: GroupFigure) =>
    stated.some(
      ({ span }) =>
        figure.origin.span !== undefined &&
        figure.origin.span[0] < span[1] &&
        figure.origin.span[1] > span[0],
    );
  const seats: GroupFigure[] = [];
  let womenCounted = false;
  const sexes = new Map<string, '男' | '女' | 'both'>();
  const winners = new Map<string, string>();
  const chairs = new Set<string>();
  for (const figure of notice.figures) {
    if ('setting' in figure && figure.setting !== undefined && RUNOFF_WORDS.test(figure.setting)) return [];
    if (figure.kind === 'group') {
      if (SEATS_LABEL.test(figure.label)) seats.push(figure);
      // A count of the women it elects (其中女性成员1名) is the notice's own word on them.
      // Women voters or candidates (女性选民586人, 女性候选人2名) are none of the winners.
      else if (/[女妇]/u.test(figure.label) && !/选民|候选人/u.test(figure.label) && !inStated(figure))
        womenCounted = true;
    } else if (figure.kind === 'votes') {
      const sex = sexOfVotes(figure.origin.text, figure.candidate);
      if (sex === null) continue;
      const key = nameKey(figure.candidate);
      const before = sexes.get(key);
      sexes.set(key, before === undefined || before === sex ? sex : 'both');
    } else if (figure.kind === 'elected') {
      if (electedToAnotherBody(figure, notice.title) !== null) return [];
      const chair = figure.contest !== null && CHAIR_POST.test(figure.contest.text.trim());
      for (const name of figure.names) {
        winners.set(nameKey(name), name);
        if (chair) chairs.add(nameKey(name));
      }
    }
  }
  if (winners.size === 0 || !winnersTopTheVotes(notice, winners)) return [];
  const marks = (notice.sexMarks ?? []).map((mark) => ({ ...mark, before: nameKey(mark.before) }));
  // A woman the notice names with her sex but whom the reader read neither as a winner nor with votes
  // (`王芳（女，村党支部书记）得票1050票，当选为村民委员会主任`, a chair in words not read) may be among the
  // committee: the women are not judged.
  const candidates = new Set(
    notice.figures.flatMap((figure) => (figure.kind === 'votes' ? [nameKey(figure.candidate)] : [])),
  );
  const known = (before: string) =>
    [...winners.keys(), ...candidates].some((name) => before === name || before.endsWith(name));
  if (marks.some((mark) => mark.sex === '女' && !known(mark.before))) return [];
  let women = 0;
  for (const key of winners.keys()) {
    const byVotes = sexes.get(key);
    const byMark = sexOfName(marks, key);
    const sex = byVotes === undefined ? byMark : byMark === null || byMark === byVotes ? byVotes : 'both';
    if (sex !== '男' && sex !== '女') return [];
    if (sex === '女') women += 1;
  }
  const names = [...winners.values()].join('、');
  if (stated.length > 0) return ownRule(notice, stated, winners, chairs, women, names, lang, judged);
  if (womenCounted || seats.length !== 1) return [];
  const seat = seats[0]!;
  if (Number(seat.value) !== winners.size) return [];
  const met = women >= minWomen;
  judged.push({
    rule: 'women-members',
    right: met,
    text: seat.origin.text,
    ...(seat.origin.span ? { span: seat.origin.span } : {}),
    work: {
      zh: `应选成员${winners.size}名，全部当选（${names}），公告所写性别中妇女${women}名，须至少${minWomen}名：${met ? '达到' : '未达到'}`,
      en: enCounts`${englishCount(winners.size, 'seat')}, all filled (${names}); the sexes the notice writes give ${englishCount(women, 'woman', 'women')}, at least ${minWomen} needed: ${met ? 'met' : 'not met'}`,
    },
  });
  if (met) return [];
  return [
    makeFinding(
      {
        code: 'WOMEN_QUOTA_UNMET',
        severity: 'warning',
        expected: minWomen,
        found: women,
        where: whereOf(notice, seat),
        messages: {
          zh: `公告应选成员${winners.size}名并全部宣布当选（${names}），按其所写性别，当选成员中妇女${women}名，少于应有的${minWomen}名`,
          en: enCounts`The notice fills all ${englishCount(winners.size, 'seat')} (${names}), and by the sexes it writes ${englishCount(women, 'woman', 'women')} ${women === 1 ? 'is' : 'are'} among the elected members, fewer than the ${minWomen} required`,
        },
      },
      lang,
    ),
  ];
}

/**
 * Whether the winners read are all the notice declares, as far as the votes show: no candidate left
 * undeclared has as many votes as a winner has (`李梅（女，得票1021票）、赵强（男，得票998票）当选` declares
 * both, while the reader finds only 赵强 by the 当选). Where one has, a winner may have been missed and
 * the women are not judged.
 */
function winnersTopTheVotes(notice: AnnouncedFigures, winners: ReadonlyMap<string, string>): boolean {
  const most = new Map<string, bigint>();
  for (const figure of notice.figures) {
    if (figure.kind !== 'votes') continue;
    const key = nameKey(figure.candidate);
    const before = most.get(key);
    if (before === undefined || figure.value > before) most.set(key, figure.value);
  }
  const won = [...winners.keys()].flatMap((key) => {
    const votes = most.get(key);
    return votes === undefined ? [] : [votes];
  });
  if (won.length === 0) return true;
  const least = won.reduce((a, b) => (b < a ? b : a));
  return [...most].every(([key, votes]) => winners.has(key) || votes < least);
}

/**
 * The notice's own rule on the women its seats hold (`委员（应选3名，其中妇女委员1名）`): judged where it is
 * stated once, or each time alike, and its seats are filled by as many winners (the members' seats by the
 * winners declared to no chair's post, the whole committee's by all).
 */
function ownRule(
  notice: AnnouncedFigures,
  stated: readonly WomenSeats[],
  winners: ReadonlyMap<string, string>,
  chairs: ReadonlySet<string>,
  women: number,
  names: string,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const rule = stated[0]!;
  if (
    stated.some((other) => other.of !== rule.of || other.seats !== rule.seats || other.women !== rule.women)
  )
    return [];
  const filled =
    rule.of === 'committee' ? winners.size : [...winners.keys()].filter((key) => !chairs.has(key)).length;
  if (filled !== rule.seats || rule.women <= 0) return [];
  const met = women >= rule.women;
  judged.push({
    rule: 'women-members',
    right: met,
    text: rule.text,
    span: rule.span,
    work: {
      zh: `公告写明“${rule.text}”，${rule.seats}个席位全部当选；当选人（${names}）按公告所写性别，妇女${women}名，须至少${rule.women}名：${met ? '达到' : '未达到'}`,
      en: enCounts`The notice states “${rule.text}”, and all ${englishCount(rule.seats, 'seat')} are filled; of the winners (${names}), by the sexes the notice writes, ${englishCount(women, 'woman', 'women')}, at least ${rule.women} needed: ${met ? 'met' : 'not met'}`,
    },
  });
  if (met) return [];
  return [
    makeFinding(
      {
        code: 'WOMEN_QUOTA_UNMET',
        severity: 'warning',
        expected: rule.women,
        found: women,
        where: { text: rule.text, span: rule.span, ...(notice.file ? { file: notice.file } : {}) },
        messages: {
          zh: `公告写明“${rule.text}”，并宣布${rule.seats}个席位全部当选，但按其所写性别，当选人（${names}）中妇女${women}名，少于其写明的${rule.women}名`,
          en: enCounts`The notice states “${rule.text}” and fills all ${englishCount(rule.seats, 'seat')}, yet by the sexes it writes ${englishCount(women, 'woman', 'women')} ${women === 1 ? 'is' : 'are'} among the winners (${names}), fewer than the ${rule.women} it states`,
        },
      },
      lang,
    ),
  ];
}
