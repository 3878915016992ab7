import { describe, expect, it } from 'vitest';
import { reportAlone } from '../announcement/corpus/read-shapes.js';
import { announcementVerdict } from './render-report-text.js';

// Written for these tests: invented villages, names and counts, in the shapes of published notices.
const TURNOUT =
  '本村登记选民1500人，参加投票1320人，发出选票1320张，收回选票1318张，有效票1300张，无效票18张。';

/** The verdict of a notice checked alone under cn-village, in both languages. */
const verdict = (text: string) => {
  const report = reportAlone(text, true);
  return { zh: announcementVerdict(report, 'zh'), en: announcementVerdict(report, 'en') };
};

describe('the verdict of a notice checked alone claims only what the law was judged on', () => {
  it('says the notice meets the law when its turnout and every winner were judged', () => {
    const line = verdict(`${TURNOUT}张建华得票1021票，当选为主任。`);
    expect(line.en).toMatch(
      /^no discrepancy: the notice's own figures agree and meet what the Organic Law .* requires \(\d+ checked, all right; no tally sheets recounted\)$/,
    );
    expect(line.zh).toMatch(
      /^未发现差错：公告自身的数字相互吻合，也符合《中华人民共和国村民委员会组织法》.*的规定（核对\d+项，全部相符；未复核计票单）$/,
    );
  });

  it('says the notice meets the law when winners are listed with their sex and votes in brackets', () => {
    const line = verdict(
      `某村第十二届村民委员会选举结果公告\n${TURNOUT}\n当选主任：张建华（男，得票1021票）\n当选委员：李梅（女，得票1021票）、赵强（男，得票998票）`,
    );
    expect(line.en).toMatch(
      /^no discrepancy: the notice's own figures agree and meet what the Organic Law .* requires \(\d+ checked, all right; no tally sheets recounted\)$/,
    );
    expect(line.zh).toContain('也符合');
  });

  it('says the turnout was judged and the winners could not be, when the list declares no one', () => {
    // A former post in each bracket (no description the reader knows): the votes are read, but the list
    // declares no winner, so none is judged against the threshold.
    const line = verdict(
      `某村第十二届村民委员会选举结果公告\n${TURNOUT}\n当选主任：张建华（得票1021票，男，原村委会副主任）\n当选委员：李梅（得票1021票，女，原妇女主任）、赵强（得票998票，男，退役军人代表）`,
    );
    expect(line.en).not.toContain('and meet what');
    expect(line.en).toMatch(
      /^no discrepancy: the notice's own figures agree; turnout meets what the Organic Law .* requires, but whether the winners' votes reach what a seat needs could not be checked \(8 checked, all right; no tally sheets recounted\)$/,
    );
    expect(line.zh).not.toContain('也符合');
    expect(line.zh).toMatch(
      /^未发现差错：公告自身的数字相互吻合；参选人数达到《中华人民共和国村民委员会组织法》.*的要求，但当选人的得票未能核对是否达到当选所需票数（核对8项，全部相符；未复核计票单）$/,
    );
  });

  it("says the figures could not be read when the winners' votes are only approximate", () => {
    const line = verdict(`${TURNOUT}张建华约1021票当选主任，李梅约1021票、赵强约998票当选委员。`);
    expect(line.en).toContain(
      "but whether the winners' votes reach what a seat needs could not be checked (5 checked, all right; 3 figures could not be read; no tally sheets recounted)",
    );
    expect(line.zh).toContain('（核对5项，全部相符；3个数字未能读出；未复核计票单）');
  });

  it('says the same when the notice names no winner at all', () => {
    const line = verdict(TURNOUT);
    expect(line.en).toContain('turnout meets what the Organic Law');
    expect(line.en).toContain(
      "but whether the winners' votes reach what a seat needs could not be checked (5 checked",
    );
    expect(line.en).not.toContain('could not be read');
  });

  it('says no rule of the law was judged when neither turnout nor a winner could be', () => {
    const line = verdict('发出选票1320张，收回选票1318张，有效票1300张，无效票18张。');
    expect(line.en).toMatch(
      /^no discrepancy: the notice's own figures agree; but neither turnout nor the winners' votes could be checked against what the Organic Law .* requires \(\d+ checked, all right; no tally sheets recounted\)$/,
    );
    expect(line.zh).toContain('；但参加投票的人数和当选人的得票都未能按《中华人民共和国村民委员会组织法》');
  });

  it('counts the figures not read in the verdict line, with no law applied too', () => {
    const report = reportAlone(`${TURNOUT}另有说明：编号77。`);
    const unread = report.announcement?.unreadCount ?? 0;
    expect(unread).toBeGreaterThan(0);
    expect(announcementVerdict(report, 'en')).toContain(
      `all right; ${unread === 1 ? '1 figure' : `${unread} figures`} `,
    );
    expect(announcementVerdict(report, 'zh')).toContain(`全部相符；${unread}个数字未能`);
  });
});

