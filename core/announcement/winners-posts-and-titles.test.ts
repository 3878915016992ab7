import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, electedRows, reportAlone, unread, work } from './corpus/read-shapes.js';

/**
 * How winners are declared with their posts and titles: posts in brackets after the names (`当选人：王林（主任）、
 * 李红（副主任）`), 分别当选为 with a list of posts, a section's numeral before the names (`四、王林、李红…当选`), and
 * `同志` after a name. Junk words where a name stands (同志, 候选人, 女性) are no one's.
 */

/** 1230 voters, 1223 valid ballots: a winner needs at least 616 votes. */
const COUNTS =
  '溪口村第十二届村民委员会选举结果公告\n2026年5月18日，溪口村召开选举大会。本村登记选民1492人，参加投票选民1230人，参选率82.44%，选举有效。共发出选票1230张，收回选票1230张，其中有效票1223张，无效票7张。\n';

const VOTES = (chair: number) =>
  `三、王林得票${chair}票，孙伟得票352票；李红得票796票；赵强得票765票，周敏得票402票。\n`;

describe('posts in brackets after the names of a list of winners', () => {
  it('declares each name to its post under 当选人：, and judges it by its votes', () => {
    const text = (chair: number) =>
      `${COUNTS}${VOTES(chair)}四、当选人：王林（主任）、李红（副主任）、赵强（委员）。\n`;
    expect(electedRows(text(850))).toEqual([
      ['主任', ['王林']],
      ['副主任', ['李红']],
      ['委员', ['赵强']],
    ]);
    expect(alarmCodes(text(850))).toEqual([]);
    expect(alarms(text(550), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 550/616']);
  });

  it('reads 当选人员： with the committee’s name in the brackets, and a name with no post among them', () => {
    const text = `${COUNTS}${VOTES(1004)}四、当选人员：王林（村委会主任）、李红、赵强（村委会委员）。\n`;
    expect(electedRows(text)).toEqual([
      ['主任', ['王林']],
      [null, ['李红']],
      ['委员', ['赵强']],
    ]);
  });

  it('declares the names before 当选为…成员 each to the post in its bracket', () => {
    const text = (member: number) =>
      `${COUNTS}三、王林得票850票，李红得票796票，赵强得票${member}票，孙伟得票402票。\n四、王林（主任）、李红（副主任）、赵强（委员）当选为第十二届村民委员会成员。\n`;
    expect(electedRows(text(765))).toEqual([
      ['主任', ['王林']],
      ['副主任', ['李红']],
      ['委员', ['赵强']],
    ]);
    expect(alarmCodes(text(765))).toEqual([]);
    expect(alarms(text(590), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 590/616']);
  });

  it('declares no one whose bracket or name is no post or person (junk words, votes in the bracket)', () => {
    expect(electedRows(`${COUNTS}当选人：同志（主任）、候选人（委员）、女性（委员）。\n`)).toEqual([]);
    expect(electedRows(`${COUNTS}${VOTES(1004)}当选人：王林（主任，得票1,004票）、李红（委员）。\n`)).toEqual(
      [],
    );
    // A post after 当选 the brackets would contradict: the declaration names no one the reader can tell.
    const contradicted = `${COUNTS}${VOTES(1004)}王林（主任）、李红（副主任）当选为村民委员会委员。\n`;
    expect(electedRows(contradicted)).toEqual([]);
    expect(unread(contradicted)).toContainEqual(['当选', 'not-a-name']);
  });
});

describe('分别当选为 with a list of posts', () => {
  it('gives each name the post in its place', () => {
    const text = `${COUNTS}三、王林得票1,004票，李红得票850票，赵强得票765票。王林、李红、赵强分别当选为村民委员会主任、副主任、委员。\n`;
    expect(electedRows(text)).toEqual([
      ['主任', ['王林']],
      ['副主任', ['李红']],
      ['委员', ['赵强']],
    ]);
    const respective = `${COUNTS}三、经投票，王林、李红、赵强分别以1,004票、850票、565票当选为主任、副主任、委员。\n`;
    expect(electedRows(respective)).toEqual([
      ['主任', ['王林']],
      ['副主任', ['李红']],
      ['委员', ['赵强']],
    ]);
    expect(reportFindings(respective)).toEqual([['ANNOUNCED_WINNER_MISMATCH', '赵强', '委员']]);
  });

  it('attaches no post where the posts are not as many as the names, or 分别 is not said', () => {
    const fewer = `${COUNTS}三、王林得票1,004票，李红得票850票，赵强得票765票。王林、李红、赵强分别当选为村民委员会主任、委员。\n`;
    expect(electedRows(fewer)).toEqual([[null, ['王林', '李红', '赵强']]]);
    const unsaid = `${COUNTS}三、王林得票1,004票，李红得票850票。王林、李红当选为主任、副主任。\n`;
    expect(electedRows(unsaid)).toEqual([[null, ['王林', '李红']]]);
    // 一肩挑: one post of the committee after another body's is no list of the committee's posts.
    const both = `${COUNTS}三、王林得票1,004票。王林当选为村党支部书记、村委会主任。\n`;
    expect(electedRows(both)).toEqual([['主任', ['王林']]]);
  });
});

describe('a section’s numeral before the names of a declaration', () => {
  it('is no name: 四、王林、李红… and （五）王林同志… declare the names', () => {
    const text = (member: number) =>
      `${COUNTS}三、王林得票1,004票，李红得票${member}票，赵强得票765票，孙伟得票212票。\n四、王林、李红、赵强分别当选为村民委员会主任、副主任、委员。\n`;
    expect(electedRows(text(850))).toHaveLength(3);
    expect(alarms(text(600), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 600/616']);
    const titled = `${COUNTS}三、主任候选人得票：王林同志604票，孙伟同志212票。\n（五）王林同志当选为村委会主任。\n`;
    expect(electedRows(titled)).toEqual([['主任', ['王林']]]);
    expect(alarms(titled, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 604/616']);
  });
});

describe('同志 after a name', () => {
  it('is no qualifier: the votes are compared with the valid ballots, the chair’s summed', () => {
    const text = (loser: number) =>
      `${COUNTS}三、主任候选人王林同志得票620票，主任候选人孙伟同志得票${loser}票。王林同志当选为村委会主任。\n`;
    expect(work(text(210)).judged.some((figure) => figure.text === '王林同志得票620票' && figure.right)).toBe(
      true,
    );
    expect(alarmCodes(text(210))).toEqual([]);
    // The winner with fewer votes than the one who lost: together more than the valid ballots.
    expect(alarmCodes(text(640))).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('names no one when it stands alone where a name would', () => {
    expect(electedRows(`${COUNTS}同志得票850票，候选人当选为主任。女性当选为委员。\n`)).toEqual([]);
  });
});

describe('a woman member named after the winners', () => {
  it('creates no second winner', () => {
    const text = (member: number) =>
      `${COUNTS}三、应选村民委员会成员3名。王林得票1,004票，当选为主任；李红得票850票，赵强得票${member}票，当选为委员，其中女性委员李红。\n`;
    expect(electedRows(text(765))).toEqual([
      ['主任', ['王林']],
      ['委员', ['李红', '赵强']],
    ]);
    expect(alarmCodes(text(765))).toEqual([]);
    expect(alarms(text(590), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 590/616']);
  });
});

/** The warnings and errors checked alone by cn-village, as code, the winner and the post its message names. */
function reportFindings(text: string): (string | null)[][] {
  return reportAlone(text, true)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => [
      finding.code,
      finding.candidate,
      /elected (\S+) with/.exec(finding.message)?.[1] ?? null,
    ]);
}
