import { describe, expect, it } from 'vitest';
import { alarms, judged, voteRows } from './corpus/read-shapes.js';

/**
 * The village affairs supervisory committee (村务监督委员会) reported beside the committee: its posts on the
 * lines under a sentence about its election, its chair's votes after the declaration, its chairs' sum within
 * its own ballots (docs/announcement.md, “A sentence about another body”). Every number and name here is invented.
 */
const VILLAGERS =
  '石桥村村民委员会换届选举结果公告\n\n' +
  '2026年3月12日，石桥村举行第十二届村民委员会换届选举，全村登记选民1,820人，参加投票的选民1,604人，收回选票1,604张，有效票1,590张，无效票14张，选举有效。\n' +
  '主任：王建国，得票1,012票；赵平，得票560票\n' +
  '委员：刘芳（女），得票1,203票；孙立，得票998票；周强，得票870票\n' +
  '王建国当选为村民委员会主任，刘芳、孙立、周强当选为村民委员会委员。\n';

const meetingThenPosts = (meeting: string, chair: string) =>
  VILLAGERS +
  `${meeting}\n` +
  `主任：李强，得票${chair}票\n` +
  '委员：陈静（女），得票36票；何军，得票33票\n' +
  '李强当选为村务监督委员会主任，陈静、何军当选为村务监督委员会委员。\n';

describe('posts on the lines under a sentence about the supervisory committee’s election', () => {
  const noBallots = '3月15日召开村民代表会议，应到代表45人，实到41人，选举产生村务监督委员会。';
  const withBallots =
    '3月15日，石桥村召开村民代表会议，选举产生村务监督委员会。应到村民代表45人，实到村民代表41人，发出选票41张，收回选票41张，有效票40张。';

  it('never sums the supervisory chair with the committee’s against the villagers’ valid ballots', () => {
    expect(alarms(meetingThenPosts(noBallots, '38'), true)).toEqual([]);
  });

  it('lists them unread where the meeting states no ballots, never judged by the villagers’ figures', () => {
    const texts = judged(meetingThenPosts(noBallots, '38')).map(([, text]) => text);
    expect(texts.filter((text) => String(text).includes('李强'))).toEqual([]);
  });

  it('judges the supervisory winners by the ballots of the meeting that elected them', () => {
    expect(alarms(meetingThenPosts(withBallots, '21'), true)).toEqual([]);
    expect(alarms(meetingThenPosts(withBallots, '20'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 20/21']);
  });

  it('reads the residents’ supervisory committee’s lines under its sentence as its own', () => {
    const text = (chair: string) =>
      '和平社区居民委员会换届选举结果公告\n\n' +
      '2026年5月10日，和平社区举行居民委员会换届选举，社区登记选民3,260人，参加投票的选民2,415人，收回选票2,415张，有效票2,398张，无效票17张。\n' +
      '主任：蒋丽萍，得票1,690票\n' +
      '蒋丽萍当选为居民委员会主任。\n' +
      '居务监督委员会由居民代表会议选举产生，应到居民代表56人，实到居民代表52人，发出选票52张，收回选票52张，有效票52张。\n' +
      `主任：陈立华，得票${chair}票\n` +
      '陈立华当选为居务监督委员会主任。\n';
    expect(alarms(text('40'), true)).toEqual([]);
    expect(alarms(text('26'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 26/27']);
  });

  it('sums the supervisory chairs against that body’s own valid ballots', () => {
    const text = (chair: string) =>
      VILLAGERS +
      '4月21日上午，石桥村召开村民代表会议，推选产生村务监督委员会，应到村民代表40人，实到村民代表38人，收回选票38张，有效票38张。\n' +
      `主任 叶文清 ${chair}票\n` +
      '主任 覃小龙 14票\n' +
      '叶文清当选为村务监督委员会主任。\n';
    expect(alarms(text('24'), true)).toEqual([]);
    expect(alarms(text('27'), true)).toEqual(['ANNOUNCED_SUM_MISMATCH 41/38']);
  });

  it('keeps the committee’s own post lines after a sentence naming the body only as the one overseeing the vote', () => {
    const text =
      '清溪村村民委员会换届选举结果公告\n\n' +
      '2026年4月18日，清溪村举行村民委员会换届选举，全村登记选民1,702人，参加投票的选民1,488人，收回选票1,488张，有效票1,473张，无效票15张。本次选举在村务监督委员会的全程监督下进行。\n' +
      '主任：邹国强，得票705票；章立，得票520票\n' +
      '邹国强当选为村民委员会主任。\n';
    expect(alarms(text, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 705/745']);
  });
});

describe('the supervisory chair’s votes after the declaration', () => {
  const text = (votes: string, account = true) =>
    '石桥村村民委员会和村务监督委员会换届选举结果公告\n\n' +
    '2026年3月12日，石桥村举行第十二届村民委员会换届选举，全村登记选民1,820人，参加投票的选民1,604人，收回选票1,604张，有效票1,590张，无效票14张，选举有效。王建国当选村民委员会主任，得票1,012票。\n' +
    (account
      ? '同日，村务监督委员会由户代表选举产生，参加投票的户代表1,420人，收回选票1,420张，有效票1,402张，无效票18张。'
      : '') +
    `李强当选村务监督委员会主任，得票${votes}票。\n`;

  it('reads them as the supervisory chair’s', () => {
    expect(voteRows(text('790'))).toContainEqual(['李强', '主任', 790]);
  });

  it('judges them by that body’s own ballots', () => {
    expect(alarms(text('790'), true)).toEqual([]);
    expect(alarms(text('690'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 690/711']);
  });

  it('never judges them by the villagers’ ballots where the body states none', () => {
    expect(alarms(text('700', false), true)).toEqual([]);
  });
});

describe('posts under a sentence electing the supervisory committee after the committee’s vote', () => {
  const after = (clause: string, chair: string) =>
    VILLAGERS +
    `村民委员会选举结束后，${clause}，参加投票的选民仍为1,604人。\n` +
    `主任：李强，得票${chair}票\n` +
    '委员：陈静（女），得票1,046票；何军，得票957票\n' +
    '李强当选为村务监督委员会主任，陈静、何军当选为村务监督委员会委员。\n';

  it('never sums the supervisory chair with the committee’s against the villagers’ valid ballots', () => {
    expect(alarms(after('村民会议接着选举村务监督委员会', '1,108'), true)).toEqual([]);
    expect(alarms(after('村民会议随即选出村务监督委员会成员', '1,108'), true)).toEqual([]);
  });

  it('keeps the committee’s posts its own where the supervisory committee only oversees the vote', () => {
    const text =
      '石桥村村民委员会换届选举结果公告\n\n' +
      '2026年3月12日，石桥村举行村民委员会换届选举，全村登记选民1,820人，参加投票的选民1,604人，收回选票1,604张，有效票1,590张，无效票14张。本次选举村务监督委员会全程监督。\n' +
      '主任：王建国，得票1,212票；赵平，得票560票\n' +
      '王建国当选为村民委员会主任。\n';
    expect(alarms(text, true)).toHaveLength(1);
  });
});
