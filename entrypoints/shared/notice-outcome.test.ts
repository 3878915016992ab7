import { expect, test } from 'vitest';
import {
  auditAnnouncementAlone,
  makeFinding,
  readAnnouncementText,
  undecidedOutcome,
  type Lang,
  type Report,
} from '../../core/index.js';
import { smallReport } from '../dashboard/testing/small-report';
import { messagesFor } from './i18n';
import { readFileSync } from 'node:fs';
import {
  auditHandOver,
  listedAsNotChecked,
  noticeCounts,
  noticeHeadline,
  noticeNextStep,
  noticeTally,
} from './notice-outcome';

/** A notice checked alone as the pages check it: read from text, with a pack or none. */
function check(text: string, lang: Lang = 'zh', pack?: string): Report {
  const figures = { ...readAnnouncementText(text), file: 'notice.txt' };
  const inputs = [
    { name: 'notice.txt', sha256: '0'.repeat(64), size: text.length, role: 'announcement' } as const,
  ];
  const report = auditAnnouncementAlone(figures, inputs, lang, pack ? { pack, round: 'first' } : undefined);
  if (!report.ok) throw new Error('no report');
  return report.value;
}

// Written for these tests: 27 of 62 is 43.5%, not the 45.2% stated; the other shares are right.
const ONE_WRONG =
  '共选出村民委员会成员62人，其中女性成员21人，占33.9%；大专以上学历成员27人，占45.2%。' +
  '全镇登记选民38200人，参加投票的选民33420人，参选率87.5%。';
const ALL_RIGHT = ONE_WRONG.replace('45.2%', '43.5%');
const NO_BASE = '本次选举参选率达92.3%，选举有效。张海燕当选为居民委员会主任。';
const NOT_A_NOTICE = '今天天气很好，我们去镇上买了化肥和种子。';

test('the headline follows from the findings: never "all right" above a warning', () => {
  const wrong = noticeTally(check(ONE_WRONG));
  expect(wrong.outcome).toBe('warning');
  expect(noticeHeadline(wrong, 'zh')).toBe('公告有 1 处需要核实');
  expect(noticeHeadline(wrong, 'en')).toBe('1 thing in the notice needs checking');

  const right = noticeTally(check(ALL_RIGHT));
  expect(right.outcome).toBe('all-right');
  expect(right.wrong).toBe(0);
  expect(noticeHeadline(right, 'zh')).toBe('公告里没有发现错误');
});

test('all right: the headline is the verdict, the line over the work what was checked; neither repeats the other', () => {
  const right = noticeTally(check(ALL_RIGHT));
  for (const lang of ['zh', 'en'] as const) {
    const headline = noticeHeadline(right, lang);
    const line = messagesFor(lang).noCaptureFindings(right.judged);
    expect(headline).not.toMatch(/\d/);
    expect(line).toContain(String(right.judged));
    expect(line).toContain(lang === 'zh' ? '核对过的数字' : 'Figures checked');
    expect(line).not.toContain(headline);
    // The next step goes on from the headline instead of saying it again.
    expect(noticeNextStep(right, lang)).not.toContain(headline);
  }
  expect(noticeHeadline(right, 'en')).toBe('Nothing wrong found in the notice');
});

test('"all right" names the figures not checked beside it, and the next step points to their list', () => {
  // 1476 of 2100 is 70.3%: right; the share of women has no stated base, so it is not checked.
  const tally = noticeTally(
    check('本村登记选民2100人，参加投票1476人，参选率70.3%。新一届村委会成员中女性占40.0%。'),
  );
  expect(tally.outcome).toBe('all-right');
  expect(tally.unread).toBeGreaterThan(0);
  expect(noticeHeadline(tally, 'zh')).toBe(`核对的数字没有发现错误；${tally.unread} 个数字未能核对`);
  expect(noticeHeadline(tally, 'en')).toBe(
    `Nothing wrong in the figures checked; ${tally.unread} ${tally.unread === 1 ? 'figure' : 'figures'} not checked`,
  );
  // The list is named by its heading, since the notice's text, not that list, comes last on the page.
  expect(noticeNextStep(tally, 'zh')).toContain(`。未能核对的 ${tally.unread} 个数字列在下面的“未核对”中`);
  expect(noticeNextStep(tally, 'en')).toContain('listed below under “Not checked”');
  // With nothing left unchecked, the headline is the plain "nothing wrong".
  const all = noticeTally(check(ALL_RIGHT));
  expect(all.unread).toBe(0);
  expect(noticeHeadline(all, 'en')).toBe('Nothing wrong found in the notice');
});

