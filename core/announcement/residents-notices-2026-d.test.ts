import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/index.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Residents' committee notices of the 2026 换届 as 街道 and 社区 publish them: one 街道's notice of
 * several 社区, each under a heading line that says how it voted. Every number and name is invented;
 * every share is worked with exact fractions.
 */

/** Warnings and errors of a text checked alone, with no pack or with `cn-residents`. */
const alarms = (text: string, rules = false) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    rules ? { pack: 'cn-residents', round: 'first' } : undefined,
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  return audited.value.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code} ${finding.found ?? ''}/${finding.expected ?? ''}`);
};

describe('one 街道’s notice of several 社区', () => {
  const threeCommunities =
    '城关街道所辖三个社区同时完成居民委员会换届选举，现将结果公告如下：\n' +
    '一、东门社区（户代表投票）\n' +
    '应到户代表1125户，实到户代表903户，占80.27%，选举有效。发出选票903张，收回903张，有效票896张，无效票7张。\n' +
    '主任：章玉梅（女），得票842票；委员：葛亮，得票698票。\n' +
    '二、西门社区（居民代表投票）\n' +
    '应到居民代表52人，实到居民代表47人，选举有效。发出选票47张，收回47张，有效票46张，无效票1张。\n' +
    '主任：奚建华，得票44票；委员：鲁明，得票35票。\n' +
    '三、北关社区（选民直接投票）\n' +
    '登记选民3208人，参加投票2214人，占69.01%，选举有效。发出选票2214张，收回2214张，有效票2190张，无效票24张。\n' +
    '主任：韦丽娟（女），得票2011票；委员：凤军，得票1615票。';

  it('keeps each community’s counts under its heading when the heading says how it voted', () => {
    // Before, the brackets kept the lines from being headings: the second and third communities'
    // ballots were “the same figure stated twice”, and their votes more than the first's 896 valid.
    expect(alarms(threeCommunities)).toEqual([]);
    expect(alarms(threeCommunities, true)).toEqual([]);
  });

  it('still compares two counts under one such heading', () => {
    const text =
      '一、东门社区（户代表投票）\n发出选票903张，收回903张，有效票896张，无效票7张。有效票869张。\n' +
      '二、西门社区（居民代表投票）\n发出选票47张，收回47张，有效票46张，无效票1张。';
    expect(alarms(text)).toContainEqual(expect.stringMatching(/^ANNOUNCED_SUM_MISMATCH/));
  });
});

describe('a share of those present in those due, the due read as the electorate', () => {
  const judged = (text: string) =>
    workAnnouncementArithmetic(readAnnouncementText(text), 'en')
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => [figure.text, figure.right]);
  const HEAD = '本社区应到户代表862户，实到户代表801户，';
  const TAIL = '超过半数，选举有效。本次选举共发出选票801张，收回选票801张，其中有效票795张，无效票6张。';

  it('judges 占应到户代表的 by the households due, as the OCR text writes them too', () => {
    // Before, the 862 due were read as the registered count and no longer as those due: the share was
    // listed unread (“the notice states no count of 应到户代表”), right or wrong.
    expect(judged(`${HEAD}占应到户代表的92.92%，${TAIL}`)).toEqual([['占应到户代表的92.92%', true]]);
    expect(judged(`${HEAD}占应到户代表的92.29%，${TAIL}`)).toEqual([['占应到户代表的92.29%', false]]);
    const ocr =
      '本社区应到户代表 ８６２ 户，实到户代表 ８０１户，占应到户代表的 92.29 %，超过半数，选举有效。';
    expect(judged(ocr)).toEqual([['占应到户代表的 92.29 %', false]]);
    expect(alarms(`${HEAD}占应到户代表的92.92%，${TAIL}`, true)).toEqual([]);
  });

  it('judges it of the residents’ representatives due', () => {
    const text = '应到居民代表65人，实到居民代表61人，占应到居民代表的93.85%，超过三分之二，选举有效。';
    expect(judged(text)).toEqual([['占应到居民代表的93.85%', true]]);
  });

  it('leaves a share whose base names no one due as before', () => {
    const text = `${HEAD}占总数的92.92%，${TAIL}`;
    expect(judged(text).some(([, right]) => right === false)).toBe(false);
  });
});

describe('winners of an election by residents’ representatives, declared below their list', () => {
  const HEAD =
    '2026年5月9日，望江社区召开居民代表会议，采取居民代表投票方式选举产生社区第九届居民委员会。' +
    '应到居民代表65人，实到61人，选举有效。\n本次选举发出选票61张，收回61张，有效票60张，无效票1张。\n';
  const LIST =
    '主任：王桂英（女），得票58票；\n副主任：刘海涛，得票55票；\n委员：许红梅（女），得票52票；宋国华，得票29票。\n';

  it('judges the winners declared by 以上人员所得票数均超过参加投票居民代表的半数，当选有效', () => {
    // Before, 所得票数 was no declaration's words, and the 居民代表 who voted were taken for the body
    // the winners were elected to: 29 of 61 votes went unjudged.
    const text = `${HEAD}选举结果如下（按姓氏笔画排序）：\n${LIST}以上人员所得票数均超过参加投票居民代表的半数，当选有效。`;
    expect(alarms(text, true)).toEqual([expect.stringMatching(/^ANNOUNCED_WINNER_MISMATCH 29\//)]);
    expect(alarms(text.replace('得票29票', '得票47票'), true)).toEqual([]);
  });

  it('judges the winners under 当选人员及得票情况：', () => {
    const text = `${HEAD}当选人员及得票情况：\n${LIST}特此公告。`;
    expect(alarms(text, true)).toEqual([expect.stringMatching(/^ANNOUNCED_WINNER_MISMATCH 29\//)]);
    expect(alarms(text.replace('得票29票', '得票47票'), true)).toEqual([]);
  });

  it('still takes 居民代表 elected as another body’s winners', () => {
    const text =
      '登记选民3000人，参加投票2000人。发出选票2000张，收回2000张，有效票1990张。\n' +
      '第一居民小组推选居民代表：王志远，得票29票；李海燕，得票27票。以上人员当选为居民代表。';
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('a branch venue named by its grid or building', () => {
  const text = (venue: string, count: number) =>
    `登记选民2954人，参加投票选民2136人，其中中心会场1587人，${venue}${count}人，流动票箱208人，选举有效。`;

  it('sums the venues as no more than the voters', () => {
    // Before, 第2网格分会场 and 18号楼分会场 were no polling place, and venues more than the voters passed.
    for (const venue of ['第2网格分会场', '18号楼分会场', '3号院分会场', '第三居民小组分会场']) {
      expect(alarms(text(venue, 341))).toEqual([]);
      expect(alarms(text(venue, 431))).toEqual(['ANNOUNCED_SUM_MISMATCH 2226/2136']);
    }
  });
});

describe('representatives due written 应参会', () => {
  // 188 of 205 is 91.7073…% → 91.71%.
  const TEXT = (rate: string) =>
    '春晖社区居委会换届选举结果公告\n本次选举采用居民代表选举方式：应参会居民代表205名，实到188名，' +
    `到会率${rate}。发出选票188张，收回188张，有效票186张，无效票2张。\n主任：冯丽萍（女）176票；委员：曹军163票。`;

  it('are the electorate of the meeting: its 到会率 is judged', () => {
    expect(alarms(TEXT('91.71%'), true)).toEqual([]);
    expect(alarms(TEXT('92.71%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 92.71%/91.71%']);
  });

  it('beside the community’s register of voters, never judge the register', () => {
    const withRegister = `本社区登记选民3,406人。${TEXT('91.71%')}`;
    expect(alarms(withRegister, true)).toEqual([]);
  });
});
