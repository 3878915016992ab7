import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { judged, judgement, winners } from './corpus/village-pack-shapes.js';
import { unread } from './corpus/read-shapes.js';

/**
 * Village results notices of the 2026 换届 in shapes the earlier sets did not try: a person described
 * between the name and the votes (sex, age, schooling), two names declared by one 当选, a 补选 by the
 * representatives. Each right (worked with exact fractions) beside a variant with one error planted.
 * Every number and name is invented.
 */

const votes = (text: string) =>
  readAnnouncementText(text)
    .figures.filter((figure) => figure.kind === 'votes')
    .map((figure) => [figure.candidate, figure.value]);

describe('a person described between the name and the votes', () => {
  // 1319 voted; a seat needs 660.
  const LISTED = (last = 903) =>
    [
      '杨柳村村民委员会选举结果公告',
      '2026年3月20日，杨柳村选举第十二届村民委员会。登记选民1436人，参加投票1319人，收回选票1319张，有效票1310张，无效票9张。当选人员如下：',
      '主任：杨建华，男，47岁，高中文化，得票1106票，当选；',
      '委员：杨秀梅，女，39岁，中共党员，大专文化，得票1021票，当选；',
      `委员：李东，男，35岁，汉族，得票${last}票，当选。`,
    ].join('\n');

  it('reads the votes of a name followed by its sex, age and schooling', () => {
    expect(votes(LISTED())).toEqual([
      ['杨建华', 1106n],
      ['杨秀梅', 1021n],
      ['李东', 903n],
    ]);
    expect(judged(LISTED()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a winner so described under half', () => {
    expect(judged(LISTED(603))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '李东', 'error']]);
  });

  // 1210 voted; a seat needs 606.
  const BRACKETED = (last = 812) =>
    [
      '大河村村民委员会选举结果公告',
      '大河村于2026年3月24日选举村民委员会。全村登记选民1300人，参加投票1210人，有效票1201张，无效票9张。',
      '大庆丰（男，50岁）得票1003票，当选为村民委员会主任；',
      `李小红（女，38岁）得票880票，当选为村民委员会委员；王大勇（男，44岁，中共党员）得票${last}票，当选为村民委员会委员。`,
    ].join('\n');

  it('reads the votes of a name whose sex and age stand in brackets', () => {
    expect(votes(BRACKETED())).toEqual([
      ['大庆丰', 1003n],
      ['李小红', 880n],
      ['王大勇', 812n],
    ]);
    expect(judged(BRACKETED()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a winner so bracketed under half', () => {
    expect(judged(BRACKETED(512))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '王大勇', 'error']]);
  });

  it('reads no name out of words that are no description (主任：本村，男女选民，得票…)', () => {
    const text = '主任：本届选举男女选民，得票1106票';
    expect(votes(text)).toEqual([]);
  });
});

describe('two names whose votes are listed, declared by one 当选', () => {
  // 1702 voted; a seat needs 852.
  const NOTICE = (first = 1102, second = 990) =>
    [
      '柳溪村村民委员会选举结果公告',
      '2026年3月15日，柳溪村举行第十二届村民委员会换届选举。全村登记选民1860人，参加投票的选民1702人，收回选票1702张，其中有效票1688张，无效票14张。',
      '主任：柳建国得票1320票，当选为村民委员会主任。',
      `委员：柳红梅得票${first}票，周立新得票${second}票，当选为村民委员会委员。`,
    ].join('\n');

  it('declares every name of the run of votes before the bare 当选, not the last alone', () => {
    expect(winners(NOTICE())).toEqual([
      ['柳建国得票1320票', true],
      ['柳红梅得票1102票', true],
      ['周立新得票990票', true],
    ]);
  });

  it('flags the first of the two under half, as the last', () => {
    expect(judged(NOTICE(790))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '柳红梅', 'error']]);
    expect(judged(NOTICE(1102, 790))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '周立新', 'error']]);
  });

  it('declares every name given with 、 and 均当选', () => {
    const text = NOTICE().replace('周立新得票990票，当选', '周立新得票990票、何平得票880票，均当选');
    expect(winners(text).map(([words]) => words)).toEqual([
      '柳建国得票1320票',
      '柳红梅得票1102票',
      '周立新得票990票',
      '何平得票880票',
    ]);
  });

  it('tells no winner when two names’ votes stand before a 当选 of the one chair', () => {
    // One seat: which of the two the notice means cannot be told (before, the last was judged).
    const text = NOTICE().replace(
      '柳建国得票1320票，当选为村民委员会主任',
      '柳建国得票1320票，柳国庆得票300票，当选为村民委员会主任',
    );
    expect(winners(text).map(([words]) => words)).toEqual(['柳红梅得票1102票', '周立新得票990票']);
    expect(unread(text)).toEqual(expect.arrayContaining([['当选', 'not-a-name']]));
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });
});

