import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { quorumStatus } from '../report/quorum-status.js';
import { findings, reportAlone, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { recallVoteWords } from './recall-vote.js';

/**
 * News reports, posts and book excerpts that observers paste beside formal notices: a recall vote
 * (罢免), a contested election told as a story. Every figure is invented and worked with exact fractions.
 */

const village = getRulePack('cn-village')!;

const judgedCodes = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en').findings.map((finding) => [
    finding.code,
    finding.severity,
  ]);

describe('a recall vote is no election', () => {
  // 1004 of 2380 voted (42.18%): the recall failed for lack of turnout. That is no void election, and
  // the 村委会 pack's quorum, an election's, is not the recall's rule.
  const RECALL = (opening: string) =>
    [
      `据报道，柳湾村5月20日${opening}。全村登记选民2380人，实际参加投票的选民只有1004人，参选率42.18%，`,
      '不足登记选民的半数。',
    ].join('');

  it('does not judge a failed recall void by an election quorum, and says why', () => {
    const codes = judgedCodes(RECALL('就是否罢免村委会委员陈某举行投票'));
    expect(codes).not.toContainEqual(['ELECTION_VOID', 'error']);
    expect(codes).not.toContainEqual(['TURNOUT_BELOW_QUORUM', 'error']);
    expect(codes).toContainEqual(['UNREAD_FIGURE', 'info']);
    // The turnout is still checked against its counts: 1004 / 2380 = 42.1848…%.
    expect(work(RECALL('就是否罢免村委会委员陈某举行投票')).judged.map((figure) => figure.right)).toContain(
      true,
    );
  });

  it('still judges the same counts of an election by the quorum', () => {
    const codes = judgedCodes(RECALL('举行村委会换届选举'));
    expect(codes).toContainEqual(['ELECTION_VOID', 'error']);
  });

  it('finds the words of a recall put to the vote, in Chinese, traditional characters and English', () => {
    const folded = (text: string) => readAnnouncementText(text).recallVote;
    expect(folded('結果同意罷免1,011票，不同意174票。')).toBe('同意罢免');
    expect(folded('上午的罢免投票中，参加投票1,102人。')).toBe('罢免投票');
    expect(folded('Villagers voted on Sunday to remove the chairman. 902 cast ballots.')).toBe(
      'voted on Sunday to remove',
    );
    // A law on recalls quoted in an election notice reports no recall vote.
    expect(
      recallVoteWords('村民有选举权、被选举权和罢免权。登记选民1200人，参加投票1000人。'),
    ).toBeUndefined();
  });

  it('does not read yes and no votes as a candidate’s', () => {
    const read = readAnnouncementText(
      '石門村就罷免村委會主任舉行投票，參加投票1,203人。結果同意罷免1,011票，不同意174票，廢票18張。',
    );
    expect(read.figures.filter((figure) => figure.kind === 'votes')).toEqual([]);
  });
});

describe('一 before 个 or 位 is the article, no count', () => {
  it('reads no count of one village in a story’s title', () => {
    const text = [
      '一个村的选举日',
      '白石村共有选民3402人，当天2971人参加投票，参选率87.3%。一位母亲排了40分钟的队。村里的3个自然村各派了2名监票员。',
    ].join('\n');
    expect(findings(text)).toEqual([]);
    const groups = readAnnouncementText(text).figures.filter((figure) => figure.kind === 'group');
    expect(
      groups.map((group) => (group.kind === 'group' ? [group.label, group.value] : [])),
    ).not.toContainEqual(['村', 1n]);
  });
});

