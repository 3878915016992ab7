import { describe, expect, it } from 'vitest';
import { readAnnouncementText } from './read-announcement-text.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { uncheckedFigures } from './unchecked-figures.js';
import { auditAnnouncementAlone } from '../audit/announcement-alone.js';

/** Every number and name here is invented. */
const unchecked = (text: string) => {
  const figures = readAnnouncementText(text);
  return uncheckedFigures(figures, workAnnouncementArithmetic(figures, 'en')).map((figure) => [
    figure.text,
    figure.work.en,
  ]);
};
const judged = (text: string) =>
  workAnnouncementArithmetic(readAnnouncementText(text), 'en').judged.map((figure) => [
    figure.rule,
    figure.text,
    figure.right,
  ]);

describe('a figure read that nothing checks is listed, never left out of the report', () => {
  it('lists a count of villages no other figure checks, not the total a part was checked against', () => {
    expect(unchecked('全镇共选出村委会成员60人，其中女性12人。另有8个村完成换届。')).toEqual([
      ['另有8个村', 'was read, but no other figure the notice states checks it'],
    ]);
  });

  it('takes the part and the base of a judged share as shown in its work', () => {
    expect(unchecked('全镇选出村委会成员60人。女性12人，占20%。')).toEqual([]);
  });

  it('names a ballot count by its meaning, and lists it when nothing checks it', () => {
    expect(unchecked('本村登记选民1200人。')).toEqual([
      [
        '本村登记选民1200人',
        'was read as the registered voters, but no other figure the notice states checks it',
      ],
    ]);
  });

  it('lists nothing the reader left unread, which is listed with its own reason', () => {
    expect(unchecked('全村选民约1200人，平均年龄45岁。')).toEqual([]);
  });
});

describe('valid and invalid ballots against the voters when no ballots returned are stated', () => {
  it('checks that valid + invalid is no more than the voters, and uses both', () => {
    const text = '参加投票838人，有效票828张，无效票10张。';
    expect(judged(text)).toEqual([['ballots', '参加投票838人', true]]);
    expect(unchecked(text)).toEqual([]);
  });

  it('flags more ballots counted than voters', () => {
    expect(judged('参加投票838人，有效票830张，无效票10张。')).toEqual([['ballots', '参加投票838人', false]]);
  });

  it('keeps valid + invalid = returned where the ballots returned are stated', () => {
    const text = '参加投票840人，收回选票838张，其中有效票828张，无效票10张。';
    expect(judged(text).map(([rule, , right]) => [rule, right])).toEqual([
      ['ballots', true],
      ['ballots', true],
    ]);
  });
});

describe('the counts a rule pack judged by are no figures left unchecked', () => {
  it('takes the count a winner’s threshold is of, and the counts of a quorum judged', () => {
    const listed = (text: string) => {
      const report = auditAnnouncementAlone(
        readAnnouncementText(text),
        [],
        'en',
        { pack: 'cn-village', round: 'first' },
        '2026-12-03',
      );
      if (!report.ok) throw new Error('not audited');
      return (report.value.announcement?.unread ?? [])
        .filter((figure) => figure.reason === 'nothing-to-check')
        .map((figure) => figure.text);
    };
    // 55 ballots returned are the base of 王芳's threshold; nothing else checks them.
    expect(listed('收回选票55张。王芳得票50票，当选为主任。')).toEqual([]);
    // Without the pack's judgement, nothing checks them.
    const figures = readAnnouncementText('收回选票55张。');
    expect(uncheckedFigures(figures, workAnnouncementArithmetic(figures, 'en')).map((f) => f.text)).toEqual([
      '收回选票55张',
    ]);
  });
});