test('a text with no figures is "nothing read", one with no base "nothing checked", never all right', () => {
  const none = noticeTally(check(NOT_A_NOTICE));
  expect(none.outcome).toBe('nothing-read');
  expect(noticeHeadline(none, 'en')).toBe('No election figures were found');
  expect(noticeHeadline(none, 'zh')).toBe('没有找到选举数字');
  expect(noticeNextStep(none, 'zh')).toContain('请粘贴完整的选举结果公告');

  // Numbers found, none understood (an approximate count, households): the counts line says "2 figures
  // not checked", so the headline says so with the same count, never "nothing was read"; the next step
  // points to the reasons and asks for the whole notice.
  const unread = noticeTally(check('250多位居民代表接到通知，代表辖区2250户选出居民委员会。'));
  expect(unread.outcome).toBe('nothing-read');
  expect(unread.unread).toBeGreaterThan(0);
  expect(noticeHeadline(unread, 'zh')).toBe(`${unread.unread} 个数字都读不出是选举的哪一项`);
  expect(noticeHeadline(unread, 'en')).toBe(
    `None of the ${unread.unread} figures could be read as an election figure`,
  );
  expect(noticeCounts(unread, 'en')).toContain(`${unread.unread} figures not checked`);
  expect(noticeNextStep(unread, 'zh')).toMatch(/^每个数字读不出的原因列在下面。请粘贴/);
  expect(noticeNextStep(unread, 'en')).toMatch(/^Why each figure could not be read is given below\. Paste/);
  expect(noticeNextStep(unread, 'en')).not.toContain('No election figures were found');

  const unjudged = noticeTally(check(NO_BASE));
  expect(unjudged.outcome).toBe('nothing-checked');
  expect(unjudged.unread).toBeGreaterThan(0);
  // The figures not checked are pointed to, with their reasons.
  expect(noticeNextStep(unjudged, 'zh')).toContain(`未能核对的 ${unjudged.unread} 个数字`);
  expect(noticeNextStep(unjudged, 'en')).toContain('each with the reason');
});

test('an error comes first: a winner below the threshold under a chosen law', () => {
  const text =
    '本村登记选民2100人，参加投票1476人。主任：陈建华697票，刘国强517票。陈建华当选为本村村民委员会主任。';
  const tally = noticeTally(check(text, 'zh', 'cn-village'));
  expect(tally.outcome).toBe('error');
  expect(noticeHeadline(tally, 'zh')).toMatch(/^公告有 \d+ 处错误$/);
});

test('a quorum missed by the notice’s own figures: the headline says the election is void, in both languages', () => {
  const tally = noticeTally(check('本村登记选民2100人，参加投票的选民900人。', 'zh', 'cn-village'));
  expect(tally.outcome).toBe('error');
  expect(tally.verdict).toBe('void');
  expect(noticeHeadline(tally, 'zh')).toBe('按公告自己的数字，选举无效');
  expect(noticeHeadline(tally, 'en')).toBe("By the notice's own figures, the election is void");
});

test('a notice that declares its own election void, its figures agreeing: no error, nothing to correct', () => {
  // 1,006 of 2,104 is 47.81%, not over half: the notice says so and declares the election void.
  const text =
    '本村登记选民2,104人，当日参加投票1,006人，占登记选民的47.81%，未超过登记选民的半数。根据《中华人民共和国村民委员会组织法》第十五条的规定，本次选举无效。';
  const tally = noticeTally(check(text, 'zh', 'cn-village'));
  expect(tally.verdict).toBe('void');
  expect(tally.errors).toBe(0);
  expect(tally.outcome).toBe('declared-void');
  expect(noticeHeadline(tally, 'zh')).toBe('公告宣布选举无效，核对的数字与此相符');
  expect(noticeHeadline(tally, 'en')).toBe(
    'The notice declares the election void, and the figures checked agree',
  );
  // No advice to ask for a correction: the notice has nothing to correct.
  expect(noticeNextStep(tally, 'zh')).not.toContain('更正');
  expect(noticeNextStep(tally, 'en')).toContain('When the vote is held again');
  expect(auditHandOver(tally.outcome)).toBe('plain');
  // The same figures in a notice that declares nothing: the void is the tool's, an error.
  const undeclared = noticeTally(check('本村登记选民2,104人，当日参加投票1,006人。', 'zh', 'cn-village'));
  expect(undeclared.outcome).toBe('error');
});

test('the counts line agrees with the work list: right plus wrong is every check made', () => {
  const report = check(ONE_WRONG);
  const tally = noticeTally(report);
  const section = report.announcement!;
  expect(tally.judged).toBe(section.judgedCount);
  expect(tally.wrong).toBe(section.judged.filter((figure) => !figure.right).length);
  expect(tally.wrong).toBe(1);
  expect(noticeCounts(tally, 'zh')).toBe(
    `读懂 ${section.figuresRead} 个数字 · 做了 ${tally.judged} 项核对：${tally.judged - 1} 项相符，1 项不符 · ${section.unreadCount} 个数字未能核对`,
  );
  expect(noticeCounts(tally, 'en')).toContain(`${tally.judged - 1} right, 1 wrong`);
});

