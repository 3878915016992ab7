import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { alarms, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * A township's summary of both committees naming a rate only by its committee in a list (村委会选举参选率90.7%、
 * 居委会85.5%), or labelling its blocks by kind of place under a 村（居）委会 title (村：…；社区：…): each rate is
 * judged by its own committee's counts, never another's nor the whole township's. Written for these tests
 * (set rates30, rates30-res); every share worked exactly.
 */

// Villages: 16,512 of 18,204 (90.7%); communities: 5,231 of 6,120 (85.5%); together 21,743 of 24,324 (89.4%).
const BOTH = '全镇村委会选举登记选民18,204人，参加投票16,512人；居委会选举登记选民6,120人，参加投票5,231人。';
const TITLE = '青禾镇2026年村（居）委会换届选举结果公告';

const rates = (text: string) => [
  ...work(text)
    .judged.filter((figure) => figure.rule === 'share')
    .map((figure) => [figure.text, figure.right]),
  ...work(text)
    .unjudged.filter((figure) => figure.text.endsWith('%'))
    .map((figure) => [figure.text, figure.reason]),
];

describe('a rate named by a committee alone in a list of committees’ turnouts', () => {
  it('is that committee’s turnout, judged by its own counts', () => {
    const text = `${TITLE}\n${BOTH}村委会选举参选率90.7%、居委会85.5%。`;
    expect(alarms(text)).toEqual([]);
    expect(rates(text)).toEqual([
      ['村委会选举参选率90.7%', true],
      ['居委会85.5%', true],
    ]);
    expect(alarms(text.replace('居委会85.5%', '居委会84.5%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 84.5%/85.5%',
    ]);
    const reversed = `${TITLE}\n${BOTH}居委会选举参选率85.5%、村委会90.7%。`;
    expect(rates(reversed)).toEqual([
      ['居委会选举参选率85.5%', true],
      ['村委会90.7%', true],
    ]);
  });

  it('is unread where its committee’s counts are not stated, never judged by the other’s or the total', () => {
    const villagesOnly = `${TITLE}\n全镇村委会选举登记选民18,204人，参加投票16,512人。村委会选举参选率90.7%、居委会85.5%。`;
    expect(alarms(villagesOnly)).toEqual([]);
    expect(rates(villagesOnly)).toEqual([
      ['村委会选举参选率90.7%', true],
      ['居委会85.5%', 'counts-not-stated'],
    ]);
    const totalOnly = `${TITLE}\n全镇登记选民24,324人，参加投票21,743人，参选率89.4%，其中村委会选举参选率90.7%、居委会85.5%。`;
    expect(alarms(totalOnly)).toEqual([]);
    expect(rates(totalOnly)).toEqual([
      ['参选率89.4%', true],
      ['村委会选举参选率90.7%', 'counts-not-stated'],
      ['居委会85.5%', 'counts-not-stated'],
    ]);
  });

  it('is not read after a share that is no turnout, nor from words more than a committee', () => {
    const women = `${TITLE}\n${BOTH}共选出村委会成员80名，其中女性26名。村委会成员中女性占32.5%、居委会45.0%。`;
    expect(rates(women).filter(([text]) => text === '居委会45.0%')).toEqual([]);
    const households = `${TITLE}\n${BOTH}村委会选举参选率90.7%、居委会户代表88.0%。`;
    expect(rates(households).filter(([text]) => String(text).includes('88.0%'))).toEqual([]);
  });
});

describe('blocks labelled by kind of place under a title naming both committees', () => {
  const text = `青禾镇2026年村（居）委会换届选举情况\n村：登记选民18,204人，参加投票16,512人，参选率90.7%；社区：登记选民6,120人，参加投票5,231人，参选率85.5%。`;

  it('are each their kind’s committee’s, never a restatement of the other block', () => {
    expect(alarms(text)).toEqual([]);
    expect(rates(text)).toEqual([
      ['参选率90.7%', true],
      ['参选率85.5%', true],
    ]);
    expect(alarms(text.replace('参选率85.5%', '参选率86.5%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 86.5%/85.5%',
    ]);
  });

  it('give each pack its own committee’s quorum', () => {
    const low = text.replace('参加投票5,231人，参选率85.5%', '参加投票2,950人，参选率48.2%');
    const codes = (pack: string) =>
      judgeAnnouncement(readAnnouncementText(low), getRulePack(pack)!, 'first', 'en')
        .findings.map((finding) => finding.code)
        .filter((code) => code === 'TURNOUT_BELOW_QUORUM');
    expect(codes('cn-village@2025')).toEqual([]);
    expect(codes('cn-residents@2025')).toEqual(['TURNOUT_BELOW_QUORUM']);
  });
});

describe('a block labelled as the total of both committees', () => {
  it('is of neither committee: its counts are no restatement of a committee’s, nor the base of its rate', () => {
    const text = `石桥镇2026年村（居）委会换届选举情况\n村：登记选民18,204人，参加投票16,512人；社区：登记选民6,120人，参加投票5,231人；全镇合计：登记选民24,324人，参加投票21,743人。村参选率90.7%，社区参选率85.5%，全镇参选率89.4%。`;
    expect(alarms(text)).toEqual([]);
    expect(rates(text).slice(0, 2)).toEqual([
      ['村参选率90.7%', true],
      ['社区参选率85.5%', true],
    ]);
    expect(alarms(text.replace('社区参选率85.5%', '社区参选率86.5%'))).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 86.5%/85.5%',
    ]);
  });
});

describe('a share of women named by the group before 中', () => {
  it('is unread where the women stated last are another group’s', () => {
    const text = `${TITLE}\n${BOTH}共选出村委会成员80名，其中女性26名；居委会成员20名，其中女性9名。村委会成员中女性占32.5%、居委会45.0%。`;
    expect(alarms(text)).toEqual([]);
    // Left unread (ambiguous-base): neither judged nor unjudged.
    expect(rates(text).filter(([share]) => String(share).includes('32.5%'))).toEqual([]);
  });
});
