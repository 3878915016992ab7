import { describe, expect, it } from 'vitest';
import { isHanPersonName, isPersonName } from './person-name.js';
import { readAnnouncementText } from './read-announcement-text.js';

const none = new Set<string>();

describe('isPersonName', () => {
  it('takes names of two to four Han characters, minority names with a dot, and capitalised Latin names', () => {
    for (const name of ['王林', '欧阳小芳', '阿依·买买提', 'Wang Lin', '張杰婷'])
      expect(isPersonName(name, none)).toBe(true);
  });

  it('refuses what the words around a name leave behind', () => {
    for (const junk of [
      '）',
      '选票',
      '甲在',
      '女性',
      '丙分别以',
      '主任',
      '村民',
      '12',
      '',
      '本村村民委员会',
      'The Total',
    ])
      expect(isPersonName(junk, none)).toBe(false);
  });

  it('refuses a term (上届, 本届), whose votes are that term’s, nobody’s', () => {
    for (const term of ['上届', '上一届', '本届', '往届', '历届', '这届', '首届'])
      expect(isPersonName(term, none)).toBe(false);
  });

  it('reads no winner named 上届 in “主任：姚德华，得票1,382票（上届得票1,375票），连选连任”', () => {
    const figures = readAnnouncementText(
      '本村登记选民1,915人，参加投票1,602人。主任：姚德华，得票1,382票（上届得票1,375票），连选连任；委员：许国强，得票1,117票。',
    );
    const names = figures.figures.flatMap((figure) =>
      figure.kind === 'elected' ? [...figure.names] : figure.kind === 'votes' ? [figure.candidate] : [],
    );
    expect(names).not.toContain('上届');
  });

  it('refuses a whole place, whose votes are nobody’s', () => {
    for (const place of ['全村', '本村', '全里', '全镇', '本社区', '全街道'])
      expect(isPersonName(place, none)).toBe(false);
  });

  it('reads no candidate in “全村1033票”, the village’s votes, so they are never held to the voters', () => {
    // Restated from a report of a village chief's recall (the village's 1,033 votes, 310 voters).
    const figures = readAnnouncementText(
      '全村1033票，超過259票同意罷免就成立；這次投票人數310人，贊成罷免277票、反對24票、無效票9票。',
    );
    const votes = figures.figures.flatMap((figure) =>
      figure.kind === 'votes' ? [`${figure.candidate}:${figure.value}`] : [],
    );
    expect(votes.some((vote) => vote.startsWith('全村'))).toBe(false);
    expect(votes).not.toContain('全村:1033');
  });

  it("always takes a name of the election's candidates", () => {
    expect(isPersonName('于和', new Set(['于和']))).toBe(true);
    expect(isPersonName('于和', none)).toBe(false);
  });
});

describe('isHanPersonName', () => {
  it('takes the Chinese names isPersonName takes, by their own characters', () => {
    for (const name of ['王林', '欧阳小芳', '阿依·买买提', '張杰婷', ' 李梅 '])
      expect(isHanPersonName(name)).toBe(true);
  });

  it('refuses Latin names, and what isPersonName refuses', () => {
    for (const words of ['Wang Lin', 'Li', '3名', '主任', '选票', '本村村民委员会', '于和', '一二三四五'])
      expect(isHanPersonName(words)).toBe(false);
  });
});

describe('names listed after 当选 and a post, told by their own characters', () => {
  const declared = (line: string) =>
    readAnnouncementText(`青石村登记选民1200人，参加投票的选民1000人。\n${line}`).figures.flatMap((figure) =>
      figure.kind === 'elected' ? [[figure.contest?.text, figure.names]] : [],
    );

  it('declares Chinese names, a minority name with its dot too', () => {
    expect(declared('当选委员：李梅、阿依·买买提')).toEqual([['委员', ['李梅', '阿依·买买提']]]);
  });

  it('declares no one where an item is a Latin name or words', () => {
    expect(declared('当选委员：Li Mei、赵强')).toEqual([]);
    expect(declared('当选委员：3名')).toEqual([]);
    expect(declared('当选委员：主任、赵强')).toEqual([]);
  });
});

describe('a given name ending in 为 right before the bracket of its votes', () => {
  const candidates = (text: string) =>
    readAnnouncementText(text).figures.flatMap((figure) =>
      figure.kind === 'votes' ? [`${figure.candidate}:${figure.value}`] : [],
    );

  it('reads the whole name (蒋大为, not 蒋大), surname and a two-character given name', () => {
    expect(
      candidates(
        '当选：主任顾志强（1,488票），委员季红霞（女，1,402票）、蒋大为（1,311票）、戴明（1,190票）。',
      ),
      // 季红霞（女，1,402票）: the post right before the name (委员) is no part of it; her votes are read.
    ).toEqual(['顾志强:1488', '季红霞:1402', '蒋大为:1311', '戴明:1190']);
    expect(isPersonName('蒋大为', new Set(), { votesBracketAfter: true })).toBe(true);
  });

  it('still reads 为 before the count, or after the words of the votes, as no part of the name', () => {
    expect(candidates('主任候选人王林为812票。')).toEqual(['王林:812']);
    expect(candidates('主任候选人王林得票为（812票）。')).toEqual(['王林:812']);
    expect(isPersonName('蒋大为', new Set())).toBe(false);
  });
});
