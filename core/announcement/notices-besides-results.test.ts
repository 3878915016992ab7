import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, reportAlone, unread } from './corpus/read-shapes.js';

/**
 * Notices an election committee posts besides its results (voter registers, household-representative
 * elections, timetables): the shapes in them that were read as the election's figures. Every number and
 * name here is invented.
 */

describe('voters added to the register', () => {
  const register =
    '全村总人口3046人，登记选民2210人。本次新登记年满十八周岁的选民94人，迁入选民31人。' +
    '外出务工经商选民612人，占登记选民的27.69%。';

  it('reads 新登记 voters as a change of the register, not the register', () => {
    expect(counts(register)).toEqual(['registered 2210']);
    expect(counts('本村登记选民1532人。新增登记选民52人。')).toEqual(['registered 1532']);
    expect(counts('本村登记选民1532人。补登记选民6人。')).toEqual(['registered 1532']);
  });

  it('judges a share of the register against the register, not the voters added', () => {
    expect(judged(register)).toContainEqual(['share', '占登记选民的27.69%', true]);
    expect(alarms(register, true)).toEqual([]);
  });

  it('still reads a register taken afresh (重新登记) as the register', () => {
    expect(counts('本村重新登记选民1532人，参加投票的选民1200人。')).toEqual([
      'registered 1532',
      'cast 1200',
    ]);
  });

  it('still flags a wrong share of the register', () => {
    const wrong = register.replace('27.69%', '29.69%');
    expect(alarms(wrong, true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 29.69%/27.69%']);
  });
});

describe('the parts of a breakdown under its heading', () => {
  const bySex = '本村登记选民1673人。按性别分：男性选民851人，女性选民822人，女性选民占49.13%。';

  it('takes no part beside another for its base (按性别分：男性选民851人，女性选民822人)', () => {
    expect(alarms(bySex, true)).toEqual([]);
    expect(
      alarms('本村选民共1673人。按性别分：男性选民851人，女性选民822人，女性选民占49.13%。', true),
    ).toEqual([]);
    expect(alarms('本村登记选民1673人。按性别分：男性851人，女性822人，女性占49.13%。', true)).toEqual([]);
    // As with no heading: the share names no base, and is listed so.
    expect(unread(bySex)).toContainEqual(['49.13%', 'no-base']);
  });

  it('sums the parts after the heading to their whole', () => {
    expect(judged(bySex)).toContainEqual(['partition', '本村登记选民1673人', true]);
    expect(alarms('本村登记选民1673人。按性别分：男性选民851人，女性选民812人。', true)).not.toEqual([]);
  });
});

describe('voters of a group its own clause names', () => {
  it('takes no group’s voters for the election’s (非本村户籍参加选举的选民85人)', () => {
    for (const text of [
      '本届共登记选民1387人，其中本村户籍选民1302人，非本村户籍参加选举的选民85人。',
      '本届共登记选民1387人。户籍不在本村参加选举的选民85人。',
      '本届共登记选民1387人。女性参加选举的选民85人。',
      '本届共登记选民1387人。外出选民参加投票85人。',
      '本届共登记选民1387人。女性选民85人参加投票。',
    ]) {
      expect(alarms(text, true)).toEqual([]);
      expect(reportAlone(text, true).verdict).not.toBe('void');
    }
  });

  it('keeps the election’s voters beside a group’s', () => {
    const text = '登记选民1387人，参加投票的选民1200人。女性参加投票的选民585人。';
    expect(reportAlone(text, true).turnout).toMatchObject({ registered: 1387, cast: 1200, quorumMet: true });
  });

  it('still calls void an election whose own voters are too few', () => {
    expect(alarms('本届共登记选民1387人。参加投票的选民600人。', true)).toEqual([
      'TURNOUT_BELOW_QUORUM 600/694',
      'ELECTION_VOID /',
    ]);
  });
});

describe('a count for each household or voter', () => {
  const households =
    '本村以户为单位进行选举，每户推选户代表1人参加投票。全村共有农户612户，参加投票的户代表498人。' +
    '共发出选票498张，收回498张，有效票491张，无效票7张。';

  it('reads 每户…1人参加投票 as no count of the voters', () => {
    expect(counts(households)).not.toContain('cast 1');
    expect(unread(households)).toContainEqual(['1', 'per-unit']);
    expect(alarms(households, true)).toEqual([]);
  });

  it('reads 每户派1人参加投票 beside the voters as no second count of them', () => {
    const text = '本村登记选民980人，参加投票的选民700人。每户派1人参加投票。';
    expect(counts(text)).toEqual(['registered 980', 'cast 700']);
    expect(unread(text)).toContainEqual(['1', 'per-unit']);
  });

  // 每户确定户代表1名，其中女性户代表702名: the one each household names was the whole of the women (702 of 1).
  it('reads 每户…代表1名 as no whole of the parts under 其中', () => {
    const texts = [
      '本社区共有1,534户，每户确定户代表1名，其中女性户代表702名，占45.76%。',
      '本社区共有1,534户，每户推选户代表1名，其中女性702名，占45.76%。',
      '本村共有630户，每户派代表1名参加会议，其中女性代表271名，占43.02%。',
    ];
    for (const text of texts) {
      expect(unread(text)).toContainEqual(['1', 'per-unit']);
      expect(alarms(text, true)).toEqual([]);
    }
  });
});

describe('a notice whose numbers are all dates and times', () => {
  it('says so as information, not as a warning that nothing was read', () => {
    const text =
      '上河村另行选举时间公告\n本村第十二届村民委员会选举于2026年6月8日进行，因参加投票的选民未过半数，选举无效。' +
      '重新选举的时间另行公告。\n上河村村民选举委员会\n2026年6月8日';
    const nothing = reportAlone(text, true).findings.filter((finding) => finding.code === 'UNREAD_FIGURE');
    expect(nothing.map((finding) => finding.severity)).toEqual(['info']);
    expect(nothing[0]?.message).toBe(
      'The notice’s numbers are all dates, times, ordinals or identifiers, no figure of the election: nothing was checked'.replace(
        '’',
        "'",
      ),
    );
    expect(alarms(text, true)).toEqual([]);
  });

  it('still warns on a text holding no number at all', () => {
    expect(alarms('上河村另行选举公告\n重新选举的时间另行公告。', true)).toEqual(['UNREAD_FIGURE 0/']);
  });
});
