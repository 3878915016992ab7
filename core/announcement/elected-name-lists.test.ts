import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { unread } from './corpus/read-shapes.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { namesBeforeBareElected } from './elected-above.js';

/**
 * A declaration whose subject is a list of names in the clause before a bare 当选, with what their votes
 * met (`马光明、陈芳、田野、邓军得票均超过参加投票选民的半数，当选为…成员`; docs/announcement.md, “Candidates'
 * votes and winners”). Names and numbers are invented: half of 1,745 is 872.5, so a seat needs 873.
 */
const NOTICE = (deng = 904, subject = '马光明、陈芳、田野、邓军') =>
  [
    '青石村村民委员会选举结果公告',
    '青石村登记选民2,016人，参加投票的选民1,745人，参选率86.56%。发出选票1,745张，收回选票1,741张，有效票1,722张，无效票19张。',
    `候选人得票情况：主任候选人马光明得票1,205票；委员候选人陈芳（女）得票1,188票，田野得票1,037票，邓军得票${deng}票，张力得票352票。`,
    `${subject}得票均超过参加投票选民的半数，当选为青石村第十二届村民委员会成员。`,
  ].join('\n');

const declared = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) => (figure.kind === 'elected' ? figure.names : []));

const village = getRulePack('cn-village')!;
const mismatches = (text: string) =>
  judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en')
    .findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH')
    .map((finding) => [finding.candidate, finding.expected, finding.found]);

describe('names listed before a bare 当选, with what their votes met', () => {
  it('declares each name listed, not the candidate left out', () => {
    expect(declared(NOTICE())).toEqual(['马光明', '陈芳', '田野', '邓军']);
    expect(mismatches(NOTICE())).toEqual([]);
  });

  it('judges each of them by the threshold', () => {
    expect(mismatches(NOTICE(804))).toEqual([['邓军', 873, 804]]);
  });

  it('takes a count after the names only when it is theirs', () => {
    expect(declared(NOTICE(904, '马光明、陈芳、田野、邓军4人'))).toEqual(['马光明', '陈芳', '田野', '邓军']);
    expect(namesBeforeBareElected('马光明、陈芳3人得票均超过参加投票选民的半数', '当选')).toBeNull();
  });

  it('lists the declaration unread when a name listed has no votes read', () => {
    const text = NOTICE(904, '马光明、陈芳、田野、王五');
    expect(declared(text)).toEqual([]);
    expect(unread(text)).toContainEqual(['当选', 'not-a-name']);
  });

  it('reads no list where the clause says something else of the votes, or the 当选 is not bare', () => {
    expect(namesBeforeBareElected('马光明、陈芳得票较多', '当选为委员')).toBeNull();
    expect(namesBeforeBareElected('马光明、陈芳得票均超过参加投票选民的半数', '均当选')).toBeNull();
  });

  it('reads one name alone too (a by-election’s one winner); the reader declares it only as a candidate', () => {
    expect(namesBeforeBareElected('马光明得票超过参加投票选民的半数', '当选')).toEqual(['马光明']);
  });
});

