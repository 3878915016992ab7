import { describe, expect, it } from 'vitest';
import { reportAlone, unread, work } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { reportUnreadFigures } from './report-unread.js';

/**
 * What the report tells an observer of a figure it judged or left unread, in plain words (zh and en):
 * which bases make a share of an open base right, the chair's one seat, the body a winner is elected to.
 * Every number and name here is invented.
 */

const villages = [
  '柳河镇各村村委会主任选举结果',
  '村名 登记选民 参加投票 主任当选人 得票 得票率',
  '北坡村 1480 1312 周明 1050 80.0%',
  '河湾村 1190 1034 吴芳 828 81.1%',
  '合计 2670 2346 — — —',
].join('\n');

describe('a bare 得票率 right of some base the text leaves open', () => {
  it('says which bases make it right and which wrong, in the report and its finding', () => {
    const section = reportAlone(villages, true).announcement;
    const entry = section?.unread.find((one) => one.text === '81.1%');
    // 828 of 1,021 valid ballots is 81.097…%: right; of the 1,034 voters 80.08%, of the 1,190 registered 69.58%.
    expect(entry?.bases?.map((base) => [base.from, base.to, base.right])).toEqual([
      [1190, 1190, false],
      [1034, 1034, false],
      [828, 1034, true],
    ]);
    expect(entry?.bases?.[2]?.gives).toEqual({ from: 1020, to: 1021 });
    expect(entry?.work.en).toContain(
      'right if it is of the valid ballots (not stated; if they number 1,020 to 1,021); wrong if of the registered voters (“登记选民”, 1,190) or of the voters who took part (“参加投票”, 1,034)',
    );
    expect(entry?.work.zh).toContain('若是占有效票数（文中未写；为1020至1021时）的比例则对');
    const listed = reportUnreadFigures(readAnnouncementText(villages), 'en').find(
      (finding) => finding.where?.text === '81.1%',
    );
    expect(listed?.message).toContain('wrong if of the registered voters (“登记选民”, 1,190)');
    // The Chinese report names the headings as the table does.
    expect(entry?.work.zh).toContain('若是占登记选民1190或参加投票1034的比例则不对');
  });

  it('still raises no alarm on it', () => {
    const report = reportAlone(villages, true);
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });
});

const chairBallot = [
  '柳河村村民委员会选举结果公告',
  '2026年5月9日，柳河村召开选举大会，全村登记选民1,380人，参加投票选民1,204人，选举有效。发出选票1,204张，收回选票1,204张，其中有效票1,190张，无效票14张。',
  '主任选票计票结果：郑国平702票，许海涛415票，另选他人33票，弃权19票。郑国平当选为村民委员会主任。',
].join('\n');

describe('the chair’s ballot summed with 另选他人 and 弃权', () => {
  it('does not list a count it sums as a number not checked', () => {
    expect(unread(chairBallot).map(([text]) => text)).not.toContain('33');
  });

  it('says the chair has one seat, which is why the sum must hold', () => {
    const sum = work(chairBallot).judged.find((one) => one.rule === 'partition');
    expect(sum?.right).toBe(true);
    expect(sum?.work.en).toMatch(/^The chair has one seat, so a valid ballot gives it one vote at most/);
    expect(sum?.work.zh).toMatch(/^主任只有一个职位，每张有效票对主任最多投一票/);
  });
});

const supervisors = [
  '石门村第十二届村民委员会和村务监督委员会选举结果公告',
  '一、村民委员会选举',
  '2026年4月18日，石门村召开选举大会。全村登记选民1,520人，参加投票的选民1,366人，发出选票1,366张，收回选票1,364张，其中有效票1,350张，无效票14张，选举有效。',
  '主任：丁家明，得票820票，当选；',
  '田立新，得票480票。',
  '二、村务监督委员会选举',
  '2026年4月20日，石门村召开村民代表会议，推选村务监督委员会。应到村民代表41人，实到村民代表38人，发出选票38张，收回选票38张，其中有效票37张，无效票1张。',
  '主任：韦成林，得票26票，当选；',
  '覃永刚，得票11票。',
].join('\n');

describe('a supervisory committee’s winner judged by its own ballots', () => {
  it('names the body in the work, zh and en', () => {
    const report = reportAlone(supervisors, true);
    const line = report.announcement?.judged.find(
      (one) => one.rule === 'winner-threshold' && one.text.includes('韦成林'),
    );
    expect(line?.work.en).toMatch(
      /^The village affairs supervisory committee \(村务监督委员会\): 韦成林 26 votes/,
    );
    expect(line?.work.zh).toMatch(/^村务监督委员会：韦成林得票26/);
  });
});

describe('a re-election rate naming no base', () => {
  it('is listed unread with its own reason, never as a share of a count not stated', () => {
    const text = ['马坪镇村委会换届选举情况', '全镇本届共选出村委会成员58人，连任38人，留任比例63.3%。'].join(
      '\n',
    );
    expect(unread(text)).toContainEqual(['63.3%', 'reelection-rate']);
    const section = reportAlone(text, true).announcement;
    expect(section?.unread.find((one) => one.text.includes('63.3%'))?.work.en).toContain(
      "may be of the last term's members or of this term's",
    );
    expect(section?.unread.some((one) => one.reason === 'counts-not-stated')).toBe(false);
  });
});
