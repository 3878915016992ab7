import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { ContestResult, Turnout } from '../model/report.js';
import { compareAnnouncement } from './compare-announcement.js';
import { readAnnouncementJson } from './read-announcement-json.js';
import { readAnnouncementText } from './read-announcement-text.js';

// A recount as core/recount reports it, written out by hand: 1322 cast of 1860, 13 void.
const turnout: Turnout = {
  registered: 1860,
  cast: 1322,
  issued: 1322,
  invalid: 13,
  valid: 1309,
  quorumMet: true,
  electionValid: true,
};
const chair: ContestResult = {
  id: 'chair',
  name: '主任',
  seats: 1,
  validBallots: 1309,
  blank: 0,
  candidates: [
    { id: 'wang-lin', name: '王林', votes: 811, writeIn: false, elected: true },
    { id: 'li-hua', name: '李华', votes: 498, writeIn: false, elected: false },
  ],
  elected: ['wang-lin'],
  unfilledSeats: 0,
  votesNeeded: 662,
};
const member: ContestResult = {
  id: 'member',
  name: '委员',
  seats: 2,
  validBallots: 1309,
  blank: 9,
  candidates: [
    { id: 'chen-mei', name: '陈梅', gender: 'female', votes: 900, writeIn: false, elected: true },
    { id: 'sun-tao', name: '孙涛', votes: 700, writeIn: false, elected: true },
    { id: 'zhou-qing', name: '周青', votes: 600, writeIn: false, elected: false },
  ],
  elected: ['chen-mei', 'sun-tao'],
  unfilledSeats: 0,
  votesNeeded: 662,
};
const recount = { turnout, contests: [chair, member] };
const election: Election = {
  name: '希望村',
  rules: 'cn-village',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林' },
        { id: 'li-hua', name: '李华' },
      ],
    },
    {
      id: 'member',
      name: '委员',
      seats: 2,
      candidates: [
        { id: 'chen-mei', name: '陈梅' },
        { id: 'sun-tao', name: '孙涛' },
        { id: 'zhou-qing', name: '周青' },
      ],
    },
  ],
};

const compareText = (text: string) =>
  compareAnnouncement(readAnnouncementText(text, election), recount, election, 'zh').map((finding) => [
    finding.code,
    finding.contest,
    finding.candidate,
    finding.expected,
    finding.found,
    finding.where?.text,
  ]);