describe('a heading of winners with the words notices put around it', () => {
  // Half of 4,208 is 2,104, so a seat needs 2,105.
  const LIST = (heading: string, chair = 4157) =>
    [
      '凯旋社区居民选举委员会公告',
      '本社区登记选民5283人，参加投票的选民4208人，占登记选民的79.65%。发出选票4208张，收回选票4208张，有效票4185张，无效票23张，选举有效。',
      heading,
      `主任：蔡晓燕（女），得票${chair}票`,
      '副主任：段卫东，得票4148票',
      '委员：武春燕（女），得票4104票；杨春生，得票4092票',
    ].join('\n');
  const residents = getRulePack('cn-residents')!;
  const judged = (text: string) =>
    judgeAnnouncement(readAnnouncementText(text), residents, 'first', 'en')
      .findings.filter((finding) => finding.code === 'ANNOUNCED_WINNER_MISMATCH')
      .map((finding) => [finding.candidate, finding.expected, finding.found]);

  it.each([
    '经计票，下列人员得票超过参加投票选民的半数，当选为第10届居民委员会成员：',
    '第一次投票，下列人员得票超过参加投票户代表的半数，当选：',
  ])('declares the posts listed under %s', (heading) => {
    expect(declared(LIST(heading))).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(LIST(heading))).toEqual([]);
    expect(judged(LIST(heading, 2057))).toEqual([['蔡晓燕', 2105, 2057]]);
  });

  it('declares the posts under a heading naming the term, whose votes it then leaves unjudged', () => {
    // 第11届 in the heading sets a term the voters' sentence does not: the votes may be of another election.
    const text = LIST('经投票，下列人员当选为第11届居民委员会成员：', 2057);
    expect(declared(text)).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(text)).toEqual([]);
  });

  const HEADING = '经计票，下列人员得票超过参加投票选民的半数，当选为第10届居民委员会成员：';

  it.each([
    '委员候选人陈明得票1320票，未超过参加投票选民的半数，委员尚缺1名，另行选举。',
    '委员：陈明，得票1320票（未过半数）',
    '委员（得票未过半数）：陈明，得票1320票',
    '委员：陈明，得票1320票，不足参加投票选民的半数',
  ])('ends the list at a line saying the votes fell short: %s', (line) => {
    const text = `${LIST(HEADING)}\n${line}`;
    expect(declared(text)).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(text)).toEqual([]);
  });

  it('does not declare names the text says, after the list, fell short', () => {
    const text = `${LIST(HEADING)}\n委员：陈明，得票2001票\n委员应选3名，实选2名，陈明得票未过半数，另行选举。`;
    expect(declared(text)).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(text)).toEqual([]);
  });

  it("leaves a bare heading after a line naming another body to that body's list", () => {
    const text = [
      LIST(HEADING),
      '',
      '同日召开居民代表会议选举居务监督委员会，应到居民代表45人，实到41人。',
      '下列人员当选：',
      '主任：严国华，得票38票',
    ].join('\n');
    expect(declared(text)).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(text)).toEqual([]);
  });

  // The line before a bare heading, by the body it names (body-words.ts): a list of another body's winners
  // is never the committee's. The committee's winners here would be judged against half of 4,208.
  const UNDER = (line: string) =>
    [LIST(HEADING), '', line, '下列人员当选：', '委员：严国华，得票38票', '委员：何丽，得票36票'].join('\n');

  it.each([
    '同日召开党员大会选举村党支部委员会，应到党员45人，实到41人。',
    '同日召开党员大会，选举产生新一届社区党总支。',
    '同日选举居民小组长，参加投票的户代表45户。',
    '同日召开居民代表会议选举居务监督委员会，应到居民代表45人，实到41人。',
    '同日各居民小组选举居民代表，参加投票的户代表45户。',
    '同日选出新一届居民代表45名。',
    '居民代表选举结果如下。',
    '在居民委员会选举后，同日选举社区妇联执委。',
  ])("leaves a bare heading after “%s” to that body's list", (line) => {
    expect(declared(UNDER(line))).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(UNDER(line))).toEqual([]);
  });

  it.each([
    '本次选举由居民代表会议进行，应到居民代表45人，实到41人。',
    '本次选举由户代表投票，应到户代表45户。',
  ])(
    'declares the committee’s winners under a bare heading after “%s”, where the representatives vote',
    (line) => {
      expect(declared(UNDER(line))).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生', '严国华', '何丽']);
    },
  );

  it.each([
    '在社区党总支的领导下，第十届居民委员会换届选举工作顺利完成。',
    '居务监督委员会和居民委员会选举结果如下。',
  ])('declares no one under a bare heading after “%s”, naming the committee and another body', (line) => {
    expect(declared(UNDER(line))).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生']);
    expect(judged(UNDER(line))).toEqual([]);
  });

  it('declares the committee’s winners under a heading naming the committee after a line naming another body', () => {
    const text = UNDER('同日召开党员大会选举村党支部委员会。').replace(
      '下列人员当选：',
      '下列人员当选为第10届居民委员会成员：',
    );
    expect(declared(text)).toEqual(['蔡晓燕', '段卫东', '武春燕', '杨春生', '严国华', '何丽']);
  });

  it('declares nothing under a heading naming no round after a runoff', () => {
    // The list after both rounds: 2001 is the runoff's votes (of 3000 voters there), not of the 4208.
    const text = [
      LIST(HEADING).replace(HEADING, '委员尚缺1名，当日另行选举，参加投票的选民3000人，陈明得票2001票。'),
      '经选举，下列人员当选为第10届居民委员会成员：',
      '委员：陈明，得票2001票',
    ].join('\n');
    expect(declared(text).filter((name) => name === '陈明')).toEqual([]);
    expect(judged(text)).toEqual([]);
  });

  it('declares nothing under a line that says more than the heading', () => {
    const text = LIST('下列人员得票超过参加投票选民的半数，当选为第10届居民委员会成员，任期五年：');
    expect(declared(text)).toEqual([]);
  });
});
