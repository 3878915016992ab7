import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';

/**
 * Shares whose count and base a careful reader finds unambiguously, by class of attachment (issue #15:
 * a wrong share is caught only where its share is judged), each with a right and a wrong version, and
 * the near misses that must stay unjudged with their reason. Every number and name here is invented.
 */

/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
/** The shares read but left unjudged, as [text, reason]. */
const unjudged = (text: string) => work(text).unjudged.map((figure) => [figure.text, figure.reason]);

describe('a 其中 inside a bracket ends with its sentence', () => {
  const text = (share: string) =>
    `全镇选出“两委”成员62人，其中党组织成员51人。中专高中及以上学历的51人（其中大专及以上5人），占比82.3%。女性19人，占比${share}。`;

  it('takes a part in the next sentence as of the body again, not of the part the bracket opened', () => {
    expect(shares(text('30.6%'))).toEqual([
      ['占比82.3%', true],
      ['占比30.6%', true],
    ]);
    expect(findings(text('30.6%'))).toEqual([]);
    expect(findings(text('31.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占比31.6%']]);
  });

  it('keeps a total stated since, after a sentence that opened with 其中', () => {
    const since =
      '全镇选出“两委”成员62人。中专高中及以上学历的51人（其中大专及以上5人），占比82.3%。其中女性3人；村委会成员共40人。女性19人，占比47.5%。';
    expect(shares(since)).toEqual([
      ['占比82.3%', true],
      ['占比47.5%', true],
    ]);
  });

  it('leaves a part after the bracket in the same sentence unjudged (of the 51 or of the 62?)', () => {
    const same =
      '全镇选出“两委”成员62人，其中党组织成员51人。中专高中及以上学历的51人（其中大专及以上5人），占比82.3%，女性19人，占比30.6%。';
    expect(shares(same)).toEqual([['占比82.3%', true]]);
    expect(unread(same)).toEqual([['30.6%', 'no-base']]);
  });
});

describe('占总数 after a bracket whose 其中 names other people', () => {
  const text = (education: string, reelected: string) =>
    `本次共选出村民委员会成员1707名，妇女597名，占总数的35%，党员1109人，占总数的64%（其中已选出的539名村主任，是党员的占85%）；高中以上文化程度的471名，占总数${education}，连选连任的241名，占总数${reelected}。`;

  it('judges a share naming 总数 after the bracket of the total before its 其中', () => {
    // 471 / 1707 = 27.59…%, 241 / 1707 = 14.11…%.
    expect(shares(text('27.6%', '14.1%'))).toEqual([
      ['占总数的35%', true],
      ['占总数的64%', true],
      ['占总数27.6%', true],
      ['占总数14.1%', true],
    ]);
    expect(findings(text('27.6%', '14.1%'))).toEqual([]);
    expect(findings(text('84%', '43%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占总数84%'],
      ['ANNOUNCED_PERCENT_MISMATCH', '占总数43%'],
    ]);
  });

  it('leaves “是党员的占” of the people just named unread: how many of them are 党员 is not stated', () => {
    expect(unread(text('27.6%', '14.1%'))).toEqual([['85%', 'part-unstated']]);
    // Only some of the 539 are 党员: they are no part of the 1109 党员, and no sum is checked between them.
    const judged = work(text('27.6%', '14.1%')).judged.map((figure) => figure.text);
    expect(judged).not.toContain('已选出的539名村主任');
    expect(judged).toContain('党员1109人');
  });
});

