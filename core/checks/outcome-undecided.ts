import type { Contest } from '../model/election.js';
import type { Bilingual, Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';
import type { RulePack } from '../rules/rule-pack.js';
import { describeThreshold, votesNeeded } from '../rules/threshold.js';
import { enCounts, englishCount } from '../text/english-count.js';
import { linesWords } from '../ballots/ballot-findings.js';
import type { CountSlack, UndecidedValidity } from '../recount/uncertain-outcomes.js';

/** Uncertain ballots named in a message; the rest are counted. */
const NAMED = 5;

/**
 * OUTCOME_UNDECIDED (error): an outcome that ballots with differing repeated records could turn either
 * way, so neither way is stated — a contest's winners, the quorum, ballots returned against those
 * issued or the voters who signed in. Each names the ballots and the lines of their records.
 */
export function undecidedValidityFindings(
  undecided: readonly UndecidedValidity[],
  uncertain: UncertainBallots,
  pack: RulePack,
  lang: Lang,
): Finding[] {
  const which = ballotsWords(uncertain);
  return undecided.map((item) => {
    const others = {
      zh: `其中 ${item.extra} 条与同号选票内容不同的记录可能是编错号的另外的选票`,
      en: `${englishCount(item.extra, 'record')} repeating a ballot number with other contents may be other ballots keyed with a wrong number`,
    };
    let words: Bilingual;
    if (item.kind === 'quorum') {
      const needed = pack.quorum ? votesNeeded(item.registered, pack.quorum) : item.cast;
      const rule = pack.quorum ? describeThreshold(pack.quorum, pack.electorate.name) : { zh: '', en: '' };
      words = {
        zh: `参加投票的是否${rule.zh}无法根据这些记录判定：计入 ${item.cast} 张选票，至少需要 ${needed} 张；${others.zh}（${which.zh}）`,
        en: enCounts`whether ${rule.en} voted cannot be decided from these records: ${englishCount(item.cast, 'ballot')} counted, at least ${needed} needed; ${others.en} (${which.en})`,
      };
    } else {
      const than =
        item.limit === 'issued'
          ? {
              zh: `发出的 ${item.allowed} 张`,
              en:
                item.box === null
                  ? enCounts`the ${item.allowed} issued`
                  : enCounts`the ${item.allowed} it issued`,
            }
          : {
              zh: `投票人数 ${item.allowed} 人`,
              en: `the ${englishCount(item.allowed, 'voter')} who signed in`,
            };
      const question =
        item.box === null
          ? {
              zh: `共收回的选票是否多于${than.zh}`,
              en: `whether more ballots were returned in all than ${than.en}`,
            }
          : {
              zh: `票箱“${item.box}”收回的选票是否多于${than.zh}`,
              en: `whether box “${item.box}” returned more ballots than ${than.en}`,
            };
      words = {
        zh: `${question.zh}无法根据这些记录判定：计入不同编号的选票 ${item.returned} 张；${others.zh}（${which.zh}）`,
        en: `${question.en} cannot be decided from these records: ${englishCount(item.returned, 'distinct ballot')} counted; ${others.en} (${which.en})`,
      };
    }
    const consequence = {
      zh: '。选举是否有效因此未定，不宣布任何人当选',
      en: '. Whether the election is valid is therefore not decided, and no one is declared elected',
    };
    return makeFinding(
      {
        code: 'OUTCOME_UNDECIDED',
        severity: 'error',
        box: item.kind === 'returned' ? item.box : null,
        expected: item.kind === 'quorum' ? item.registered : item.allowed,
        found: item.kind === 'quorum' ? item.cast : item.returned,
        messages: { zh: words.zh + consequence.zh, en: words.en + consequence.en },
      },
      lang,
    );
  });
}

/** OUTCOME_UNDECIDED for a contest whose winners the uncertain ballots could change. */
export function undecidedContestFinding(
  contest: Contest,
  slack: CountSlack,
  uncertain: UncertainBallots,
  lang: Lang,
): Finding {
  const which = ballotsWords(uncertain);
  return makeFinding(
    {
      code: 'OUTCOME_UNDECIDED',
      severity: 'error',
      contest: contest.id,
      messages: {
        zh: `${contest.name}由谁当选无法根据这些记录判定：${uncertain.ballots} 张选票的重复记录内容不同（${which.zh}），每人得票可能少 ${slack.down} 票或多 ${slack.up} 票，足以改变结果；不宣布当选，请核对这些选票的原件`,
        en: enCounts`who is elected ${contest.name} cannot be decided from these records: ${englishCount(uncertain.ballots, 'ballot')} ${uncertain.ballots === 1 ? 'has' : 'have'} repeated records that differ (${which.en}), so each name's votes may be up to ${slack.down} fewer or ${slack.up} more, enough to change it; no one is declared elected: check those paper ballots`,
      },
    },
    lang,
  );
}

/** `票箱“m”选票“003”（ballots.csv 第 4、5 行）…` / `box "m" ballot "003" (ballots.csv lines 4 and 5) …`. */
function ballotsWords(uncertain: UncertainBallots): Bilingual {
  const named = uncertain.listed.slice(0, NAMED);
  const more = uncertain.ballots - named.length;
  const lines = named.map((item) => linesWords(item.lines, item.records));
  const zh = named.map(
    (item, i) => `票箱“${item.box}”选票“${item.ballot}”（${uncertain.file} ${lines[i]!.zh}）`,
  );
  const en = named.map(
    (item, i) => `box “${item.box}” ballot “${item.ballot}” (${uncertain.file} ${lines[i]!.en})`,
  );
  return {
    zh: zh.join('，') + (more > 0 ? `等 ${uncertain.ballots} 张` : ''),
    en: en.join('; ') + (more > 0 ? enCounts` and ${more} more` : ''),
  };
}
