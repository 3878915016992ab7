import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';

/**
 * More village results notices of the 2026 换届, in shapes the first set did not try (both rounds in one
 * notice, runoffs of a single post, per-post ballots, titles naming two bodies), each right (every
 * figure worked with exact fractions) beside a variant with one error planted. Every number and name is
 * invented.
 */

describe('a candidate whose votes of the first round and of the runoff are both stated', () => {
  // First round: 1684 voted, a seat needs 843; 太志强 820 is short, no chair elected. Runoff the same day:
  // 1590 voted, 太志强 901 (at least a third, 530, and the most votes) is elected. The 901 stand after the
  // runoff's own counts: the declaration rests on them, judged of the runoff's 1590 voters.
  const NOTICE = (first = 820, runoff = 901) =>
    [
      '太坪村村民委员会选举结果公告',
      '2026年3月28日，太坪村进行村民委员会换届选举。全村登记选民1920人，参加投票的选民1684人，收回选票1684张，有效票1672张，无效票12张。',
      `主任候选人太志强得票${first}票，孙浩得票790票，均未超过参加投票选民的半数，主任未选出。委员太秀云得票1320票，当选为村民委员会委员。`,
      `当日对主任进行另行选举：参加投票的选民1590人，收回选票1590张，有效票1583张，无效票7张。太志强得票${runoff}票，孙浩得票462票，太志强当选为村民委员会主任。`,
    ].join('\n');

  it('judges the runoff winner by the runoff’s votes and voters, not the first round’s', () => {
    expect(judged(NOTICE())).toEqual([]);
    expect(winners(NOTICE())).toEqual([
      ['太秀云得票1320票', true],
      ['太志强得票901票', true],
    ]);
  });

  it('flags a runoff winner under a third of the runoff’s voters', () => {
    expect(judged(NOTICE(820, 520))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '太志强', 'error']]);
    expect(judgement(NOTICE(820, 520)).findings[0]?.expected).toBe(530);
  });

  it('leaves the winner unjudged when the runoff’s votes stand before its counts', () => {
    const unclear = NOTICE().replace(
      '当日对主任进行另行选举：参加投票的选民1590人，收回选票1590张，有效票1583张，无效票7张。太志强得票901票，孙浩得票462票，',
      '当日对主任进行另行选举，太志强得票901票，孙浩得票462票；参加投票的选民1590人，收回选票1590张，有效票1583张，无效票7张。',
    );
    expect(judged(unclear).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    expect(judged(unclear)).toEqual(expect.arrayContaining([['UNREAD_FIGURE', '太志强', 'info']]));
  });

  it('still flags the other winner under half', () => {
    const short = NOTICE().replace('太秀云得票1320票', '太秀云得票812票');
    expect(judged(short)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '太秀云', 'error']]);
  });
});

describe('votes as 得N票 in the clause after a name alone', () => {
  // 1405 voted; a seat needs 703. 洪志强 1230, 洪小梅 1102, 罗成 986 are over half.
  const NOTICE = (hong = 1102) =>
    [
      '红岩村村民委员会选举结果公告',
      '2026年3月24日，红岩村举行第十二届村民委员会选举。全村登记选民1620人，参加投票1405人，收回选票1405张，有效票1396张，无效票9张。',
      '主任候选人洪志强，得1230票，当选为村民委员会主任。',
      `委员候选人洪小梅，得${hong}票，当选为村民委员会委员；委员候选人罗成，得986票，当选为村民委员会委员。`,
    ].join('\n');

  it('reads each name’s votes and post, and judges the winners', () => {
    const votes = readAnnouncementText(NOTICE())
      .figures.filter((figure) => figure.kind === 'votes')
      .map((figure) => [figure.candidate, figure.value, figure.contest?.text ?? null]);
    expect(votes).toEqual([
      ['洪志强', 1230n, '主任'],
      ['洪小梅', 1102n, '委员'],
      ['罗成', 986n, '委员'],
    ]);
    expect(winners(NOTICE())).toEqual([
      ['洪志强，得1230票', true],
      ['洪小梅，得1102票', true],
      ['罗成，得986票', true],
    ]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a winner under half', () => {
    expect(judged(NOTICE(690))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '洪小梅', 'error']]);
  });

  it('does not take a clause of other words for a name', () => {
    const text = '本村登记选民1620人，参加投票1405人。经投票，得1230票的候选人当选。';
    expect(readAnnouncementText(text).figures.filter((figure) => figure.kind === 'votes')).toEqual([]);
  });
});