describe('a figure is shown by its own judgement, not by lying inside the words of another', () => {
  // The committee is read as one group summed from its posts, and that group is the base of the share.
  const posts = '大会选出社区居委会主任1名，副主任1名（其中女性1名），委员3名。';

  it('lists a figure inside a judged total that is none of its parts', () => {
    expect(unchecked(`${posts}新一届居委会班子中，妇女干部2名，占居委会干部总数的40%。`)).toEqual([
      ['女性1名', 'was read, but no other figure the notice states checks it'],
    ]);
  });

  it('takes the posts a judged total was summed from as shown', () => {
    const text =
      '大会选出社区居委会主任1名，副主任1名，委员3名。新一届居委会班子中，妇女干部2名，占居委会干部总数的40%。';
    expect(unchecked(text)).toEqual([]);
  });

  it('takes a figure quoted with the words before it as shown (其中男 for 男)', () => {
    const text = '全镇共有选民1200人，其中男600人，女600人。';
    expect(judged(text)).toEqual([['partition', '全镇共有选民1200人', true]]);
    expect(unchecked(text)).toEqual([]);
  });

  it('lists the committee summed from its posts when only its last post is a term', () => {
    const text = '大会选出社区居委会主任1名，副主任1名，委员3名。新当选委员中，女性2人，占40%。';
    expect(unchecked(text).map(([figure]) => figure)).toEqual([
      '大会选出社区居委会主任1名',
      '副主任1名',
      '大会选出社区居委会主任1名，副主任1名，委员3名',
    ]);
  });
});

describe('a figure checked is not also listed as "not compared" with another body’s', () => {
  // A township's summary of both committees: the villages' counts are not compared with the
  // communities' (different bodies), yet the village pack judges its quorum on them.
  const SUMMARY =
    '全镇3个社区、12个村换届选举已经完成。社区居委会选举登记选民6,120人，参加投票2,900人；村委会选举登记选民18,204人，参加投票16,512人。';
  const unread = (rules?: 'cn-village' | 'cn-residents') => {
    const report = auditAnnouncementAlone(
      readAnnouncementText(SUMMARY),
      [],
      'en',
      rules ? { pack: rules, round: 'first' } : undefined,
      '2026-12-03',
    );
    if (!report.ok) throw new Error('not audited');
    const section = report.value.announcement!;
    return {
      notCompared: section.unread.filter((figure) => figure.reason === 'not-compared').map((f) => f.text),
      count: section.unreadCount,
      unread: section.unread.map((figure) => figure.text),
      quorum: section.judged.filter((figure) => figure.rule === 'quorum').map((f) => [f.text, f.right]),
    };
  };

  it('drops the note from the villages’ counts the village pack judged, and counts them as checked', () => {
    const village = unread('cn-village');
    expect(village.quorum).toEqual([['参加投票16,512人', true]]);
    expect(village.notCompared).toEqual([]);
    // 12个村 is taken as the number of elections the villages' totals sum (a term of the quorum judged);
    // the communities' 全镇3个社区 alone is left not checked.
    expect(village.count).toBe(1);
    expect(village.unread).toEqual(['全镇3个社区']);
  });

  it('keeps the note where no check took them: without a pack, or under the residents’ pack', () => {
    expect(unread().notCompared).toEqual(['村委会选举登记选民18,204人', '参加投票16,512人']);
    const residents = unread('cn-residents');
    expect(residents.quorum).toEqual([['参加投票2,900人', false]]);
    expect(residents.notCompared).toEqual(['村委会选举登记选民18,204人', '参加投票16,512人']);
  });
});

describe("a village block's voters, the term of its valid ballots' check, are listed once", () => {
  it('lists no voters of a later block as not compared with another village’s', () => {
    const text =
      '龙泉镇第十二届村民委员会选举情况通报 全镇3个村于2026年5月9日同日选举。 东湾村：参加投票1230人，有效票1200张。 西岭村：参加投票880人，有效票860张。 南塘村：参加投票1010人，有效票998张。';
    const audited = auditAnnouncementAlone(readAnnouncementText(text), [], 'en', undefined, '2026-12-03');
    if (!audited.ok) throw new Error('not audited');
    const section = audited.value.announcement!;
    expect(section.judged.map((figure) => figure.text)).toEqual([
      '有效票1200张',
      '有效票860张',
      '有效票998张',
    ]);
    expect(section.unread.map((figure) => figure.text)).toEqual(['全镇3个村']);
  });
});