describe('votes parted by ； before a bare 当选', () => {
  const NOTICE = (line: string) =>
    [
      '柳溪村村民委员会选举结果公告',
      '全村登记选民1860人，参加投票的选民1702人，收回选票1702张，其中有效票1688张，无效票14张。',
      line,
    ].join('\n');

  it('declares the item 当选 ends, not the item before it that has none of its own', () => {
    // 孙明 ran for a seat and lost: the ； closes his item.
    const text = NOTICE('委员：孙明得票60票；周立新得票990票，当选；柳红梅得票1102票，当选。');
    expect(winners(text)).toEqual([
      ['周立新得票990票', true],
      ['柳红梅得票1102票', true],
    ]);
    expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('declares them all where 均 or 都 says the 当选 is of more than one', () => {
    const text = NOTICE('委员：柳红梅得票1102票；周立新得票990票，均当选为村民委员会委员。');
    expect(winners(text).map(([words]) => words)).toEqual(['柳红梅得票1102票', '周立新得票990票']);
  });
});

describe('a run of votes listed with 、 right before one 当选, with no comma', () => {
  // 1702 voted; a seat needs 852.
  const NOTICE = (first = 1102, line = '') =>
    [
      '柳溪村村民委员会选举结果公告',
      '全村登记选民1860人，参加投票的选民1702人，收回选票1702张，其中有效票1688张，无效票14张。',
      line || `柳红梅得票${first}票、周立新得票990票当选为村民委员会委员。`,
    ].join('\n');

  it('declares every name of the run, not the last alone', () => {
    expect(winners(NOTICE())).toEqual([
      ['柳红梅得票1102票', true],
      ['周立新得票990票', true],
    ]);
    expect(judged(NOTICE())).toEqual([]);
    expect(judged(NOTICE(790))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '柳红梅', 'error']]);
    const both = NOTICE(0, '柳红梅得票1102票、周立新得票990票均当选为村民委员会委员。');
    expect(winners(both).map(([words]) => words)).toEqual(['柳红梅得票1102票', '周立新得票990票']);
  });

  it('tells no winner of a run to the one chair, or naming one twice', () => {
    for (const line of [
      '柳建国得票1320票、柳国庆得票300票当选为村民委员会主任。',
      '柳红梅得票1102票、柳红梅得票990票当选为村民委员会委员。',
    ]) {
      const text = NOTICE(0, line);
      expect(winners(text)).toEqual([]);
      expect(unread(text)).toEqual(expect.arrayContaining([['当选', 'not-a-name']]));
      expect(judged(text).filter(([, , severity]) => severity !== 'info')).toEqual([]);
    }
  });

  it('keeps the last name alone when the votes are joined by commas, not 、', () => {
    const text = NOTICE(0, '柳红梅得票790票，周立新得票990票当选为村民委员会委员。');
    expect(winners(text)).toEqual([['周立新得票990票', true]]);
  });
});