describe('turnout and a candidate’s 得票率 when the text states ballots returned, not voters', () => {
  const turnout = (share: string) =>
    `全村登记参选村民8363人，发出选票6899张，收回6812张，投票率达${share}，选举有效。`;

  it('takes the ballots returned for the voters of 投票率 (returned / registered), never the ballots issued', () => {
    expect(shares(turnout('81.45%'))).toEqual([['投票率达81.45%', true]]);
    expect(findings(turnout('81.45%'))).toEqual([]);
    // 6899 / 8363 = 82.49…%: right by the ballots issued, wrong by those returned.
    expect(findings(turnout('82.49%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '投票率达82.49%']]);
  });

  it('leaves 投票率 unjudged when only the ballots issued are stated', () => {
    const text = '全村登记选民8363人，发出选票6899张，投票率达82.49%。';
    expect(shares(text)).toEqual([]);
    expect(unjudged(text)).toEqual([['投票率达82.49%', 'counts-not-stated']]);
  });

  it('judges a winner’s 得票率 against the ballots returned', () => {
    const text = (share: string) =>
      `收回选票6812张。林海获得6205张赞成票，得票率${share}，当选为村委会主任。`;
    expect(shares(text('91.09%'))).toEqual([['得票率91.09%', true]]);
    expect(findings(text('91.09%'))).toEqual([]);
    expect(findings(text('92.09%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率92.09%']]);
  });
});

describe('a candidate’s 得票率 when valid ballots differ from the ballots cast', () => {
  const text = (share: string) => `参加投票1000人，有效票900张。王林获得600票，得票率${share}。`;

  it('judges it when both readings give one verdict', () => {
    // 600 / 1000 = 60%, 600 / 900 = 66.67%: 70% is wrong either way.
    expect(findings(text('70%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '得票率70%']]);
    const same = '参加投票900人，有效票900张。王林获得600票，得票率66.67%。';
    expect(shares(same)).toEqual([['得票率66.67%', true]]);
  });

  it('leaves it unjudged, with the reason, when one reading makes it right and the other wrong', () => {
    for (const share of ['60%', '66.67%']) {
      expect(findings(text(share))).toEqual([]);
      expect(shares(text(share))).toEqual([]);
      expect(unjudged(text(share))).toEqual([[`得票率${share}`, 'ambiguous-base']]);
    }
  });
});

describe('a label that names its body: an attribute, then a body stated as a total before', () => {
  const text = (first: string, second: string) =>
    `全区共选出村“两委”干部2270名。女性村“两委”干部共629人，占${first}；大专以上文化程度的村“两委”干部1963人，占${second}。`;

  it('judges the share against the body the label names, even after 共', () => {
    expect(shares(text('27.7%', '86.5%'))).toEqual([
      ['占27.7%', true],
      ['占86.5%', true],
    ]);
    expect(findings(text('28.7%', '86.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占28.7%']]);
    expect(findings(text('27.7%', '85.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占85.5%']]);
  });

  it('leaves a part larger than the body it names unjudged (another scope’s count)', () => {
    const wider = '全区共选出村“两委”干部2270名。全市女性村“两委”干部共8629人，占27.7%。';
    expect(findings(wider)).toEqual([]);
    expect(unjudged(wider)).toEqual([['占27.7%', 'counts-not-stated']]);
  });

  it('takes the newly elected members for a body of their own, not a part of the members before', () => {
    const newly = '全镇选出村委会成员120人。新当选的村委会成员共50人，占41.7%。';
    expect(shares(newly)).toEqual([]);
    expect(unread(newly)).toEqual([['41.7%', 'no-base']]);
  });

  it('takes no post for a body: 女性委员 after 委员 is a total of its own, its share unread', () => {
    const post = '全镇选出委员14名，女性委员共3名，占21.4%。';
    expect(shares(post)).toEqual([]);
    expect(unread(post)).toEqual([['21.4%', 'no-base']]);
  });
});

describe('在…的N名X中: the people counted, qualified before their count, are the total of the parts after', () => {
  const text = (share: string) =>
    `此外，在这次当选的2130名乡镇党代表中，基层一线代表为999名，占${share}，其中农民代表734名。`;

  it('judges a part’s share against them', () => {
    expect(shares(text('46.9%'))).toEqual([['占46.9%', true]]);
    expect(findings(text('46.9%'))).toEqual([]);
    expect(findings(text('45.9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占45.9%']]);
  });

  it('reads the qualified people before 中 as the total in their own clause, 在 or not (sixth round)', () => {
    const broken = '在这次，当选的2130名乡镇党代表中，基层一线代表为999名，占46.9%。';
    expect(shares(broken)).toEqual([['占46.9%', true]]);
  });

  it('reads no total when words that are no qualification (no 的) stand before the count', () => {
    const unqualified = '这次当选2130名乡镇党代表中，基层一线代表为999名，占46.9%。';
    expect(shares(unqualified)).toEqual([]);
    expect(unread(unqualified).map(([, reason]) => reason)).toContain('no-base');
  });
});

describe('a post named before 选出, and 村支书 for 村党支部书记', () => {
  const text = (share: string) =>
    `新一届村党支部书记选出8名。连选连任的村支部书记6人。本届村支书中45周岁以下5名，占${share}；初中文化程度2名，占25%。`;

  it('takes 村支书中 as the 8 村党支部书记 stated, and judges the parts’ shares of them', () => {
    expect(shares(text('62.5%'))).toEqual([
      ['占62.5%', true],
      ['占25%', true],
    ]);
    expect(findings(text('62.5%'))).toEqual([]);
    expect(findings(text('60.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占60.5%']]);
  });

  it('reads a count before 选出 as people only when the words name people (大会选出7名 names no body)', () => {
    expect(unread('大会选出7名，其中主任1名，副主任1名，委员3名。')).toEqual([['7', 'no-meaning']]);
    expect(findings('大会选出7名，其中主任1名，副主任1名，委员3名。')).toEqual([]);
  });

  it('leaves 支书中 unjudged when it may be the village or the community secretaries', () => {
    const two = '选出村党支部书记8名，社区党支部书记4名。本届支书中45周岁以下3名，占37.5%。';
    expect(findings(two)).toEqual([]);
    expect(unjudged(two)).toEqual([['占37.5%', 'counts-not-stated']]);
  });
});

describe('投票率 of an election by household representatives: 实到 of 应到 in its sentence', () => {
  const text = (share: string) =>
    `這次選舉應到戶代表267名，實到260名，發出選票260張，收回選票260張，投票率為${share}。`;

  it('judges the rate against those present and those expected when no registered voters are stated', () => {
    expect(shares(text('97.4%'))).toEqual([['投票率為97.4%', true]]);
    expect(findings(text('97.4%'))).toEqual([]);
    expect(findings(text('96.4%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '投票率為96.4%']]);
  });

  it('leaves it unjudged when the ballots returned differ from those present (of which is it?)', () => {
    const differ = '這次選舉應到戶代表267名，實到260名，收回選票250張，投票率為97.4%。';
    expect(findings(differ)).toEqual([]);
    // As in the simplified spelling once 戶 folds: 250 of 267, or the 260 present, whose is not said.
    expect(unjudged(differ)).toEqual([['投票率為97.4%', 'ambiguous-base']]);
  });

  it('takes no meeting’s attendance for the electorate when registered voters are stated', () => {
    const meeting = '登记选民300人。村民代表会议应到代表35人，实到30人，投票率为85.7%。';
    expect(findings(meeting)).toEqual([]);
    expect(shares(meeting)).toEqual([]);
  });
});

describe('a share a copy put on the line after 占', () => {
  const text = (share: string) =>
    `全区村委会成员共计1143人，其中，男822人，占有\n\n${share}；女321人，占28.1%。`;

  it('reads the line after 占 / 占有 as the same sentence, the share of the count before', () => {
    expect(shares(text('71。9%'))).toEqual([
      ['占有\n\n71。9%', true],
      ['占28.1%', true],
    ]);
    expect(findings(text('71。9%'))).toEqual([]);
    expect(findings(text('72。9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占有\n\n72。9%']]);
  });

  it('still ends a sentence at a line break after any other word', () => {
    const heading = '全区村委会成员共计1143人，其中，男822人\n\n71。9%的村实现一肩挑。';
    expect(shares(heading)).toEqual([]);
    expect(findings(heading)).toEqual([]);
  });
});

describe('在N个X中，有M个X…，…率: a rate of places, both counts stated in its sentence', () => {
  const text = (share: string) =>
    `在18个省辖市中，有10个省辖市实现了四大班子各配备1名女干部的目标，达标率${share}。`;

  it('judges the rate as the part of the places named by 在…中', () => {
    expect(shares(text('55.6%'))).toEqual([['达标率55.6%', true]]);
    expect(findings(text('55.6%'))).toEqual([]);
    expect(findings(text('56.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '达标率56.6%']]);
  });

  it('leaves a rate of people after the places unjudged, and no winner declared by 当选率', () => {
    for (const rate of ['女性当选率为25.0%', '参选率为25.0%']) {
      const text = `在18个省辖市中，有10个省辖市完成换届，${rate}。`;
      expect(findings(text)).toEqual([]);
      expect(shares(text)).toEqual([]);
      expect(unread(text).map(([, reason]) => reason)).not.toContain('not-a-name');
    }
  });

  it('leaves the rate unread when the part names other places, exceeds the total, or stands in another sentence', () => {
    for (const other of [
      '在18个省辖市中，有10个市实现了目标，达标率55.6%。',
      '在18个省辖市中，有20个省辖市实现了目标，达标率55.6%。',
      '在18个省辖市中，有10个省辖市实现了目标。达标率55.6%。',
    ]) {
      expect(shares(other)).toEqual([]);
      expect(unread(other)).toContainEqual(['55.6%', 'no-meaning']);
    }
  });

  it('takes no other share word for such a rate (比例 of what?)', () => {
    const ratio = '在18个省辖市中，有10个省辖市实现了目标，女干部比例为55.6%。';
    expect(shares(ratio)).toEqual([]);
    expect(unread(ratio)).toEqual([['55.6%', 'no-base']]);
  });
});

describe('shapes refused: a guessed part or base, so the share stays unread with its reason', () => {
  it.each([
    // 都 says every one did something; the rate may measure another thing.
    ['全镇22个村委会都按期完成换届选举，成功率达到了95%。', '95%', 'no-meaning'],
    ['参加换届的204个居委会都依法直接选举，直选比例达到90%。', '90%', 'no-base'],
    // Elections counted in 次, their bodies in the sentence before.
    ['全镇有9个居委会和8个村委会。居委会9次直选，直选率为90%。', '90%', 'no-meaning'],
    // People against a count of villages.
    ['全县28个村（社区）完成换届。书记、主任“一肩挑”28人，达到90%。', '90%', 'no-meaning'],
    // A body named by another word (年轻干部 for “两委”干部), and a total of its own after 共.
    ['全区选出“两委”干部2270名，35岁以下年轻干部共685人，占31.2%。', '31.2%', 'no-base'],
  ])('%s', (text, share, reason) => {
    expect(shares(text)).toEqual([]);
    expect(findings(text)).toEqual([]);
    expect(unread(text)).toContainEqual([share, reason]);
  });
});
