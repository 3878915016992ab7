import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { findings, rows, unread, work } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Three ways a count of voters is misread (the fourth real half): 参选 alone, which may be to stand as a
 * candidate; voters fewer than the ballots returned, which no void verdict may rest on; and those due
 * to vote (应参选) beside those who did (当天参选). Every number and name here is invented.
 */

const village = getRulePack('cn-village')!;
const judge = (text: string) => judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en');
const codes = (text: string) => judge(text).findings.map((finding) => finding.code);
const counts = (text: string) => rows(text).filter((row) => row[0] === 'count');

describe('参选 alone may be to stand as a candidate', () => {
  it('lists a count named only by 参选 as doubtful beside a plain count of voters', () => {
    const text = '本社区共有登记选民1200名，参加投票的选民960人，参选的有11人，选出居委会成员5人。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['11', 'doubtful-label']);
    expect(counts(text).map((row) => [row[1], row[3]])).toEqual([
      ['registered', 1200],
      ['cast', 960],
    ]);
  });

  it('lists villagers who 参选 as doubtful beside the ballots returned, and judges the quorum on those', () => {
    const text =
      '本次选举发出选票640张，收回选票634张，超过本村有选举权的村民总数780人的半数。该村有210名村民参选。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['210', 'doubtful-label']);
    expect(codes(text)).toEqual([]);
    expect(judge(text)).toMatchObject({ quorumMet: true, electionValid: true });
  });

  it('lists the doubtful count whichever comes first', () => {
    const text = '全村有210名村民参选。本次选举发出选票640张，收回选票634张。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['210', 'doubtful-label']);
  });

  it('never reads those who signed up to stand (报名参选) as voters, and gives no void verdict on them', () => {
    const text = '本村登记选民900人，报名参选的有12人，选出委员5人。';
    expect(unread(text)).toContainEqual(['12', 'doubtful-label']);
    expect(codes(text)).toEqual([]);
  });

  it('still reads 参选 alone as voters when the text names no other count of voters or ballots', () => {
    const text = '本村登记选民900人，参选的有820人，参选率91.1%。';
    expect(counts(text).map((row) => [row[1], row[3]])).toEqual([
      ['registered', 900],
      ['cast', 820],
    ]);
  });

  it('judges no quorum on voters named only by 参选, and still judges one on 参选的选民', () => {
    const text = '本社区登记选民1071名，参选的有13人。';
    expect(counts(text).map((row) => [row[1], row[3]])).toEqual([
      ['registered', 1071],
      ['cast', 13],
    ]);
    expect(codes(text)).toEqual([]);
    expect(judge(text)).toMatchObject({ quorumMet: false, electionValid: true, judged: [] });
    expect(codes('本社区登记选民1071名，参选的选民有413人。')).toEqual([
      'TURNOUT_BELOW_QUORUM',
      'ELECTION_VOID',
    ]);
  });

  it('reads 参选的选民 and 参选选民 as voters, which may be flagged', () => {
    const text = '本村发出选票900张，收回选票900张，参选的选民850人。';
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参选的选民850人']]);
  });

  it('still flags plain voters that differ from the ballots returned in one sentence', () => {
    const text = '本村登记选民1000人，收回选票900张，参加投票的选民850人。';
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民850人']]);
  });
});

describe('no void verdict rests on voters fewer than the ballots returned', () => {
  it('judges no quorum when the stated voters are below the ballots returned', () => {
    const text = '本村登记选民1000人，收回选票700张，参加投票的选民300人。';
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民300人']]);
    expect(codes(text)).toEqual([]);
    expect(judge(text)).toMatchObject({ quorumMet: false, electionValid: true, judged: [] });
  });

  it('still gives the void verdict for a low turnout stated plainly', () => {
    const text = '本村登记选民1000人，参加投票的选民300人，收回选票300张。';
    expect(codes(text)).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
    expect(judge(text)).toMatchObject({ quorumMet: false, electionValid: false });
  });

  it('still gives the void verdict on voters above the ballots returned', () => {
    const text = '本村登记选民1000人，参加投票的选民320人，收回选票300张。';
    expect(codes(text)).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
  });
});

describe('those due to vote are never those who did', () => {
  it('reads 应参选选民 as the electorate and judges the share of it that follows', () => {
    const text = '本村应参选选民为1500名，当天参选的选民为1380名，占应参选选民的92.0%。';
    expect(findings(text)).toEqual([]);
    expect(counts(text).map((row) => [row[1], row[3]])).toEqual([
      ['registered', 1500],
      ['cast', 1380],
    ]);
    expect(work(text).judged.filter((figure) => figure.rule === 'share')).toMatchObject([{ right: true }]);
  });

  it('judges a wrong share of those due to vote wrong', () => {
    const text = '本村应参选选民为1500名，当天参选的选民为1380名，占应参选选民的93.5%。';
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占应参选选民的93.5%']]);
  });

  it('reads 應到選民 and 實到選民 in traditional characters as the electorate and the voters', () => {
    const text = '本村應到選民820人，實到選民700人。';
    expect(findings(text)).toEqual([]);
    expect(counts(text).map((row) => [row[1], row[3]])).toEqual([
      ['registered', 820],
      ['cast', 700],
    ]);
  });

  it('gives the void verdict when fewer than half of those due voted', () => {
    const text = '本村应参选选民为1500名，当天参选的选民为700名。';
    expect(codes(text)).toEqual(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']);
  });

  it('lists those due to vote as doubtful beside a different count of registered voters', () => {
    const text = '本村登记选民1520人，应参选选民1500名，参加投票1380人。';
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['1500', 'doubtful-label']);
  });

  it('still flags two plain counts of registered voters that differ', () => {
    const text = '本村登记选民1520人，参加投票1380人。登记选民1500人。';
    expect(findings(text).map((finding) => finding[0])).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('does not take 响应参选 for those due to vote', () => {
    expect(counts('村民积极响应参选选民号召，登记选民900人。').map((row) => row[1])).toEqual(['registered']);
  });
});

describe('a turnout beside voters that differ from the ballots returned', () => {
  const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);
  const shareVerdicts = (text: string) =>
    work(text)
      .judged.filter((figure) => figure.rule === 'share')
      .map((figure) => figure.right);

  it('judges right a turnout right of the ballots returned and wrong of the voters; the counts are flagged', () => {
    const text = '本村登记选民1000人，收回选票700张，参加投票的选民300人，投票率70%。';
    expect(unjudged(text)).toEqual([]);
    expect(shareVerdicts(text)).toEqual([true]);
    expect(findings(text)).toEqual([['ANNOUNCED_SUM_MISMATCH', '参加投票的选民300人']]);
  });

  it('still judges a turnout wrong of both', () => {
    const text = '本村登记选民1000人，收回选票700张，参加投票的选民300人，投票率50%。';
    expect(shareVerdicts(text)).toEqual([false]);
  });

  it('judges a turnout right of the voters when they agree with the ballots returned', () => {
    const text = '本村登记选民1000人，收回选票700张，参加投票的选民700人，投票率70%。';
    expect(shareVerdicts(text)).toEqual([true]);
    expect(findings(text)).toEqual([]);
  });
});
