import type { Round } from '../model/election.js';
import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { enCounts, englishCount } from '../text/english-count.js';
import type { AnnouncedFigures, GroupFigure } from './announced-figures.js';
import { whereOf } from './figure-names.js';
import { normalizeText } from './normalize-text.js';
import type { JudgedFigure } from './judged-figures.js';
import { electedToAnotherBody } from './other-body.js';
import { RUNOFF_WORDS } from './round-words.js';

/** The seats of the whole committee the notice says it elects: 应选村民委员会成员3名, 应选居委会成员5名. */
const SEATS_LABEL = /^应选(?:本届)?(?:村民委员会|居民委员会|村委会|居委会|社区居委会|社区居民委员会)成员$/u;

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

/**
 * Under a pack that asks for a woman among the committee's members (defaultMinWomen, 组织法 第六条), a
 * notice of a first round that says how many members it elects (`应选村民委员会成员3名`), declares as many
 * winners, and states every winner's sex in brackets by the votes (`刘强（男）得票801票`), none of them a
 * woman: WOMEN_QUOTA_UNMET (warning), as a recount says it. Nothing is judged where any of that is not
 * stated or not certain: a runoff or a by-election (the members elected before are not in view), a seat
 * left open, a winner of another body, a winner whose sex is not written so or written two ways, a
 * notice that states a count of women of its own, or two counts of the seats.
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
  const seats: GroupFigure[] = [];
  const sexes = new Map<string, '男' | '女' | 'both'>();
  const winners = new Map<string, string>();
  for (const figure of notice.figures) {
    if ('setting' in figure && figure.setting !== undefined && RUNOFF_WORDS.test(figure.setting)) return [];
    if (figure.kind === 'group') {
      if (SEATS_LABEL.test(figure.label)) seats.push(figure);
      // A count of the women it elects (其中女性成员1名) is the notice's own word on them.
      else if (/[女妇]/u.test(figure.label)) return [];
    } else if (figure.kind === 'votes') {
      const sex = sexOfVotes(figure.origin.text, figure.candidate);
      if (sex === null) continue;
      const key = nameKey(figure.candidate);
      const before = sexes.get(key);
      sexes.set(key, before === undefined || before === sex ? sex : 'both');
    } else if (figure.kind === 'elected') {
      if (electedToAnotherBody(figure, notice.title) !== null) return [];
      for (const name of figure.names) winners.set(nameKey(name), name);
    }
  }
  if (seats.length !== 1 || winners.size === 0) return [];
  const seat = seats[0]!;
  if (Number(seat.value) !== winners.size) return [];
  let women = 0;
  for (const key of winners.keys()) {
    const sex = sexes.get(key);
    if (sex !== '男' && sex !== '女') return [];
    if (sex === '女') women += 1;
  }
  const met = women >= minWomen;
  const names = [...winners.values()].join('、');
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
