import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged, winners } from './corpus/village-pack-shapes.js';

/**
 * The labels that say which vote a notice's lines report: a runoff's (另行选举, 第二次投票（另行选举）) on a line
 * of its own over the runoff's counts and winner, a later ballot that elects another post (第二轮投票（选举委员）),
 * which is no runoff, and a 另行选举 held by the representatives' meeting for another body's post. Every number
 * and name is invented.
 */

const OPENING = [
  '青石村第十三届村民委员会选举结果公告',
  '2026年4月12日，青石村召开选举大会。全村登记选民1520人，参加投票的选民1306人，发出选票1306张，收回选票1302张，其中有效票1291张，无效票11张。主任候选人罗志刚得票1022票，当选为村民委员会主任；委员候选人冯秀英（女）得票887票，当选为委员。委员尚缺1名。',
  '',
];
const RUNOFF_COUNTS = '参加投票的选民1188人，发出选票1188张，收回选票1185张，其中有效票1176张，无效票9张。';
// A third of the runoff's 1188 is 396.
const WINNER = (votes: number) => `委员候选人唐建华得票${votes}票，得票最多，当选为委员。`;

describe('a runoff’s label on a line of its own', () => {
  const BLANK_BETWEEN = (votes: number) =>
    [...OPENING, '另行选举：', RUNOFF_COUNTS, '', WINNER(votes), '', '特此公告。'].join('\n');
  const BRACKETED = (votes: number) =>
    [...OPENING, '第二次投票（另行选举）：', RUNOFF_COUNTS, WINNER(votes), '', '特此公告。'].join('\n');

  it('carries `另行选举：` over a blank line to the winner, whose votes are the runoff’s own valid ballots’ part', () => {
    // A runoff held another day with more voters than the first ballot's: its winner's 1300 are more than the
    // first ballot's 1291 valid ballots but no more than the runoff's own 1405.
    const text = BLANK_BETWEEN(1300).replace(
      RUNOFF_COUNTS,
      '参加投票的选民1420人，发出选票1420张，收回选票1418张，其中有效票1405张，无效票13张。',
    );
    expect(judged(text)).toEqual([]);
    expect(winners(text)).toEqual(expect.arrayContaining([['唐建华得票1300票', true]]));
  });

  it('judges the winner under `另行选举：` and a blank line by a third of the runoff’s voters', () => {
    expect(winners(BLANK_BETWEEN(402))).toEqual(expect.arrayContaining([['唐建华得票402票', true]]));
    expect(judged(BLANK_BETWEEN(402))).toEqual([]);
    expect(judged(BLANK_BETWEEN(380))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '唐建华', 'error']]);
  });

  it('reads the round in the label’s brackets for every line under it', () => {
    const figures = readAnnouncementText(BRACKETED(402)).figures;
    const votes = figures.find((figure) => figure.kind === 'votes' && figure.candidate === '唐建华');
    expect(votes && 'setting' in votes ? votes.setting : undefined).toBe('第二次投票·另行选举');
    expect(judged(BRACKETED(402))).toEqual([]);
    expect(judged(BRACKETED(380))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '唐建华', 'error']]);
  });

  it('does not carry the runoff over a blank line into a paragraph that names a round of its own', () => {
    const text = [
      ...OPENING.slice(0, 1),
      '另行选举：',
      RUNOFF_COUNTS,
      WINNER(402),
      '',
      '第一轮投票：参加投票的选民1306人，收回选票1302张。',
    ].join('\n');
    const cast = readAnnouncementText(text).figures.find(
      (figure) => figure.kind === 'count' && figure.value === 1306n,
    );
    expect(cast && 'setting' in cast ? (cast.setting ?? '') : '').not.toContain('另行选举');
  });
});

describe('a later ballot that elects another post (第二轮投票（选举委员）)', () => {
  // The members' ballot: 1280 voted; more than half is 641, a third 427.
  const NOTICE = (votes: number, second = '第二轮投票') =>
    [
      '东岭村第十三届村民委员会选举结果公告',
      '2026年4月12日，东岭村召开选举大会，全村登记选民1520人。',
      `${second.replace('二', '一')}（选举主任、副主任）：参加投票的选民1306人，发出选票1306张，收回选票1302张，其中有效票1291张，无效票11张。主任候选人罗志刚得票1022票，当选为村民委员会主任；副主任候选人冯秀英（女）得票887票，当选为副主任。`,
      `${second}（选举委员）：参加投票的选民1280人，发出选票1280张，收回选票1278张，其中有效票1270张，无效票8张。委员候选人唐建华得票${votes}票，当选为委员。`,
    ].join('\n');

  it('judges its winner by more than half of its own voters, never by a runoff’s third', () => {
    for (const second of ['第二轮投票', '第二次投票']) {
      expect(winners(NOTICE(500, second))).toContainEqual(['唐建华得票500票', false]);
      expect(judged(NOTICE(500, second))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '唐建华', 'error']]);
      expect(winners(NOTICE(641, second))).toContainEqual(['唐建华得票641票', true]);
      expect(judged(NOTICE(640, second))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '唐建华', 'error']]);
    }
  });

  it('leaves its winner unread when the first ballot elected the same post (it may be a runoff)', () => {
    const text = NOTICE(500).replace('（选举主任、副主任）', '（选举主任、委员）');
    expect(judged(text)).toEqual([['UNREAD_FIGURE', '唐建华', 'info']]);
    expect(judged(NOTICE(500).replace('第一轮投票（选举主任、副主任）：', ''))).not.toContainEqual([
      'ANNOUNCED_WINNER_MISMATCH',
      '唐建华',
      'error',
    ]);
  });

  it('keeps its counts apart from the first ballot’s, in a stage of their own that names no runoff', () => {
    const figures = readAnnouncementText(NOTICE(702)).figures;
    const cast = figures.find((figure) => figure.kind === 'count' && figure.value === 1280n);
    const setting = cast && 'setting' in cast ? (cast.setting ?? '') : '';
    expect(setting).toContain('选举委员');
    expect(judged(NOTICE(702))).toEqual([]);
  });

  it('still reads a second ballot named a runoff in its brackets as a runoff', () => {
    const text = NOTICE(500).replace('第二轮投票（选举委员）', '第二轮投票（另行选举）');
    expect(winners(text)).toContainEqual(['唐建华得票500票', true]);
  });
});

describe('another body’s post chosen apart by the representatives’ meeting', () => {
  const NOTICE = (votes: number) =>
    [
      '南坪村第十三届村民委员会选举结果公告',
      '2026年4月12日，南坪村召开选举大会。全村登记选民1520人，参加投票的选民1306人，发出选票1306张，收回选票1302张，其中有效票1291张，无效票11张。选举结果如下：',
      '村委会主任：罗志刚，得票1022票，当选。',
      '村监委主任：（由村民代表会议另行选举）',
      `村委会委员：冯秀英（女），得票887票，当选；唐建华，得票${votes}票，当选。`,
    ].join('\n');

  it('reads the members under it as the notice’s own election, not a runoff', () => {
    expect(winners(NOTICE(702))).toEqual(
      expect.arrayContaining([
        ['冯秀英（女），得票887票', true],
        ['唐建华，得票702票', true],
      ]),
    );
    // More than half of 1306 is 654.
    expect(judged(NOTICE(600))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '唐建华', 'error']]);
  });
});