describe('compareAnnouncement', () => {
  it('finds nothing when the announcement states what the recount found', () => {
    expect(
      compareText(
        '登记选民1860人，参加投票1322人。发出选票1322张，收回选票1322张，有效票1309张，无效票13张。' +
          '主任：王林811票，李华498票。委员：陈梅900票，孙涛700票，周青600票，弃权9票。王林当选为主任。陈梅、孙涛当选为委员。',
      ),
    ).toEqual([]);
  });

  it('reports each differing figure with the recount as expected and the announcement as found', () => {
    expect(compareText('参加投票1322人，有效票1310张，无效票12张。主任：王林812票，李华498票。')).toEqual([
      ['ANNOUNCED_MISMATCH', null, null, 1309, 1310, '有效票1310张'],
      ['ANNOUNCED_MISMATCH', null, null, 13, 12, '无效票12张'],
      ['ANNOUNCED_MISMATCH', 'chair', 'wang-lin', 811, 812, '王林812票'],
    ]);
  });

  it('finds the contest of a name stated without one', () => {
    expect(compareText('周青得票601票。')).toEqual([
      ['ANNOUNCED_MISMATCH', 'member', 'zhou-qing', 600, 601, '周青得票601票'],
    ]);
  });

  it('reports a winner the rules do not elect, and one they elect that is not announced', () => {
    const findings = compareAnnouncement(
      readAnnouncementText('陈梅、周青当选为委员。', election),
      recount,
      election,
      'en',
    );
    expect(
      findings.map((finding) => [
        finding.code,
        finding.severity,
        finding.contest,
        finding.candidate,
        finding.expected,
        finding.found,
      ]),
    ).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', 'error', 'member', 'zhou-qing', '陈梅、孙涛', '陈梅、周青'],
      ['ANNOUNCED_WINNER_MISMATCH', 'error', 'member', 'sun-tao', '陈梅、孙涛', '陈梅、周青'],
    ]);
    expect(findings[0]?.message).toBe(
      'The notice declares 周青 elected 委员, but the rules do not elect them (recounted votes 600; a seat needs at least 662)',
    );
    expect(findings[0]?.where).toEqual({ span: [0, 10], text: '陈梅、周青当选为委员' });
  });

  it('reports anyone announced elected in a void election', () => {
    const voided = {
      turnout: { ...turnout, quorumMet: false, electionValid: false },
      contests: [{ ...chair, elected: [], unfilledSeats: 1 }, member],
    };
    const findings = compareAnnouncement(
      readAnnouncementText('王林当选为主任。', election),
      voided,
      election,
      'zh',
    );
    expect(findings.map((finding) => [finding.code, finding.candidate])).toEqual([
      ['ANNOUNCED_WINNER_MISMATCH', 'wang-lin'],
    ]);
  });

  it('compares a structured announcement the same way, pointing at JSON paths', () => {
    const read = readAnnouncementJson(
      'announcement.json',
      new TextEncoder().encode(
        JSON.stringify({
          ballotsReturned: 1322,
          contests: { chair: { votes: { 王林: 812, 'li-hua': 498 }, elected: ['王林'] } },
        }),
      ),
    );
    if (!read.ok) throw new Error('fixture must read');
    const findings = compareAnnouncement(read.value, recount, election, 'en');
    expect(
      findings.map((finding) => [
        finding.code,
        finding.candidate,
        finding.expected,
        finding.found,
        finding.where,
      ]),
    ).toEqual([
      [
        'ANNOUNCED_MISMATCH',
        'wang-lin',
        811,
        812,
        { file: 'announcement.json', text: '$.contests.chair.votes["王林"]' },
      ],
    ]);
  });

  it('counts votes announced for someone the recount has none for', () => {
    expect(compareText('主任：王林811票，赵六3票。')).toEqual([
      ['ANNOUNCED_MISMATCH', 'chair', '赵六', 0, 3, '赵六3票'],
    ]);
  });

  it('leaves a name in letters beside candidates in characters unread, in every comparison', () => {
    // Wang Lin may be 王林 spelt in pinyin: never "the recount has 0".
    const json = (contests: unknown) =>
      new TextEncoder().encode(JSON.stringify({ format: 'tallywitness.announcement/1', contests }));
    const figures = readAnnouncementJson(
      'a.json',
      json({ chair: { votes: { 'Wang Lin': 811 }, elected: ['Wang Lin'] } }),
    );
    if (!figures.ok) throw new Error('unreadable');
    const findings = compareAnnouncement(figures.value, recount, election, 'en');
    expect(findings.map((finding) => [finding.code, finding.where?.text])).toEqual([
      ['UNREAD_FIGURE', '$.contests.chair.votes["Wang Lin"]'],
      ['UNREAD_FIGURE', '$.contests.chair.elected'],
    ]);
    expect(findings[1]?.messages.en).toBe(
      "The notice's declaration of winners “$.contests.chair.elected” names “Wang Lin”, whom no candidate or written-in name of the recount matches with certainty, and was not compared with the recount",
    );
    // A share of a name in letters is not judged either (it was 0 of 1309, 0%, before).
    expect(compareText('Wang Lin received 811 votes (61.4% of the valid ballots).')).toEqual([
      ['UNREAD_FIGURE', null, null, null, 'Wang Lin received 811 votes', 'Wang Lin received 811 votes'],
      ['UNREAD_FIGURE', null, null, null, '61.4%', '61.4%'],
    ]);
  });

  it('leaves a name held by no contest, with no contest named, unread', () => {
    expect(compareText('赵六得票3票。')).toEqual([
      ['UNREAD_FIGURE', null, null, null, '赵六得票3票', '赵六得票3票'],
    ]);
  });

  it('judges stated shares by the recount, even when their counts are not stated', () => {
    // 1322 / 1860 = 71.0752…%; 811 / 1322 = 61.3464…%.
    expect(compareText('参选率71.1%。王林得票811票，得票率61.3%。')).toEqual([]);
    expect(compareText('参选率72%。王林得票811票，得票率61.4%。')).toEqual([
      ['ANNOUNCED_MISMATCH', null, null, '71%', '72%', '参选率72%'],
      ['ANNOUNCED_MISMATCH', 'chair', 'wang-lin', '61.3%', '61.4%', '得票率61.4%'],
    ]);
  });

  it('finds no mismatch in a candidate’s share that is right of the recount’s valid ballots', () => {
    // 811 / 1309 valid = 61.9556…%: 62.0% is right of those, though 811 / 1322 cast is 61.3464…%.
    expect(compareText('王林得票811票，得票率62.0%。')).toEqual([]);
    expect(compareText('王林得票811票，得票率63.0%。')).toEqual([
      ['ANNOUNCED_MISMATCH', 'chair', 'wang-lin', '61.3%', '63.0%', '得票率63.0%'],
    ]);
  });
});
