import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { bodyFinder, kindsBut } from './body-words.js';
import { workAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { namesAnotherBody } from './comparable-mentions.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { bodyWords } from './mention-settings.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** Every number and name here is invented. */
const village = getRulePack('cn-village@2025')!;

/** The pack's findings on a notice alone, and the winners it judged. */
const judge = (text: string) => {
  const judgement = judgeAnnouncement(readAnnouncementText(text), village, 'first', 'en');
  return {
    findings: judgement.findings.map((finding) => [finding.code, finding.candidate ?? null]),
    judged: judgement.judged
      .filter((figure) => figure.rule === 'winner-threshold')
      .map((figure) => figure.text),
  };
};

const VOTERS = '本村登记选民1200人，参加投票的选民1000人。王林得票800票，当选为村民委员会主任。';

describe('one list of bodies, each reader taking the kinds it needs', () => {
  it('finds the longest form at each place, by the name bodies are compared by', () => {
    const all = bodyFinder(kindsBut());
    expect(all('村民小组长').map((body) => body.name)).toEqual(['村民小组']);
    expect(bodyFinder(kindsBut('groups'))('村民小组长').map((body) => body.name)).toEqual(['小组长']);
    expect(all('居务监督委员会、村务监督小组、监委会').map((body) => [body.written, body.name])).toEqual([
      ['居务监督委员会', '监委会'],
      ['村务监督小组', '监委会'],
      ['监委会', '监委会'],
    ]);
    expect(all('本村村民委员会').map((body) => [body.name, body.kind])).toEqual([['村委会', 'committee']]);
  });
});

describe('a winner declared to another body', () => {
  it('is not judged by the committee election’s ballots when the body is the older 村务监督小组', () => {
    const { findings, judged } = judge(`${VOTERS}李明得票40票，当选为村务监督小组成员。`);
    expect(findings).toEqual([['UNREAD_FIGURE', '李明']]);
    expect(judged).toEqual(['王林得票800票']);
  });

  it('is not judged by them when the body is the party’s, chosen by party members', () => {
    const { findings, judged } = judge(`${VOTERS}李明得票40票，当选为村党支部书记。`);
    expect(findings).toEqual([['UNREAD_FIGURE', '李明']]);
    expect(judged).toEqual(['王林得票800票']);
  });

  it('is not judged when the declaration names the committee beside the party’s body', () => {
    const { findings, judged } = judge(`${VOTERS}张华得票700票，当选为村党组织书记、村委会副主任。`);
    expect(findings).toEqual([['UNREAD_FIGURE', '张华']]);
    expect(judged).toEqual(['王林得票800票']);
  });

  it('is judged when the title names that body under another of its names: the notice is its election', () => {
    const text =
      '东山村村务监督委员会选举结果公告\n本村登记选民1200人，参加投票的选民1000人。李明得票600票，当选为村监委会主任。';
    expect(judge(text)).toEqual({ findings: [], judged: ['李明得票600票'] });
  });

  it('is no other body when it is one of household representatives, who are voters', () => {
    const { findings, judged } = judge(
      `${VOTERS.replace('当选为村民委员会主任', '经户代表投票，当选为村民委员会主任')}`,
    );
    expect(findings).toEqual([]);
    expect(judged).toEqual(['王林得票800票']);
  });
});

describe('the bodies a sentence names', () => {
  it('names the supervisory committee by one name however it is written', () => {
    expect(bodyWords('村务监督委员会换届')).toBe('监委会');
    expect(bodyWords('居务监督委员会推选')).toBe('监委会');
    expect(bodyWords('监委会选举')).toBe('监委会');
  });

  it('names the owners’ committee and the heads of groups and buildings, elected apart', () => {
    expect(bodyWords('业主委员会选举')).toBe('业委会');
    expect(bodyWords('楼栋长、单元长推选')).toBe('单元长·楼栋长');
    expect(bodyWords('居民小组长推选')).toBe('小组长');
  });

  it('keeps the owners’ committee’s voters apart from the residents’ committee’s', () => {
    const figures = readAnnouncementText(
      '业主委员会选举，参加投票的业主300人。居委会选举，参加投票的选民1300人。',
    );
    const work = workAnnouncementArithmetic(figures, 'en');
    expect(work.findings).toEqual([]);
    expect(work.unjudged.map((figure) => figure.reason)).toContain('not-compared');
  });

  it('names neither 两委, 村民小组 nor 户代表 as a body', () => {
    expect(bodyWords('村两委换届选举')).toBe('');
    expect(bodyWords('第三村民小组')).toBe('');
    expect(bodyWords('应参加投票的户代表412户')).toBe('');
  });
});

describe('the body a label of people names', () => {
  it('takes the supervisory committee’s members by any of its names as its own', () => {
    expect(namesAnotherBody('女性监委会成员', '新一届监督委员会成员')).toBe(false);
    expect(namesAnotherBody('女性村务监督委员会成员', '新一届监委会成员')).toBe(false);
  });

  it('takes heads of buildings and the owners’ committee as bodies of their own', () => {
    expect(namesAnotherBody('楼栋长', '新一届居委会成员')).toBe(true);
    expect(namesAnotherBody('业委会成员', '新一届居委会成员')).toBe(true);
  });

  it('reads delegates as representatives: their kinds are named with 代表 alone', () => {
    expect(namesAnotherBody('基层一线代表', '这次当选乡镇党代表')).toBe(false);
  });

  it('takes the two committees of a 两委 as its own', () => {
    expect(namesAnotherBody('村委会成员', '村两委成员')).toBe(false);
    expect(namesAnotherBody('村民代表', '村两委成员')).toBe(true);
  });
});