test('every sentence is in its own language: no code, no English in Chinese, no Chinese in English', () => {
  const reports = [ONE_WRONG, ALL_RIGHT, NO_BASE, NOT_A_NOTICE].map((text) => check(text));
  for (const report of reports) {
    const tally = noticeTally(report);
    for (const words of [noticeHeadline, noticeCounts, noticeNextStep]) {
      const zh = words(tally, 'zh');
      const en = words(tally, 'en');
      expect(zh, zh).not.toMatch(/[A-Za-z]/);
      expect(en, en).not.toMatch(/\p{Script=Han}/u);
      expect(en, en).not.toMatch(/(?<![A-Z])[A-Z]{2,}_/);
    }
  }
});

test('a result its repeated, differing ballot records cannot decide says "undecided" and the next step, in both languages', () => {
  const repeated = makeFinding(
    {
      code: 'OUTCOME_UNDECIDED',
      severity: 'error',
      contest: 'chair',
      messages: { zh: '主任由谁当选无法根据这些记录判定', en: 'who is elected chair cannot be decided' },
    },
    'zh',
  );
  const base = smallReport({ findings: [repeated] });
  const winners: Report = {
    ...base,
    contests: base.contests.map((contest) => ({ ...contest, undecided: true as const, elected: [] })),
  };
  expect(undecidedOutcome(winners)).toEqual({ validity: false, winners: true });
  const tally = noticeTally(winners);
  expect(noticeHeadline(tally, 'zh')).toBe('结果待定：根据这些记录，无法确定谁当选');
  expect(noticeHeadline(tally, 'en')).toBe('Undecided: these records cannot tell who is elected');
  expect(noticeNextStep(tally, 'zh')).toContain('找到这些重复的记录');
  expect(noticeNextStep(tally, 'en')).toContain('Find those repeated records in the ballot file');

  // The quorum undecided: whether the election is valid at all is what is open.
  const quorum: Report = { ...winners, turnout: { ...winners.turnout, quorumUndecided: true } };
  expect(undecidedOutcome(quorum)).toEqual({ validity: true, winners: true });
  expect(noticeHeadline(noticeTally(quorum), 'zh')).toBe('结果待定：根据这些记录，无法确定选举是否有效');

  // Without a repeat, nothing is undecided and the headline is the usual one.
  expect(undecidedOutcome(smallReport())).toBeNull();
  expect(noticeHeadline(noticeTally(base), 'en')).not.toContain('Undecided');
});

test('the way on to the Audit page is the next step for a right notice only, and not offered for no figures', () => {
  expect(auditHandOver(noticeTally(check(ALL_RIGHT)).outcome)).toBe('primary');
  // Beside "compare with the original", it is a plain button, not a second next step.
  expect(auditHandOver(noticeTally(check(ONE_WRONG)).outcome)).toBe('plain');
  expect(auditHandOver(noticeTally(check(NO_BASE)).outcome)).toBe('plain');
  expect(auditHandOver(noticeTally(check(NOT_A_NOTICE)).outcome)).toBeNull();
});

test('a figure not checked is shown once, under "Not checked", not again as a note; other notes stay', () => {
  const text = readFileSync(new URL('../../tests/e2e/fixtures/notices/unread.txt', import.meta.url), 'utf8');
  for (const lang of ['zh', 'en'] as const) {
    const report = check(text, lang);
    const unread = report.announcement!.unread;
    expect(unread.length).toBeGreaterThan(2);
    const elsewhere = listedAsNotChecked(report);
    const notes = report.findings.filter((finding) => finding.code === 'UNREAD_FIGURE');
    expect(notes.length).toBeGreaterThan(0);
    // Every note of a figure the list gives is left to the list; none is shown in both places.
    for (const note of notes) expect(elsewhere(note), note.message).toBe(true);
    const shown = report.findings.filter((finding) => !elsewhere(finding));
    for (const figure of unread)
      expect(shown.filter((finding) => finding.where?.text === figure.text)).toEqual([]);
  }
  // A note about no figure of the list (with no place in the text) stays with the findings.
  const report = check(text);
  const other = makeFinding(
    { code: 'UNREAD_FIGURE', severity: 'info', messages: { zh: '甲', en: 'a' } },
    'zh',
  );
  expect(listedAsNotChecked(report)(other)).toBe(false);
  // With nothing read, no "Not checked" list is shown: every note stays where it is.
  const nothing = check(NOT_A_NOTICE);
  for (const finding of nothing.findings) expect(listedAsNotChecked(nothing)(finding)).toBe(false);
});
