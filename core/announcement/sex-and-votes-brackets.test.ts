import { describe, expect, it } from 'vitest';
import { alarmCodes, electedRows, judged, reportAlone, unread, voteRows } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { plainVotes } from './comparable-mentions.js';

/**
 * Invented notices (issue #15): the sex and the votes in one bracket after a winner, a post glued before a
 * name in a sentence of no votes, and 连任 with no votes before it.
 */

/** 1300 voters, 1290 valid ballots, three seats: a winner needs more than 650 votes, one woman at least. */
const COUNTS =
  '青山村第十二届村民委员会选举结果公告\n应选村民委员会成员3名。本村登记选民1500人，参加投票的选民1300人，收回选票1300张，有效票1290张，无效票10张。\n';

describe('the sex and the votes in one bracket after a winner', () => {
  it('reads each name’s votes and declares the whole list (李梅（女，得票1021票）、赵强（男，得票998票）当选)', () => {
    const text = `${COUNTS}张伟（男，得票1100票）当选为主任，李梅（女，得票1021票）、赵强（男，得票998票）当选为委员。`;
    expect(voteRows(text)).toEqual([
      ['张伟', null, 1100],
      ['李梅', null, 1021],
      ['赵强', null, 998],
    ]);
    expect(electedRows(text)).toEqual([
      ['主任', ['张伟']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(alarmCodes(text)).toEqual([]);
    expect(readAnnouncementText(text).sexMarks?.map((mark) => `${mark.before}${mark.sex}`)).toEqual([
      '张伟男',
      '李梅女',
      '赵强男',
    ]);
  });

  it('reads the votes without 得票, with their share, and past age, party and schooling', () => {
    expect(voteRows(`${COUNTS}李梅（女，1021票）、赵强（男，998票）当选为委员。`)).toEqual([
      ['李梅', null, 1021],
      ['赵强', null, 998],
    ]);
    const described = `${COUNTS}李梅（女，45岁，中共党员，大专，得票1021票）、赵强（男，38岁，得票998票，得票率76.8%）当选为委员。`;
    expect(voteRows(described)).toEqual([
      ['李梅', null, 1021],
      ['赵强', null, 998],
    ]);
    expect(electedRows(described)).toEqual([['委员', ['李梅', '赵强']]]);
    // The ages are ages, listed as such, never votes.
    expect(unread(described)).toEqual([
      ['45', 'age'],
      ['38', 'age'],
    ]);
  });

  it('flags a committee of men and a winner below half in this shape', () => {
    const men = `${COUNTS}张伟（男，得票1100票）当选为主任，李梅（男，得票1021票）、赵强（男，得票998票）当选为委员。`;
    expect(alarmCodes(men)).toEqual(['WOMEN_QUOTA_UNMET']);
    const low = `${COUNTS}张伟（男，得票1100票）当选为主任，李梅（女，得票1021票）、赵强（男，38岁，得票598票）当选为委员。`;
    expect(alarmCodes(low)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads no votes from a bracket of age and party alone, and declares its names', () => {
    const text = `${COUNTS}张伟（男，50岁，中共党员）当选为主任，李梅（女，45岁）、赵强（男，大专）当选为委员。`;
    expect(voteRows(text)).toEqual([]);
    expect(electedRows(text)).toEqual([
      ['主任', ['张伟']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(
      electedRows(`${COUNTS}经选举，由张伟（男，50岁）当选为主任，其中李梅（女，45岁）当选为委员。`),
    ).toEqual([
      ['主任', ['张伟']],
      ['委员', ['李梅']],
    ]);
    // Before, the candidate whose votes stood before the bracket was declared in her place.
    expect(electedRows(`${COUNTS}张伟得票1100票，李梅（女，45岁）当选为委员。`)).toEqual([
      ['委员', ['李梅']],
    ]);
  });

  it('gives a share in the bracket of a person whose votes are not stated to no one', () => {
    const text = `${COUNTS}张伟得票1100票，当选为主任；李梅（女，得票率79.2%）、赵强（男，得票率77.4%）当选为委员。`;
    expect(alarmCodes(text)).toEqual([]);
    expect(unread(text)).toEqual([
      ['79.2%', 'no-base'],
      ['77.4%', 'no-base'],
    ]);
    expect(electedRows(text)).toEqual([
      ['主任', ['张伟']],
      ['委员', ['李梅', '赵强']],
    ]);
  });
});

describe('a post glued before a name in a sentence of no votes', () => {
  const TEXT =
    '本村登记选民1500人，参加投票1250人，收回选票1248张，其中有效票1236张，无效票12张。\n主任：张建华得票1002票，当选。\n委员：李秀英得票980票，王强得票901票，赵丽得票846票，当选。\n本次选举超过半数，选举有效；主任张建华得票率';
  it('judges the share of the post’s votes (主任张建华得票率80.6%)', () => {
    expect(alarmCodes(`${TEXT}80.6%。`)).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
    expect(alarmCodes(`${TEXT}80.2%。`)).toEqual([]);
  });
});

describe('连任 with no votes before it', () => {
  const VOTES = `${COUNTS}主任候选人张伟得票1100票，王五得票180票；委员候选人李梅得票1021票，赵强得票998票。\n`;
  it('declares the names opening their clause with the post after 连任', () => {
    expect(electedRows(`${VOTES}张伟连任村委会主任，李梅、赵强连任村民委员会委员。`)).toEqual([
      ['主任', ['张伟']],
      ['委员', ['李梅', '赵强']],
    ]);
    const low = `${COUNTS}主任候选人张伟得票600票，王五得票180票。\n张伟连任村委会主任。`;
    expect(alarmCodes(low)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares no one by 连任 of terms served, failed, or a rate', () => {
    for (const said of [
      '王五连任村委会主任，至今已9年，本次落选。',
      '王五已连任三届村委会主任。',
      '王五连任三届。',
      '原主任王五以180票连任失败。',
      '本届村委会成员连任率为66.7%。',
    ])
      expect(electedRows(`${VOTES}${said}`)).toEqual([]);
  });
});

describe('winners listed after 当选主任： with the sex and the votes in one bracket', () => {
  /** 1,320 voters, 1,300 valid ballots: a winner needs at least 661 votes. */
  const HEAD =
    '某村第十二届村民委员会选举结果公告\n本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张。\n';
  const listed = (chair: number) =>
    `${HEAD}当选主任：张建华（男，得票${chair}票）\n当选委员：李梅（女，得票1021票）、赵强（男，得票998票）\n`;
  const winners = (text: string) =>
    judged(text).filter(([rule]) => rule === 'winner-threshold' || rule === 'votes-within-ballots');

  it('declares each name and judges its votes as 张建华得票1021票 is judged', () => {
    expect(electedRows(listed(1021))).toEqual([
      ['主任', ['张建华']],
      ['委员', ['李梅', '赵强']],
    ]);
    expect(reportAloneThreshold(listed(1021))).toEqual([
      ['张建华（男，得票1021票）', true],
      ['李梅（女，得票1021票）', true],
      ['赵强（男，得票998票）', true],
    ]);
    expect(winners(listed(1021))).toEqual([
      ['votes-within-ballots', '张建华（男，得票1021票）', true],
      ['votes-within-ballots', '李梅（女，得票1021票）', true],
      ['votes-within-ballots', '赵强（男，得票998票）', true],
    ]);
    expect(alarmCodes(listed(1021))).toEqual([]);
    // As the plain shape: 600 of 1,320 voters is not more than half.
    expect(alarmCodes(listed(600))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarmCodes(`${HEAD}张建华得票600票，当选为主任。`)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('compares with the valid ballots the votes after the description, not those of a qualifier', () => {
    expect(winners(`${HEAD}李梅（女，45岁，中共党员，得票1021票）当选为委员。`)).toEqual([
      ['votes-within-ballots', '李梅（女，45岁，中共党员，得票1021票）', true],
    ]);
    expect(winners(`${HEAD}杨建华，男，47岁，高中文化，得票1106票，当选为主任。`)).toEqual([
      ['votes-within-ballots', '杨建华，男，47岁，高中文化，得票1106票', true],
    ]);
  });

  it('keeps apart votes a word qualifies (连任, 女性选民, 委托投票), the sex before it aside', () => {
    const read = readAnnouncementText(`${HEAD}李梅（女，得票1021票）当选为委员。`).figures.find(
      (figure) => figure.kind === 'votes',
    );
    if (read?.kind !== 'votes') throw new Error('no votes read');
    const axis = (text: string) => plainVotes({ ...read, origin: { ...read.origin, text } })?.axis ?? null;
    expect(axis('李梅（女，得票1021票）')).toBeNull();
    expect(axis('李梅，女，汉族，得票1021票')).toBeNull();
    expect(axis('李梅（连任，得票1021票）')).toBe('qualifier');
    expect(axis('李梅（女，委托投票得票1021票）')).toBe('qualifier');
    expect(axis('李梅女性选民得票1021票')).toBe('qualifier');
    expect(axis('李梅，女性选民得票1021票')).toBe('qualifier');
  });

  it('declares no one from a list whose bracket holds votes of another name or none', () => {
    expect(electedRows(`${HEAD}当选委员：李梅（女，45岁）、赵强（男，得票998票）\n`)).toEqual([]);
    expect(electedRows(`${HEAD}当选委员：李梅（女，得票1021票、赵强\n`)).toEqual([]);
  });
});

/** Each winner's votes judged against the threshold (the pack's rule), as `check --rules cn-village` does. */
function reportAloneThreshold(text: string) {
  return (reportAlone(text, true).announcement?.judged ?? [])
    .filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.text, figure.right]);
}
