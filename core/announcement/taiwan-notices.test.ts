import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, judged, reportAlone, rows, unread } from './corpus/read-shapes.js';

/**
 * Notices of Taiwan's village (村) and ward (里) elections, in traditional characters and Taiwan's words:
 * 選舉人數 (electors), 投票數 (ballots cast), ballot numbers (1號) before names. Names and numbers are invented.
 */

describe('投票數 and 選舉人數 are ballot counts, never a candidate', () => {
  it('reads 投票數 as ballots cast, checked by the valid and invalid it holds', () => {
    const text =
      '這個里的選舉人數為1200人。據統計，今天投票數800票，其中有效票790票、無效票10票；開票結果為1號王大明500票、2號李小華290票。';
    expect(alarms(text)).toEqual([]);
    expect(counts(text)).toEqual(
      expect.arrayContaining(['registered 1200', 'cast 800', 'valid 790', 'invalid 10']),
    );
    expect(judged(text).filter(([, , right]) => right === true).length).toBeGreaterThanOrEqual(2);
  });

  it('finds a wrong sum under 投票數, and a time word is no name', () => {
    for (const day of ['今天', '本日']) {
      const text = `${day}投票數800票，其中有效票790票、無效票30票。`;
      expect(alarms(text).length).toBeGreaterThan(0);
    }
    for (const day of ['今天', '昨天', '昨日', '本日']) {
      const text = `${day}投票數800票，其中有效票790票、無效票10票。`;
      expect(counts(text)).toContain('cast 800');
      expect(alarms(text)).toEqual([]);
    }
  });

  it('reads 投票数 in simplified and 選舉人總數 likewise', () => {
    expect(counts('选举人总数3100人，投票数1200票，其中有效票1190票、无效票10票。')).toEqual(
      expect.arrayContaining(['registered 3100', 'cast 1200']),
    );
  });
});

describe('a ballot number before a name (1號) is no part of it, and no count', () => {
  it('reads 1號廖郁林412票 and 由1號廖郁林以412票勝出 as votes of 廖郁林, the 1 an ordinal', () => {
    const text = '有效票735票；開票結果為1號廖郁林412票、2號陳揚哲323票，由1號廖郁林以412票勝出。';
    const names = rows(text)
      .filter(([kind]) => kind === 'votes')
      .map(([, name, , votes]) => [name, votes]);
    expect(names).toEqual([
      ['廖郁林', 412],
      ['陳揚哲', 323],
      ['廖郁林', 412],
    ]);
    expect(unread(text)).toEqual([
      ['1', 'ordinal'],
      ['2', 'ordinal'],
      ['1', 'ordinal'],
    ]);
  });

  it('reads 一号王林 in simplified, and leaves 第1号 and 5月28号 alone', () => {
    expect(rows('有效票900票，一号王林500票，二号李华400票。').filter(([kind]) => kind === 'votes')).toEqual([
      ['votes', '王林', null, 500, expect.any(String)],
      ['votes', '李华', null, 400, expect.any(String)],
    ]);
    expect(unread('第1号公告。5月28号开会。').map(([, reason]) => reason)).not.toContain('ordinal');
  });
});

describe('a declaration in traditional characters left unread is said as one', () => {
  it('lists 當選 with no winner named as a declaration, never as a number of votes', () => {
    for (const text of [
      '有效票735票，他獲得里民支持而當選。',
      '有效票735票，被判決當選無效。',
      '有效票735票，他获得支持而当选。',
    ]) {
      const messages = reportAlone(text)
        .findings.filter((finding) => finding.code === 'UNREAD_FIGURE')
        .map((finding) => finding.message)
        .filter((message) => /“(?:當選|当选)”/.test(message));
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message).not.toMatch(/number|votes/);
        expect(message).toMatch(/declaration/);
      }
    }
  });
});

describe("turnouts in Taiwan's words are judged", () => {
  it('judges 投票率 of 前往投票的 and 投票數…人 over 選舉人數, right and wrong', () => {
    expect(judged('選舉人數273人，前往投票的共17人，投票率6.23%。')).toEqual([
      ['share', '投票率6.23%', true],
    ]);
    expect(judged('石潭村選舉人數2511人，投票數975人，無效票15票，投票率為38.83%。')).toContainEqual([
      'share',
      '投票率為38.83%',
      true,
    ]);
    expect(alarms('選舉人數273人，前往投票的共17人，投票率7.23%。').length).toBe(1);
    expect(counts('選舉人3172人，投票人數1200人。')).toEqual(['registered 3172', 'cast 1200']);
    expect(counts('被選舉人3人。')).toEqual([]);
  });
});

describe('terms served, ages and spans are listed unread with their reason', () => {
  it('lists 連任7屆, 享壽74歲, 超過2年 and both ends of 年龄从20岁到82岁', () => {
    expect(unread('有效票735票，連任7屆里長。')).toEqual([['7', 'span']]);
    expect(unread('有效票735票，他享壽74歲。')).toEqual([['74', 'age']]);
    expect(unread('有效票735票，剩餘任期超過2年者。')).toHaveLength(1);
    expect(unread('有效票735票，选民年龄从20岁到82岁。')).toEqual([
      ['20', 'age'],
      ['82', 'age'],
    ]);
  });

  it('still takes no ordinal of a term, no condition and no age band as a figure', () => {
    expect(unread('有效票735票，第11屆村長，住满1年以上，年满18周岁，35岁以下的委员。')).toEqual([]);
  });
});

describe('two 里 in one report, each sentence opening with its name and its 選舉人數', () => {
  const REPORT = (electors: string) =>
    `屏東兩里補選 結果揭曉\n\n屏東縣選委會表示，今天舉行兩里里長補選。東寧里選舉人數為${electors}人，投票數合計503票，其中有效票496票、無效票7票，由候選人陳志明以289票當選。\n\n西寧里的補選方面，投票人數為640人，共有388人投票，投票率為60.63%。`;

  it('holds each 里’s voters to its own electors', () => {
    expect(findings(REPORT('812'))).toEqual([]);
    expect(findings(REPORT('412'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '投票數合計503票']]);
  });

  it('judges nothing where the sentence names another 里 or the city', () => {
    const both =
      '今天舉行兩里里長補選。東寧里選舉人數為812人，與西寧里合計投票數1,003票。西寧里選舉人數為641人，由林美華以230票當選。';
    expect(findings(both)).toEqual([]);
    const city =
      '今天舉行兩里罷免投票。興華里選舉人數為4,210人，全市投票人數則為6,502人。文昌里選舉人數為2,292人。';
    expect(findings(city)).toEqual([]);
  });
});