const lawJudged = (text: string) => reportAlone(text, true).announcement?.lawJudged;

describe("the report states which of the law's rules a notice checked alone was judged on", () => {
  it('states the turnout and every declared winner judged, each meeting the law', () => {
    expect(lawJudged(`${TURNOUT}张建华得票1021票，当选为主任。`)).toEqual({
      quorum: 'met',
      winners: 'met',
      winnersDeclared: 1,
      winnersJudged: 1,
    });
  });

  it('states the winners partly judged when a declared winner has no votes stated', () => {
    expect(lawJudged(`${TURNOUT}张建华得票1021票，当选为主任；李梅、赵强当选为委员。`)).toEqual({
      quorum: 'met',
      winners: 'partly',
      winnersDeclared: 3,
      winnersJudged: 1,
    });
  });

  it('states the winners not judged, or none read, and nothing when no law was applied', () => {
    expect(lawJudged(`${TURNOUT}张建华当选为主任。`)).toEqual({
      quorum: 'met',
      winners: 'not-judged',
      winnersDeclared: 1,
      winnersJudged: 0,
    });
    // Winners under a heading, in a shape the reader takes no names from: none read, never "none declared".
    expect(
      lawJudged(
        `某村第十二届村民委员会选举结果公告\n${TURNOUT}\n当选主任：张建华（得票1021票，男，原村委会副主任）\n当选委员：李梅（得票1021票，女，原妇女主任）、赵强（得票998票，男，退役军人代表）`,
      ),
    ).toMatchObject({ quorum: 'met', winners: 'none-read', winnersJudged: 0 });
    expect(lawJudged(TURNOUT)).toEqual({
      quorum: 'met',
      winners: 'none-read',
      winnersDeclared: 0,
      winnersJudged: 0,
    });
    expect(
      lawJudged('发出选票1320张，收回选票1318张，有效票1300张，无效票18张。张建华得票1021票，当选为主任。'),
    ).toMatchObject({
      quorum: 'not-judged',
    });
    expect(reportAlone(`${TURNOUT}张建华得票1021票，当选为主任。`).announcement).not.toHaveProperty(
      'lawJudged',
    );
  });
});

describe('the verdict of a notice whose winners were judged in part', () => {
  it('never says the winners meet the law when one declared winner was not judged', () => {
    const line = verdict(`${TURNOUT}张建华得票1021票，当选为主任；李梅、赵强当选为委员。`);
    expect(line.en).not.toContain('and meet what');
    expect(line.en).toMatch(
      /^no discrepancy: the notice's own figures agree; turnout meets what the Organic Law .* requires; the votes of 1 of the 3 winners declared reach what a seat needs under that law, but the other 2 winners' could not be checked \(\d+ checked, all right; no tally sheets recounted\)$/,
    );
    expect(line.zh).not.toContain('也符合');
    expect(line.zh).toMatch(
      /^未发现差错：公告自身的数字相互吻合；参选人数达到《中华人民共和国村民委员会组织法》.*的要求；宣布当选的3人中，1人的得票达到该法当选所需票数，其余2人的得票未能核对（核对\d+项，全部相符；未复核计票单）$/,
    );
  });

  it('says so of one other winner in the singular', () => {
    const line = verdict(`${TURNOUT}张建华得票1021票，当选为主任。李梅当选为委员。`);
    expect(line.en).toContain(
      "the votes of 1 of the 2 winners declared reach what a seat needs under that law, but the other winner's could not be checked",
    );
    expect(line.zh).toContain('宣布当选的2人中，1人的得票达到该法当选所需票数，其余1人的得票未能核对');
  });

  it('never says the winners meet the law when a list of winners after a post could not be read', () => {
    // The members' line ends with words the list's items are not: its names are not read, so the chair
    // is the only winner read, and the members are not counted among the winners at all.
    const notice = `某村第十二届村民委员会选举结果公告\n${TURNOUT}\n当选主任：张建华（得票1021票，男）\n当选委员：李梅（得票1021票，女）、赵强（得票998票，男），得票均超过参加投票选民的半数`;
    const line = verdict(notice);
    expect(line.en).not.toContain('and meet what');
    expect(line.en).toContain(
      'the votes of the 1 winner read reach what a seat needs under that law, but a list of winners could not be read, nor its winners checked',
    );
    expect(line.zh).not.toContain('也符合');
    expect(line.zh).toContain(
      '读出的1名当选人的得票达到该法当选所需票数，但有1处当选名单未能读出，其中的当选人未能核对',
    );
    expect(lawJudged(notice)).toEqual({
      quorum: 'met',
      winners: 'partly',
      winnersDeclared: 1,
      winnersJudged: 1,
      listsUnread: 1,
    });
    // Read whole, the same list meets the law with every winner judged.
    expect(lawJudged(notice.replace('，得票均超过参加投票选民的半数', ''))).toEqual({
      quorum: 'met',
      winners: 'met',
      winnersDeclared: 3,
      winnersJudged: 3,
    });
  });
});