describe('a 补选 by the villagers’ representatives', () => {
  // 41 of 45 representatives came; a seat needs more than half of those who voted: 21.
  const NOTICE = (votes = 35) =>
    [
      '青山村村民委员会委员补选结果公告',
      '2026年4月2日，青山村召开村民代表会议，补选村民委员会委员一名。应到村民代表45人，实到村民代表41人。',
      `王晓东得票${votes}票，当选为青山村村民委员会委员。`,
    ].join('\n');

  it('judges the winner by the representatives who came, not by the village’s voters', () => {
    expect(winners(NOTICE())).toEqual([['王晓东得票35票', true]]);
    expect(judged(NOTICE()).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });

  it('flags a winner under half of the representatives who came', () => {
    expect(judged(NOTICE(19)).filter(([, , severity]) => severity !== 'info')).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '王晓东', 'error'],
    ]);
    // The same on one line: the representatives who came are this by-election's voters, no other body.
    const oneLine = NOTICE(19).replace('41人。\n', '41人。');
    expect(judged(oneLine).filter(([, , severity]) => severity !== 'info')).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', '王晓东', 'error'],
    ]);
  });

  it('judges no quorum of the representatives by the villagers’ rule, only by the representatives’ meeting’s', () => {
    const few = NOTICE().replace('实到村民代表41人', '实到村民代表20人').replace('35票', '15票');
    // 20 of 45 is short of two thirds of the meeting's members even with up to 11 committee members all
    // present (27 needed): a warning of the meeting's own rule (meeting-quorum), never the villagers' void.
    const findings = judged(few).filter(([code]) => code !== 'UNREAD_FIGURE');
    expect(findings.map(([code, , severity]) => [code, severity])).toEqual([
      ['TURNOUT_BELOW_QUORUM', 'warning'],
    ]);
    expect(judgement(few).quorumMet).toBe(false);
  });

  it('keeps a meeting of representatives for the supervision committee out of the village’s election', () => {
    const both = [
      '东坡村选举结果公告',
      '2026年3月23日，东坡村举行村民委员会换届选举。登记选民1560人，参加投票的选民1402人，收回选票1402张，有效票1393张，无效票9张。',
      '苏东明得票1190票，当选为村民委员会主任。',
      '同日召开村民代表会议，推选村务监督委员会成员。应到村民代表38人，实到36人。苏建得票30票，当选为村务监督委员会主任。',
    ].join('\n');
    expect(winners(both)).toEqual([['苏东明得票1190票', true]]);
    expect(judged(both).filter(([, , severity]) => severity !== 'info')).toEqual([]);
  });
});

describe('以上N人均当选 right after a table of votes flattened to lines', () => {
  // 1104 voted; a seat needs 553.
  const NOTICE = (last = 688, declared = '以上3人均当选。') =>
    [
      '西岭村村民委员会选举结果公告',
      '西岭村于2026年3月28日选举村民委员会。登记选民1200人，参加投票1104人，收回选票1104张，有效票1098张，无效票6张。',
      '职务 姓名 得票',
      '主任 孙西岭 902',
      '委员 孙静 811',
      `委员 马超 ${last}`,
      declared,
    ].join('\n');

  it('declares the candidates of the table right before it, as many as it says', () => {
    expect(winners(NOTICE())).toEqual([
      ['孙西岭 902', true],
      ['孙静 811', true],
      ['马超 688', true],
    ]);
  });

  it('flags one of them under half', () => {
    expect(judged(NOTICE(508))).toEqual([['ANNOUNCED_WINNER_MISMATCH', '马超', 'error']]);
  });

  it('leaves the declaration unread when the count is not the table’s', () => {
    expect(winners(NOTICE(688, '以上2人均当选。'))).toEqual([]);
    expect(unread(NOTICE(688, '以上2人均当选。'))).toEqual(expect.arrayContaining([['当选', 'not-a-name']]));
  });
});
