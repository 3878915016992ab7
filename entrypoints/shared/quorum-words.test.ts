import { expect, test } from 'vitest';
import { makeCapture } from './capture-text';
import { captureMarks, checkCapture } from '../sidepanel/check-capture';
import { messagesFor, type Lang } from './i18n';
import { lawLine, quorumWords } from './quorum-words';

/** An election by household representatives: 48 households due, 42 ballots returned (invented). */
const NOTICE = (registered: string) =>
  '光明村村民委员会选举结果公告\n' +
  `光明村召开户代表会议，采取户代表选举方式选举村民委员会。${registered}` +
  '应到户代表48户，实到42户，发出选票42张，收回选票42张，其中有效票41张，无效票1张。\n' +
  '张三得30票，当选为村民委员会主任。\n';
const PEOPLE = '青山村选举结果公告\n登记选民100人，参加投票80人。王林70票，当选为村民委员会主任。\n';

/** The same election in a community, under the residents' law, which lets each household send a voter. */
const COMMUNITY = (registered: string) =>
  NOTICE(registered).replaceAll('光明村', '光明社区').replaceAll('村民委员会', '居民委员会');

const check = (text: string, lang: Lang, pack = 'cn-village') =>
  checkCapture(
    makeCapture({ id: 'c', text, url: 'http://127.0.0.1/', title: 't', capturedAt: new Date(0) }),
    lang,
    { pack, round: 'first' },
  );
const checkHouseholds = (text: string, lang: Lang) => check(text, lang, 'cn-residents:households');

test('a quorum of households is named in households, as the text report of `check` names it', () => {
  const met = checkHouseholds(COMMUNITY(''), 'zh').report;
  expect(met.announcement?.unit).toBe('households');
  expect(quorumWords(met, messagesFor('zh'))).toBe('投票户数达到法定要求');
  expect(quorumWords(met, messagesFor('en'))).toBe('quorum of households met');
  // The households registered (1240) leave those due at this meeting, and so the quorum, unknown.
  const unknown = checkHouseholds(COMMUNITY('登记户代表1240户。'), 'zh').report;
  expect(unknown.announcement?.unit).toBe('households');
  expect(quorumWords(unknown, messagesFor('zh'))).toBe('登记户数未知：无从核对投票户数是否达到法定要求');
  expect(quorumWords(unknown, messagesFor('en'))).toBe(
    'registered households unknown: the quorum cannot be checked',
  );
});

test('the village law, which counts registered villagers one by one, leaves a quorum of households unchecked', () => {
  const village = check(NOTICE(''), 'zh').report;
  expect(village.announcement?.unit).toBe('households');
  expect(quorumWords(village, messagesFor('zh'))).toBe(
    '公告按户计算选举人，所选规则按登记的选民逐人计算法定人数：未核对投票户数是否达到法定要求',
  );
  expect(quorumWords(village, messagesFor('en'))).toBe(
    'the notice counts households, the rules chosen count registered voters one by one: the quorum was not checked',
  );
});

test('a quorum of voters keeps the voters’ words', () => {
  const report = check(PEOPLE, 'zh').report;
  expect(report.announcement?.unit).toBeUndefined();
  expect(quorumWords(report, messagesFor('zh'))).toBe('达到法定参选人数');
  expect(quorumWords(report, messagesFor('en'))).toBe('quorum met');
});

test('the tooltip over 应到户代表48户 names registered households, not registered voters', () => {
  const text = NOTICE('');
  const capture = makeCapture({
    id: 'c',
    text,
    url: 'http://127.0.0.1/',
    title: 't',
    capturedAt: new Date(0),
  });
  const marks = captureMarks(checkCapture(capture, 'zh'));
  const labels = marks.filter((mark) => mark.kind === 'figure').map((mark) => mark.label);
  expect(labels).toContain('登记户数 / registered households: 48');
  expect(labels.join('\n')).not.toContain('登记选民');
});

test('the law’s line names households once: 按…判断：投票户数达到法定要求, not 参选户数：投票户数', () => {
  const households = checkHouseholds(COMMUNITY(''), 'zh').report;
  const zh = lawLine(households, 'zh', messagesFor('zh'));
  expect(zh).toMatch(/^按.+判断：投票户数达到法定要求$/u);
  expect(zh.split('户数').length - 1).toBe(1);
  const en = lawLine(households, 'en', messagesFor('en'));
  expect(en).toMatch(/^Judged by .+: quorum of households met$/u);
  expect(en.split('households').length - 1).toBe(1);
  const people = lawLine(check(PEOPLE, 'zh').report, 'zh', messagesFor('zh'));
  expect(people).toMatch(/^按.+判断：达到法定参选人数$/u);
  expect(people.split('参选人数').length - 1).toBe(1);
});