describe('people counted, then 投票 alone, are the voters', () => {
  // 376 of 540 = 69.6296…%: 69.6% right, 62.6% wrong.
  const TEXT = (rate: string) => `坑下莆村居民代表補選，該村登記選民540人，376人投票，投票率${rate}。`;

  it('reads 376人投票 as the voters, and judges the turnout of them', () => {
    const counts = readAnnouncementText(TEXT('69.6%')).figures.flatMap((figure) =>
      figure.kind === 'count' ? [[figure.meaning, figure.value]] : [],
    );
    expect(counts).toContainEqual(['cast', 376n]);
    expect(findings(TEXT('69.6%'))).toEqual([]);
    expect(findings(TEXT('62.6%')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it('does not read 投票 followed by another word as voting', () => {
    const read = readAnnouncementText('登記選民540人，監票人3人投票前檢查票箱。');
    expect(read.figures.some((figure) => figure.kind === 'count' && figure.meaning === 'cast')).toBe(false);
  });

  it('reads the voters named before 投票 (9476名选民投票) as the voters too', () => {
    // 9476 of 11222 = 84.4412…%: 84.44% right, 84.49% wrong.
    const text = (rate: string) => `全区登记选民11222名，9476名选民投票，投票率${rate}。`;
    expect(findings(text('84.44%'))).toEqual([]);
    expect(findings(text('84.49%')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    const station = readAnnouncementText('登记选民1300名，在300名村民投票站附近。');
    expect(station.figures.some((figure) => figure.kind === 'count' && figure.meaning === 'cast')).toBe(
      false,
    );
  });
});

describe('an election in Hong Kong is not judged by a mainland pack', () => {
  // 420 of 1092 voted (38.4615…%, 38.5%): Hong Kong's rural elections set no minimum turnout.
  const TEXT = (place: string) =>
    `${place}一條鄉村的居民代表選舉投票率只有38.5%：登記選民1,092人，只有420人投票。何偉文得票247票，當選。`;
  const HONG_KONG = TEXT('今屆鄉郊代表選舉，屯門區');

  it('judges no quorum and no winner, and says why', () => {
    const judgement = judgeAnnouncement(readAnnouncementText(HONG_KONG), village, 'first', 'en');
    expect(judgement.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['UNREAD_FIGURE', 'info'],
    ]);
    expect(judgement.judged).toEqual([]);
    expect(judgement.otherVote).toBe(true);
    // The turnout is still checked against its counts.
    expect(findings(HONG_KONG)).toEqual([]);
  });

  it('still judges a mainland village’s same counts by the quorum', () => {
    const codes = judgedCodes(
      '某村村委會選舉：登記選民1,092人，只有420人投票，投票率38.5%。何偉文得票247票，當選。',
    );
    expect(codes).toContainEqual(['ELECTION_VOID', 'error']);
  });

  it('tells the report’s reader why the quorum was not checked', () => {
    const report = reportAlone(HONG_KONG, true);
    expect(report.turnout.electionValid).toBe(true);
    expect(quorumStatus(report)).toBe('other-vote');
    const recall = reportAlone(
      '柳湾村就是否罢免村委会委员陈某举行投票。全村登记选民2380人，参加投票的选民1004人。',
      true,
    );
    expect(recall.turnout.electionValid).toBe(true);
    expect(quorumStatus(recall)).toBe('other-vote');
  });
});

describe('several turnouts of different values in one text', () => {
  // 33055 of 58609 = 56.3991…%: 56.4% right. The other rates are of some of the villages' elections.
  const TEXT = (overall: string) =>
    [
      `登記選民合共58,609名，其中33,055人投票，整體投票率為${overall}。`,
      '原居民代表選舉的總投票率為53.80%，東涌鄉事委員會投票率75.84%。',
    ].join('');

  it('judges only the turnout right after the count of voters, the others unjudged with why', () => {
    expect(findings(TEXT('56.4%'))).toEqual([]);
    const checked = work(TEXT('56.4%'));
    expect(checked.judged.filter((figure) => figure.rule === 'share').map((figure) => figure.right)).toEqual([
      true,
    ]);
    expect(
      checked.unjudged.filter((figure) => figure.reason === 'ambiguous-base').map((figure) => figure.text),
    ).toEqual(['原居民代表選舉的總投票率為53.80%', '東涌鄉事委員會投票率75.84%']);
  });

  it('still flags that turnout when it is wrong', () => {
    expect(findings(TEXT('58.4%')).map(([code]) => code)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});

describe('groups of a village counted with 个', () => {
  // 3 villages of the township, then the groups (组) of one of them: no village is counted twice.
  const text =
    '镇里准备在3个村推行“一肩挑”，仁和村就是其中之一。仁和村有5个组，东湖村有7个村民小组，每个组都要有一个村干部。';

  it('reads no count of groups as a count of villages', () => {
    expect(findings(text)).toEqual([]);
    expect(work(text).judged).toEqual([]);
  });
});
