import { describe, expect, it } from 'vitest';
import { reportAlone } from '../announcement/corpus/read-shapes.js';
import { readAnnouncementText } from '../announcement/read-announcement-text.js';
import { auditAnnouncementAlone } from '../audit/index.js';
import { evaluateElection } from '../recount/evaluate-election.js';
import { electionFixture } from '../recount/testing/election-fixture.js';
import type { UncertainBallots } from '../model/uncertain-ballots.js';
import { getRulePack } from '../rules/registry.js';
import { buildReport } from './build-report.js';
import { quorumStatus } from './quorum-status.js';
import { renderReportText } from './render-report-text.js';
import { reportFromAnnouncement } from './report-from-announcement.js';
import { announcedCounts } from './testing/announced-counts.js';

/** A one-contest election of 100 voters (or an unstated electorate) with `returned` ballots cast. */
function report(
  rules: string,
  registeredVoters: number | undefined,
  returned: number,
  uncertain?: UncertainBallots,
) {
  const { election, sheets, tally } = electionFixture({
    rules,
    ...(registeredVoters !== undefined ? { registeredVoters } : {}),
    contests: [
      {
        id: 'chair',
        seats: 1,
        candidates: [
          ['a', '邱文红', 'female'],
          ['b', '顾凤德', 'male'],
        ],
      },
    ],
    boxes: [{ box: 'central', issued: returned, returned, invalid: 0 }],
    votes: { central: { chair: { a: returned - 10, b: 10 } } },
  });
  const pack = getRulePack(rules);
  if (!pack) throw new Error(`no pack ${rules}`);
  const evaluation = evaluateElection({
    election,
    pack,
    sheets,
    tally,
    lang: 'en',
    ...(uncertain ? { uncertain } : {}),
  });
  return buildReport({ election, evaluation, inputs: [], lang: 'en' });
}

const turnoutLine = (text: string) => text.split('\n')[4]!;

