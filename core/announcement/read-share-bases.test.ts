import { describe, expect, it } from 'vitest';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { findings, unread } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Shares whose count and base a careful reader finds unambiguously, by class of attachment (issue #15:
 * a wrong share is caught only where its share is judged), each with a right and a wrong version, and
 * the near misses that must stay unjudged with their reason. Every number and name here is invented.
 */

const work = (text: string) => workAnnouncementArithmetic(readAnnouncementText(text), 'en');
/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
/** The shares read but left unjudged, as [text, reason]. */
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

describe('a 其中 inside a bracket ends with its sentence', () => {
  const text = (share: string) =>
    `全镇选出“两委”成员62人，其中党组织成员51人。中专高中及以上学历的51人（其中大专及以上5人），占比82.3%。女性19人，占比${share}。`;

  it('takes a part in the next sentence as of the body again, not of the part the bracket opened', () => {
    expect(shares(text('30.6%'))).toEqual([
      ['占比82.3%', true],
      ['占比30.6%', true],
    ]);
    expect(findings(text('30.6%'))).toEqual([]);
    expect(findings(text('31.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占比31.6%']]);
  });

  it('leaves a part after the bracket in the same sentence unjudged (of the 51 or of the 62?)', () => {
    const same =
      '全镇选出“两委”成员62人，其中党组织成员51人。中专高中及以上学历的51人（其中大专及以上5人），占比82.3%，女性19人，占比30.6%。';
    expect(shares(same)).toEqual([['占比82.3%', true]]);
    expect(unread(same)).toEqual([['30.6%', 'no-base']]);
  });
});

describe('turnout and a candidate’s 得票率 when the text states ballots returned, not voters', () => {
  const turnout = (share: string) =>
    `全村登记参选村民8363人，发出选票6899张，收回6812张，投票率达${share}，选举有效。`;

  it('takes the ballots returned for the voters of 投票率 (returned / registered), never the ballots issued', () => {
    expect(shares(turnout('81.45%'))).toEqual([['投票率达81.45%', true]]);
    expect(findings(turnout('81.45%'))).toEqual([]);
    // 6899 / 8363 = 82.49…%: right by the ballots issued, wrong by those returned.
    expect(findings(turnout('82.49%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '投票率达82.49%']]);
  });

  it('leaves 投票率 unjudged when only the ballots issued are stated', () => {
    const text = '全村登记选民8363人，发出选票6899张，投票率达82.49%。';
    expect(shares(text)).toEqual([]);
    expect(unjudged(text)).toEqual([['投票率达82.49%', 'counts-not-stated']]);
  });

  it('judges a winner’s 得票率 against the ballots returned', () => {
    const text = (share: string) =>
      `收回选票6812张。林海获得6205张赞成票，得票率${share}，当选为村委会主任。`;
    expect(shares(text('91.09%'))).toEqual([['得票率91.09%', true]]);
    expect(findings(text('91.09%'))).toEqual([]);
    expect(findings(text('92.09%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率92.09%']]);
  });
});

describe('a candidate’s 得票率 when valid ballots differ from the ballots cast', () => {
  const text = (share: string) => `参加投票1000人，有效票900张。王林获得600票，得票率${share}。`;

  it('judges it when both readings give one verdict', () => {
    // 600 / 1000 = 60%, 600 / 900 = 66.67%: 70% is wrong either way.
    expect(findings(text('70%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率70%']]);
    const same = '参加投票900人，有效票900张。王林获得600票，得票率66.67%。';
    expect(shares(same)).toEqual([['得票率66.67%', true]]);
  });

  it('leaves it unjudged, with the reason, when one reading makes it right and the other wrong', () => {
    for (const share of ['60%', '66.67%']) {
      expect(findings(text(share))).toEqual([]);
      expect(shares(text(share))).toEqual([]);
      expect(unjudged(text(share))).toEqual([[`得票率${share}`, 'ambiguous-base']]);
    }
  });
});
