import { describe, expect, it } from 'vitest';
import type { CandidateResult, ContestResult } from '../model/report.js';
import { checkWriteIns } from './write-ins.js';

const person = (id: string, name: string, votes: number, writeIn = false): CandidateResult => ({
  id,
  name,
  votes,
  writeIn,
  elected: false,
});
const contest = (id: string, name: string, candidates: CandidateResult[]): ContestResult => ({
  id,
  name,
  seats: 1,
  validBallots: 1000,
  blank: 0,
  candidates,
  elected: [],
  unfilledSeats: 0,
  votesNeeded: null,
});
const chair = (...writeIns: string[]) =>
  contest('chair', '主任', [
    person('c001', '陈建华', 227),
    person('c002', 'Li Hua', 100),
    ...writeIns.map((name) => person(name, name, 670, true)),
  ]);
const member = contest('member', '委员', [person('m001', '刘洋', 5)]);
const findingsFor = (written: string) => checkWriteIns([chair(written), member], 'en');

describe('checkWriteIns on names that look like a candidate (issue 21, defect 10)', () => {
  it.each([
    ['陈\u200b建华', '陈<U+200B>建华'],
    ['陈\u200d建华', '陈<U+200D>建华'],
    ['\u202e陈建华', '<U+202E>陈建华'],
    ['陈\u00ad建华', '陈<U+00AD>建华'],
    ['陈建华\ufe0f', '陈建华<U+FE0F>'],
    ['\u0421001', '<U+0421>001'],
    ['ｃ００１', '<U+FF43><U+FF10><U+FF10><U+FF11>'],
    ['Lí Hua', 'L<U+00ED> Hua'],
  ])('%j is a warning naming the candidate, shown as %j', (written, shown) => {
    const [finding] = findingsFor(written);
    expect(finding).toMatchObject({ code: 'WRITE_IN_LOOKALIKE', severity: 'warning', found: 670 });
    expect(finding!.messages.en).toContain(`“${shown}” was written in`);
    expect(finding!.messages.en).toMatch(/looks like the candidate “(陈建华|Li Hua)” \((c001|c002)\)/);
    expect(finding!.messages.zh).toContain('看起来与候选人');
  });
});

describe('checkWriteIns on names that look like a code (issue 16, defect 5)', () => {
  it('warns of a write-in written like the numbered codes, or the code of another contest', () => {
    expect(findingsFor('c099')[0]).toMatchObject({ code: 'WRITE_IN_LIKE_CODE', severity: 'warning' });
    expect(findingsFor('c099')[0]!.messages.en).toContain('is written like the candidates’ codes');
    const other = findingsFor('m001')[0]!;
    expect(other).toMatchObject({ code: 'WRITE_IN_LIKE_CODE', severity: 'warning' });
    expect(other.messages.en).toContain('is the code of a candidate for 委员');
  });

  it('warns of a write-in that is a number alone, as ballots keyed by candidate number are read', () => {
    for (const name of ['1', '3', '１２']) {
      const finding = findingsFor(name)[0]!;
      expect(finding).toMatchObject({ code: 'WRITE_IN_LIKE_CODE', severity: 'warning' });
      expect(finding.messages.en).toContain(
        'is a number, not a name: perhaps a candidate’s number on the ballot',
      );
      expect(finding.messages.zh).toContain('只是一个数字，不是人名');
    }
  });

  it('keeps a plain write-in as information, a pinyin name and a different number shape included', () => {
    for (const name of ['王五', 'Wang Wu', 'wangwu', 'c0999', '2号'])
      expect(findingsFor(name)[0]).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
  });
});

const members = (written: string): ContestResult => ({
  ...contest('member', '委员', [
    person('li-hongmei', '李红梅', 60),
    person('wu-yongming', '吴永明', 40),
    person(written, written, 1, true),
  ]),
  seats: 3,
  validBallots: 100,
});
const findingFor = (written: string) => checkWriteIns([members(written)], 'en')[0];

describe('a write-in that is several candidates joined by the wrong separator', () => {
  it.each([
    '李红梅｜吴永明',
    'li-hongmei｜wu-yongming',
    '李红梅¦wu-yongming',
    '李红梅|吴永明',
    '李红梅、吴永明',
    '李红梅，吴永明',
    '李红梅,吴永明',
    '李红梅；吴永明',
    '李红梅 吴永明',
    '李红梅 / 吴永明',
  ])('warns that %s names candidates, whose votes it does not count', (written) => {
    const finding = findingFor(written);
    expect(finding).toMatchObject({ code: 'WRITE_IN_LOOKALIKE', severity: 'warning' });
    expect(finding?.messages.en).toMatch(
      /looks like the candidates “李红梅”, “吴永明” joined by a separator other than “\|”/,
    );
    expect(finding?.messages.zh).toMatch(/看起来是候选人“李红梅”、“吴永明”/);
  });

  it('parts English names with spaces at the marks between them, not at every space', () => {
    const english = (written: string): ContestResult => ({
      ...contest('member', '委员', [
        person('li-ming', 'Li Ming', 60),
        person('wang-fang', 'Wang Fang', 40),
        person(written, written, 1, true),
      ]),
      seats: 3,
      validBallots: 100,
    });
    const [finding] = checkWriteIns([english('Li Ming、Wang Fang')], 'en');
    expect(finding).toMatchObject({ code: 'WRITE_IN_LOOKALIKE', severity: 'warning' });
    expect(finding?.messages.en).toMatch(/looks like the candidates “Li Ming”, “Wang Fang” joined/);
  });

  it('leaves a write-in whose parts are not all candidates as a plain write-in', () => {
    expect(findingFor('李红梅｜周建国')).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
    expect(findingFor('李红梅、周建国')).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
    expect(findingFor('李 红梅')).toMatchObject({ code: 'WRITE_IN_LOOKALIKE' });
    expect(findingFor('周建国')).toMatchObject({ code: 'WRITE_IN', severity: 'info' });
  });
});
