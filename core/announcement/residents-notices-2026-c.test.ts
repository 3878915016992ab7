import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, rows, unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Residents' committee notices of the 2026 换届 in shapes of their own: votes given to a list of names
 * respectively, in the clause after the names or with one unit for the list; a name of the surname 和
 * in a list; winners declared by 上述人员 or 以上当选人员 under sections of two bodies. Every number and
 * name is invented; every share is worked with exact fractions.
 */

const pack = getRulePack('cn-residents@2025')!;
const judged = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en')
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [finding.code, finding.candidate ?? null]);
const votes = (text: string) =>
  rows(text)
    .filter(([kind]) => kind === 'votes')
    .map(([, name, , count]) => [name, count]);

describe('votes given to a list of names respectively', () => {
  const HEAD = '本社区登记选民3000人，参加投票的选民2000人。';

  it('reads 分别得票 and 得票分别为 in the clause after the names, with the unit written once', () => {
    for (const words of ['分别得票1500、1400、1300张', '得票分别为1500、1400、1300票']) {
      const text = `${HEAD}\n委员：王志远、李海燕、和志远，${words}。`;
      expect(votes(text)).toEqual([
        ['王志远', 1500],
        ['李海燕', 1400],
        ['和志远', 1300],
      ]);
      expect(unread(text)).toEqual([]);
    }
  });

  it('reads 分别获得 with the unit after the last count, and 和 as a surname after 、', () => {
    const text = `${HEAD}胡立新、付志远、和志远分别获得1523、1602、1627票，当选为居民委员会委员。`;
    expect(votes(text)).toEqual([
      ['胡立新', 1523],
      ['付志远', 1602],
      ['和志远', 1627],
    ]);
    expect(judged(text)).toEqual([]);
    // 1000 of 2000 is not more than half.
    expect(judged(text.replace('1602', '1000'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '付志远']]);
  });

  it('reads the counts in a bracket after the names (甲、乙（分别得…票）)', () => {
    const text = `${HEAD}\n委员：王志远、和春梅（分别得1500、1400票）`;
    expect(votes(text)).toEqual([
      ['王志远', 1500],
      ['和春梅', 1400],
    ]);
  });

  it('still splits names at 和 inside a place of the list (李华和张强)', () => {
    const text = `${HEAD}王小林、李华和张强分别获得1802、1766、1750票。`;
    expect(votes(text).map(([name]) => name)).toEqual(['王小林', '李华', '张强']);
  });

  it('leaves a list whose names cannot be told unread', () => {
    const text = `${HEAD}\n各居民小组，分别得票15、14、13张。`;
    expect(votes(text)).toEqual([]);
  });
});

describe('winners declared by 上述人员 or 以上当选人员', () => {
  const NOTICE = (member = 1639) =>
    [
      '长安社区第十届居民委员会选举结果公告',
      '全社区登记选民3292人，参加投票1980人，占登记选民的60.1%。',
      '主任：严淑珍（1347票）',
      `委员：吴桂芳、梁文博、肖立新（分别得1489、${member}、1399票）`,
      '上述人员得票均超过参加投票居民的半数，当选有效。',
    ].join('\n');

  it('declares those whose votes were read above, and judges them', () => {
    expect(judged(NOTICE())).toEqual([]);
    // 990 of 1980 is exactly half: not more.
    expect(judged(NOTICE(990))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '梁文博']]);
    const other = NOTICE(990).replace(
      '上述人员得票均超过参加投票居民的半数',
      '以上当选人员均获得参加投票的选民过半数的选票',
    );
    expect(judged(other)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '梁文博']]);
  });

  it('does not judge the winners of a section of another body by this election’s ballots, and says so', () => {
    const text = [
      '长安社区第十届居民委员会和居务监督委员会选举结果公告',
      '全社区登记选民3292人，参加投票1980人，占登记选民的60.1%。',
      '一、居民委员会',
      '主任：严淑珍（1347票）',
      '二、居务监督委员会',
      '主任：韦振华（1345票）',
      '委员：冯晓东、和春梅（分别得799、1608票）',
      '上述人员得票均超过参加投票居民的半数，当选有效。',
    ].join('\n');
    expect(judged(text)).toEqual([]);
    const notes = judgeAnnouncement(readAnnouncementText(text), pack, 'first', 'en').findings.filter(
      (finding) => finding.severity === 'info' && finding.message.includes('another body'),
    );
    expect(notes.map((finding) => finding.candidate)).toEqual(['韦振华', '冯晓东', '和春梅']);
    expect(judged(text.replace('1347', '900'))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '严淑珍']]);
  });
});

describe('the turnout of an election by residents’ representatives named as of those due (占应到人数的)', () => {
  const NOTICE = (share: string) =>
    `本届居民委员会采取居民代表选举方式产生。召开居民代表选举大会，应到居民代表116人，实到居民代表88人，占应到人数的${share}%，符合法定人数。`;

  it('judges it as the voters of the electorate: 88 of 116 is 75.862…%', () => {
    expect(rows(NOTICE('75.86'))).toContainEqual([
      'percent',
      'cast / registered',
      null,
      '75.86',
      '占应到人数的75.86%',
    ]);
    expect(findings(NOTICE('75.86'))).toEqual([]);
    expect(findings(NOTICE('78.16'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占应到人数的78.16%']]);
  });
});

describe('a notice pasted from its polling stations’ lines on, with no title', () => {
  // The stations' counts are parts of the totals; 1098 returned of 1111 issued is right.
  const TEXT =
    '本次选举设2个投票站：\n第一投票站：发出选票451张，收回选票445张；\n第二投票站：发出选票660张，收回选票653张；\n\n共发出选票1111张，收回选票1098张。';

  it('takes no polling station for the notice’s own place, and reads the totals, not the first station', () => {
    expect(rows(TEXT).filter(([kind]) => kind === 'count')).toEqual([
      ['count', 'issued', null, 1111, '共发出选票1111张'],
      ['count', 'returned', null, 1098, '收回选票1098张'],
    ]);
    // Each station's line is its own account (returned ≤ issued), checked and so no longer unread.
    expect(unread(TEXT)).not.toContainEqual(['451', 'doubtful-label']);
    expect(findings(TEXT)).toEqual([]);
  });
});
