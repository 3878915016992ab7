import { describe, expect, it } from 'vitest';
import { alarmCodes, reportAlone, unread } from './corpus/read-shapes.js';
import { labelOverValue } from './figure-names.js';

/**
 * A report form (选举结果报告单) each label on its own line over its value, with a block after the first
 * vote's counts: a runoff's (另行选举, 第二轮投票, 再次投票) or another body's (村务监督委员会, 村民小组长). The
 * block's counts are that round's (read as its account under its heading line) or that body's (listed so),
 * never garbled figures of the first vote.
 */

const firstVote = [
  '桃源村村民委员会选举结果报告单',
  '登记选民数',
  '1,408',
  '参加投票人数',
  '1,203',
  '发出选票',
  '1,203',
  '收回选票',
  '1,201',
  '有效票',
  '1,190',
  '无效票',
  '11',
];

const block = (heading: string, unit = false) =>
  [
    ...firstVote,
    heading,
    '参加投票人数',
    unit ? '1,047人' : '1,047',
    '发出选票',
    unit ? '1,047张' : '1,047',
    '收回选票',
    unit ? '1,045张' : '1,045',
    '有效票',
    unit ? '1,038张' : '1,038',
    '无效票',
    unit ? '7张' : '7',
  ].join('\n');

const reasons = (text: string) => unread(text).map(([, reason]) => reason);

describe("a report form's block of another round", () => {
  it.each(['另行选举', '第二轮投票', '再次投票'])(
    'reads the counts under %s as that round’s own account',
    (heading) => {
      const text = block(heading);
      expect(reasons(text)).not.toContain('doubtful-figure');
      expect(reasons(text)).not.toContain('other-round-count');
      expect(alarmCodes(text)).toEqual([]);
    },
  );

  it("keeps the first vote's unitless counts when the round's have units", () => {
    const text = block('另行选举', true);
    expect(unread(text).map(([figure]) => figure)).not.toContain('1,201');
    expect(alarmCodes(text)).toEqual([]);
  });

  it('lists as the other round’s the counts after a runoff named in a sentence, not a heading', () => {
    const text = block('注：不足的委员当场另行选举。');
    expect(unread(text)).toContainEqual(['1,045', 'other-round-count']);
    expect(alarmCodes(text)).toEqual([]);
  });

  it("still catches the first vote's account failing", () => {
    expect(alarmCodes(block('另行选举').replace('有效票\n1,190', '有效票\n1,180'))).toContain(
      'ANNOUNCED_SUM_MISMATCH',
    );
  });
});

describe("a report form's block of another body", () => {
  it.each(['二、村务监督委员会', '村务监督委员会选举情况', '（二）村民小组长'])(
    'lists the counts under %s as that body’s',
    (heading) => {
      const text = block(heading);
      expect(reasons(text)).not.toContain('doubtful-figure');
      expect(unread(text)).toContainEqual(['1,045', 'other-body-count']);
      expect(alarmCodes(text)).toEqual([]);
    },
  );

  it('reads no body in a line that only names it in a sentence', () => {
    const text = block('注：村务监督委员会另行推选');
    expect(reasons(text)).not.toContain('other-body-count');
  });
});

describe("a quote of a form's label over its value", () => {
  it('shows the line break as a space', () => {
    expect(labelOverValue('参选率\n88.10%')).toBe('参选率 88.10%');
    expect(labelOverValue('有效票\n1,190')).toBe('有效票 1,190');
  });

  it('keeps any other character as it is', () => {
    expect(labelOverValue('参选率\u200b\n88.10%')).toBe('参选率\u200b 88.10%');
    expect(labelOverValue('登记选民\n18\n60人')).toBe('登记选民\n18\n60人');
    expect(labelOverValue('18\n60人')).toBe('18\n60人');
  });

  it("words a finding on a form's turnout with no <U+000A>", () => {
    const text = [...firstVote.slice(0, 5), '参选率', '88.10%', ...firstVote.slice(5)].join('\n');
    const finding = reportAlone(text, true).findings.find((one) => one.code === 'ANNOUNCED_PERCENT_MISMATCH');
    expect(finding?.messages.zh).toContain('“参选率 88.10%”');
    expect(finding?.messages.en).toContain('“参选率 88.10%”');
  });
});

const township = (later = '852') =>
  [
    '城关镇2026年村民委员会换届选举结果报告单',
    '东湖村',
    '登记选民数',
    '1,520',
    '参加投票人数',
    '1,318',
    '收回选票',
    '1,316',
    '有效票',
    '1,305',
    '无效票',
    '11',
    '西岭村',
    '登记选民数',
    '984',
    '参加投票人数',
    '861',
    '收回选票',
    '861',
    '有效票',
    later,
    '无效票',
    '9',
  ].join('\n');

describe("a township's report form, a block for each village", () => {
  it("checks a later village's account within it, named", () => {
    const text = township('862');
    expect(alarmCodes(text)).toEqual(['ANNOUNCED_SUM_MISMATCH']);
    expect(reportAlone(text, true).findings.map((one) => one.messages.zh)).toContainEqual(
      expect.stringContaining('西岭村：有效票862加无效票9'),
    );
  });

  it("never compares a later village's counts with the first's", () => {
    expect(alarmCodes(township())).toEqual([]);
    expect(alarmCodes(township().replace('984', '1,520'))).toEqual([]);
  });

  it('takes no line of 全村 or 本村 for a village heading a block', () => {
    const text = township('862').replace('西岭村', '本村');
    expect(reportAlone(text, true).findings.map((one) => one.messages.zh)).not.toContainEqual(
      expect.stringContaining('本村：有效票'),
    );
  });
});