describe('quorumStatus and the text report', () => {
  it('tells a quorum met from one missed, against the registered voters', () => {
    const met = report('cn-village', 100, 60);
    expect(quorumStatus(met)).toBe('met');
    expect(turnoutLine(renderReportText(met, 'en'))).toContain('quorum met: yes');
    const missed = report('cn-village', 100, 40);
    expect(quorumStatus(missed)).toBe('not-met');
    expect(missed.verdict).toBe('void');
    expect(turnoutLine(renderReportText(missed, 'en'))).toContain('quorum met: no');
    expect(turnoutLine(renderReportText(missed, 'zh'))).toContain('投票人数达到法定要求: 否');
  });

  it('does not call a quorum missed when nothing states the electorate', () => {
    const unknown = report('cn-village', undefined, 60);
    // The report's yes/no stays false (it cannot be shown met), and the election is not void for it.
    expect(unknown.turnout).toMatchObject({ registered: null, quorumMet: false, electionValid: true });
    expect(quorumStatus(unknown)).toBe('electorate-unknown');
    const en = turnoutLine(renderReportText(unknown, 'en'));
    expect(en).toContain('quorum cannot be checked (registered voters unknown)');
    expect(en).not.toContain('quorum met: no');
    expect(turnoutLine(renderReportText(unknown, 'zh'))).toContain('无从核对');
  });

  it('calls a quorum undecided, neither met nor missed, where records that may be other ballots could meet it', () => {
    // 50 of 100 counted; one ballot with two differing records: 51 would be more than half.
    const doubt = {
      ballots: 1,
      records: 2,
      boxes: new Map([['central', { ballots: 1, records: 2 }]]),
      listed: [{ box: 'central', ballot: '7', lines: [8, 52], records: 2 }],
      file: 'ballots.csv',
    };
    const undecided = report('cn-village', 100, 50, doubt);
    expect(undecided.turnout).toMatchObject({ quorumMet: false, quorumUndecided: true, electionValid: true });
    expect(quorumStatus(undecided)).toBe('undecided');
    expect(undecided.verdict).toBe('discrepancies');
    const en = turnoutLine(renderReportText(undecided, 'en'));
    expect(en).toContain('quorum cannot be decided from these records (repeated ballot records differ)');
    expect(en).not.toContain('quorum met: no');
    expect(turnoutLine(renderReportText(undecided, 'zh'))).toContain('无法根据这些记录判定');
    // The verdict line says "undecided" and what to do, not only "discrepancies".
    const verdictLine = (text: string) => text.split('\n')[2]!;
    expect(verdictLine(renderReportText(undecided, 'en'))).toMatch(
      /^Verdict: Undecided: these records cannot tell whether the election is valid\. .*Find those repeated records/,
    );
    expect(verdictLine(renderReportText(undecided, 'zh'))).toMatch(
      /^结论: 结果待定：根据这些记录，无法确定选举是否有效。.*找到这些重复的记录/,
    );
  });

  it('says a pack without a quorum has none, known electorate or not', () => {
    for (const registered of [100, undefined]) {
      const plurality = report('plurality', registered, 30);
      expect(quorumStatus(plurality)).toBe('no-quorum-rule');
      expect(turnoutLine(renderReportText(plurality, 'en'))).toContain('the rules applied set no quorum');
    }
  });

  it('judges no quorum for an announcement checked alone, and prints none', () => {
    const figures = announcedCounts({ registered: 2100n, cast: 1476n });
    const alone = reportFromAnnouncement({ figures, findings: [], inputs: [], lang: 'en' });
    expect(quorumStatus(alone)).toBe('not-judged');
    const text = renderReportText(alone, 'en');
    // Only what the announcement states: no valid or void count it does not give.
    expect(turnoutLine(text)).toBe(
      'registered 2,100, issued unknown, cast 1,476 (70.3%), valid unknown, void unknown',
    );
    // The Chinese report keeps plain digits.
    expect(turnoutLine(renderReportText(alone, 'zh'))).toContain('登记选民 2100');
    expect(text.split('\n')[1]).toBe('rules: announcement-only');
    // Nor does it claim a count that agrees with rules: none were applied.
    expect(text).toContain("Verdict: no discrepancy: the notice's own figures agree");
    expect(text).not.toContain('agrees with the rules');
  });

  it('does not call a quorum missed when a notice judged alone states voters it cannot rest on', () => {
    // Written for this test: 1300 voters, fewer than the 1476 ballots returned. 1300 of 2100 would be
    // over half, yet the report's yes/no stays false: no quorum was judged, so none was missed.
    const text =
      '本村登记选民2100人，参加投票的选民1300人，收回选票1476张，其中有效票1454张，无效票22张。' +
      '主任：陈建华897票，刘国强517票。陈建华当选为本村村民委员会主任。';
    const alone = reportAlone(text, true);
    expect(alone.turnout.quorumMet).toBe(false);
    expect(alone.findings.map((finding) => finding.code)).not.toContain('TURNOUT_BELOW_QUORUM');
    expect(quorumStatus(alone)).toBe('voters-below-returned');
    expect(alone.turnout.quorumUnjudged).toBe('voters-below-returned');
    // The pack's version takes a line of its own: the turnout line is found by its start.
    const lineOf = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start))!;
    const en = lineOf(renderReportText(alone, 'en'), 'registered');
    expect(en).toContain(
      'quorum cannot be checked (the voters stated are fewer than the ballots returned: one of the two counts is wrong)',
    );
    expect(en).not.toContain('quorum met: no');
    expect(lineOf(renderReportText(alone, 'zh'), '登记选民')).toContain(
      '无从核对（公告写的参加投票人数少于收回的选票，两者必有一个有误）',
    );
    // A quorum that was judged and missed is still said to be missed.
    const missed = auditAnnouncementAlone(
      readAnnouncementText('本村登记选民2100人，参加投票的选民900人。'),
      [],
      'en',
      { pack: 'cn-village', round: 'first' },
      '2026-12-03',
    );
    if (!missed.ok) throw new Error('not audited');
    expect(quorumStatus(missed.value)).toBe('not-met');
  });

  it('says the quorum was not checked when the notice counts another electorate than the pack', () => {
    // Written for this test: an election by residents' representatives judged by the pack of all voters.
    const text =
      '本届选举由居民代表选举产生。应到居民代表76名，实到居民代表60名，收回选票60张，其中有效票59张，无效票1张。' +
      '主任：李芳52票，王强7票。李芳当选为社区居民委员会主任。';
    const judge = (pack: string) => {
      const audited = auditAnnouncementAlone(
        readAnnouncementText(text),
        [],
        'en',
        { pack, round: 'first' },
        '2026-12-03',
      );
      if (!audited.ok) throw new Error('not audited');
      return audited.value;
    };
    const alone = judge('cn-residents');
    expect(alone.turnout.quorumElectorateDiffers).toBe(true);
    expect(quorumStatus(alone)).toBe('electorate-differs');
    const en = renderReportText(alone, 'en');
    expect(en).toContain("quorum not checked (the notice's electorate is not the one the rules chosen count");
    expect(en).not.toContain('cannot be relied on');
    expect(renderReportText(alone, 'zh')).toContain('公告的选举人与所选规则计算法定人数的对象不同');
    // Judged by the representatives' pack, the quorum is judged: 60 of 76 is over two thirds.
    const representatives = judge('cn-residents:representatives');
    expect(representatives.turnout.quorumElectorateDiffers).toBeUndefined();
    expect(quorumStatus(representatives)).toBe('met');
  });

  it('says the quorum was not checked when the voters stated are a township’s sum', () => {
    // Written for this test: the township's voters, of its fourteen villages' elections together.
    const audited = auditAnnouncementAlone(
      readAnnouncementText(
        [
          '石桥镇2026年村（社区）“两委”换届选举工作情况',
          '全镇14个村（社区）全部完成村民委员会换届选举，共选出村（居）民委员会成员62人。',
          '全镇登记选民38200人，参加投票的选民33420人，参选率87.5%。',
        ].join('\n'),
      ),
      [],
      'en',
      { pack: 'cn-village', round: 'first' },
      '2026-12-03',
    );
    if (!audited.ok) throw new Error('not audited');
    expect(audited.value.turnout.quorumCountsApart).toBe(true);
    expect(quorumStatus(audited.value)).toBe('counts-apart');
    expect(renderReportText(audited.value, 'en')).toContain(
      'quorum not checked (the voters stated are the sum',
    );
    expect(renderReportText(audited.value, 'en')).not.toContain('cannot be relied on');
  });

  /** A notice written for these tests, judged alone by the villagers' pack. */
  const judgedAlone = (text: string) => reportAlone(text, true);
  const turnoutOf = (text: string, start: string) => text.split('\n').find((line) => line.startsWith(start))!;

  it('says the register is of another place than the election, not that the voters are in doubt', () => {
    // Written for this test: the only register stated is one grid's; the community states none of its own.
    // The voters (955) equal the ballots returned: nothing about them is in doubt.
    const alone = judgedAlone(
      [
        '阳光社区居民委员会选举结果公告',
        '第一网格：登记选民420人。',
        '本社区共收回选票955张，有效票948张，无效票7张。参加投票955人。',
        '主任：范志强，得票902票。',
      ].join('\n'),
    );
    expect(alone.turnout.quorumMet).toBe(false);
    expect(alone.turnout.quorumUnjudged).toBe('electorate-apart');
    expect(quorumStatus(alone)).toBe('electorate-apart');
    const en = turnoutOf(renderReportText(alone, 'en'), 'registered');
    expect(en).toContain(
      "quorum not checked (the registered voters stated are of another place, body or round than the election's own)",
    );
    expect(en).not.toContain('fewer than the ballots returned');
    expect(turnoutOf(renderReportText(alone, 'zh'), '登记选民')).toContain(
      '未加核对（公告所列的登记选民数是另一地方、另一机构或另一轮选举的，不是本次选举的）',
    );
  });

  it('says the voters are named only by 参选, not that they are fewer than the ballots returned', () => {
    // Written for this test: 参选的有1300人 may be those who stood; the ballots returned are not stated.
    const alone = judgedAlone(
      '本村登记选民2100人，参选的有1300人。主任：陈建华897票，刘国强400票。陈建华当选为本村村民委员会主任。',
    );
    expect(quorumStatus(alone)).toBe('voters-by-standing');
    expect(turnoutOf(renderReportText(alone, 'en'), 'registered')).toContain(
      'quorum cannot be checked (the voters are named only by 参选',
    );
  });

  it('says only that the quorum was not checked when a report records no reason', () => {
    // A report written before the reason was recorded: no reason is made up for it.
    const alone = judgedAlone(
      '本村登记选民2100人，参加投票的选民1300人，收回选票1476张，其中有效票1454张，无效票22张。',
    );
    const { quorumUnjudged: _reason, ...turnout } = alone.turnout;
    const older = { ...alone, turnout };
    expect(quorumStatus(older)).toBe('unjudged');
    expect(turnoutOf(renderReportText(older, 'en'), 'registered')).toContain('quorum not checked');
    expect(turnoutOf(renderReportText(older, 'en'), 'registered')).not.toContain('fewer than');
  });

  it('never takes a meeting short of its own attendance for the election short of its quorum', () => {
    // Written for this test: the meeting that chose the supervisory committee is short (700 of 1,200
    // households); the election's own quorum was not judged, and a report recording no reason says so.
    const alone = judgedAlone(
      [
        '本村登记选民2100人，参加投票的选民1300人，收回选票1476张，其中有效票1454张，无效票22张。',
        '同日召开由户代表组成的村民会议，选举产生村务监督委员会，全村共1,200户，到会户代表700人。',
      ].join('\n'),
    );
    expect(alone.findings.map((finding) => finding.code)).toContain('TURNOUT_BELOW_QUORUM');
    const { quorumUnjudged: _reason, ...turnout } = alone.turnout;
    expect(quorumStatus({ ...alone, turnout })).toBe('unjudged');
  });
});