describe('the ballots of each polling place before the village’s 合计', () => {
  // 1020 + 410 + 96 = 1526 issued; 1018 + 409 + 95 = 1522 returned; 1510 + 12 = 1522.
  const NOTICE = (total = 1522) =>
    [
      '河西村第十二届村民委员会选举结果公告',
      '本次选举设中心会场1个、分会场1个、流动票箱1个。全村登记选民1790人。',
      `中心会场发出选票1020张，收回选票1018张；第一分会场发出选票410张，收回选票409张；流动票箱发出选票96张，收回选票95张。全村合计发出选票1526张，收回选票${total}张，其中有效票${total - 12}张，无效票12张。`,
    ].join('\n');

  const partitions = (text: string) =>
    work(text)
      .judged.filter((figure) => figure.rule === 'partition')
      .map((figure) => [figure.work.en, figure.right]);

  it('sums the places and finds each total right', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(partitions(NOTICE())).toEqual([
      [
        '“中心会场发出选票1020张”, “第一分会场发出选票410张” and “流动票箱发出选票96张” make “全村合计发出选票1526张”: right',
        true,
      ],
      [
        '“中心会场…收回选票1018张”, “第一分会场…收回选票409张” and “流动票箱…收回选票95张” make “收回选票1522张”: right',
        true,
      ],
    ]);
    expect(unread(NOTICE()).map(([text]) => text)).toEqual(['1', '1', '1']);
  });

  it('flags a total the places do not make up', () => {
    expect(findings(NOTICE(1524))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回选票1524张']]);
  });

  it('sums no places a total does not say it sums, nor a place named twice', () => {
    const plain = NOTICE(1524).replace('全村合计发出选票1526张，', '全村登记选民1790人，发出选票1526张，');
    expect(findings(plain).filter(([code]) => code === 'ANNOUNCED_SUM_MISMATCH')).toEqual([]);
    const twice = NOTICE(1524).replace('第一分会场', '中心会场');
    expect(findings(twice)).toEqual([]);
  });
});

describe('separate ballots for each post', () => {
  // 主任选票: 1610 + 8 = 1618 returned of 1620 issued; 委员选票: 1601 + 17 = 1618 of 1620.
  const NOTICE = (valid = 1601) =>
    [
      '龙泉村村民委员会选举结果公告',
      '2026年3月29日，龙泉村村民委员会换届选举采用主任、委员分票选举。全村登记选民1860人，参加投票的选民1620人。',
      '主任选票：发出1620张，收回1618张，有效1610张，无效8张。龙海得票1402票，当选为主任。',
      `委员选票：发出1620张，收回1618张，有效${valid}张，无效17张。龙秀芝得票1388票，黄平得票1250票，唐明得票1106票，当选为委员。`,
    ].join('\n');

  const accounts = (text: string) =>
    work(text)
      .judged.filter((figure) => figure.rule === 'ballots' && figure.work.en.startsWith('委员选票'))
      .map((figure) => [figure.work.en, figure.right]);

  it('checks the second post’s ballots as an account of their own', () => {
    expect(findings(NOTICE())).toEqual([]);
    expect(accounts(NOTICE())).toEqual([
      ['委员选票: 1,601 valid and 17 invalid make the 1,618 ballots returned: right', true],
      ['委员选票: 1,618 ballots returned, no more than the 1,620 issued: right', true],
    ]);
    // Each post's ballots are an account of their own: each vote, in its post's own section, is held to that
    // post's valid ballots (the members' to the 委员 ballot's 1,601, never the chair's 1,610), the work naming it.
    expect(work(NOTICE()).unjudged.filter((figure) => figure.reason === 'not-compared')).toEqual([]);
    expect(
      work(NOTICE())
        .judged.filter((figure) => figure.rule === 'votes-within-ballots')
        .map((figure) => [figure.work.en, figure.right]),
    ).toEqual([
      ['主任选票: 龙海 1,402 votes, no more than the 1,610 valid ballots: right', true],
      ['委员选票: 龙秀芝 1,388 votes, no more than the 1,601 valid ballots: right', true],
      ['委员选票: 黄平 1,250 votes, no more than the 1,601 valid ballots: right', true],
      ['委员选票: 唐明 1,106 votes, no more than the 1,601 valid ballots: right', true],
    ]);
  });

  it('flags a post’s ballots that do not add up', () => {
    expect(findings(NOTICE(1603))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1618张']]);
  });

  it('checks the ballots of another election under its own heading as that election’s account', () => {
    // The supervisory committee's 1603 + 17 = 1620 is not its 1618 returned: its own account fails, and
    // nothing of it is summed with the committee's.
    const other = (valid: number) => NOTICE(valid).replace('委员选票：', '村务监督委员会选举：');
    expect(findings(other(1601))).toEqual([]);
    expect(findings(other(1603))).toEqual([['ANNOUNCED_SUM_MISMATCH', '收回1618张']]);
  });
});

describe('a check mark pasted before 当选', () => {
  // 1996 voted; a seat needs 999. 何新立 1688, 周婷 1540 and 黄伟 1322 are over half.
  const NOTICE = (huang = '1,322') =>
    [
      '📢【新河村】第十二届村委会选举结果出炉啦！',
      '👉 登记选民：2,318人',
      '👉 参加投票：1,996人',
      '👉 有效票：1,984张，无效票：12张',
      '🎉 主任：何新立 1,688票 ✅当选',
      `🎉 委员：周婷 1,540票 ✔️当选；黄伟 ${huang}票 ✅当选`,
    ].join('\n');

  it('declares the candidate whose votes stand right before it, and judges each', () => {
    const elected = readAnnouncementText(NOTICE()).figures.flatMap((figure) =>
      figure.kind === 'elected' ? [[figure.names.join('、'), figure.contest?.text ?? null]] : [],
    );
    expect(elected).toEqual([
      ['何新立', '主任'],
      ['周婷', '委员'],
      ['黄伟', '委员'],
    ]);
    expect(judged(NOTICE())).toEqual([]);
  });

  it('flags a winner under half', () => {
    expect(judged(NOTICE('998'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '黄伟', 'error']]);
  });
});
