import { describe, expect, it } from 'vitest';
import { alarms, counts, judged, work } from './corpus/read-shapes.js';
import { normalizeText } from './normalize-text.js';
import { contestResolver } from './resolve-contest.js';

/**
 * Right texts that drew a warning: keycap emoji numbering a post's items, items of one line parted by
 * `|`, counts written in 万 to two decimals beside a share of the exact counts, and the last term's
 * turnout beside this term's counts. Each beside a variant with one error planted. Every number and
 * name is invented.
 */

describe('keycap emoji that number a post’s items', () => {
  // 1417 of 1522 is 93.1011…% → 93.10%.
  const POST = (rate = '93.10') =>
    [
      '📢枫桥村选举快报',
      '1️⃣ 登记选民：1522人',
      '2️⃣ 参加投票：1417人',
      `3️⃣ 参选率：${rate}%`,
      '4️⃣ 有效票：1409张，无效票：8张',
      '5️⃣ 当选主任：吕建新（1230票）',
    ].join('\n');

  it('reads them as bullets, not as the figures 1, 2 and 3', () => {
    expect(alarms(POST())).toEqual([]);
    expect(judged(POST())).toContainEqual(['share', '参选率：93.10%', true]);
  });

  it('still flags a wrong turnout', () => {
    expect(alarms(POST('93.01'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93.01%/93.10%']);
  });

  it('keeps the length of the text, and a run of keycaps inside a line spells its number', () => {
    const text = '登记选民1️⃣2️⃣9️⃣6️⃣人\n#️⃣ 参加投票1203人';
    const folded = normalizeText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toContain('1296人');
    expect(folded).not.toMatch(/#|\u20e3/);
  });
});

describe('items of one line parted by |', () => {
  const POST = (votes = '982') =>
    `枫林村登记选民1388人，参加投票1296人，参选率93.37%。\n主任：严峻 1103票 | 委员：郝春梅（女）1057票、甘霖 ${votes}票`;

  it('reads the members after | as of their own post, not of the chair', () => {
    expect(alarms(POST())).toEqual([]);
  });

  it('still flags a member’s votes above the voters', () => {
    expect(alarms(POST('1382')).map((alarm) => alarm.split(' ')[0])).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('leaves a table’s row whole where the bar follows a label alone', () => {
    // 1210 of 1888 is 64.0889…% → 64.1%; 662 of 1888 is 35.06…% → 35.1%.
    const TABLE = (share: string) =>
      [
        'Candidate | Votes | Share of valid votes | Elected',
        `Fu Lan | 1,210 | ${share}% | Yes`,
        'Gao Peng | 662 | 35.1% | No',
        'Valid votes | 1,888 | |',
      ].join('\n');
    expect(counts(TABLE('64.1'))).toContain('valid 1888');
    expect(alarms(TABLE('64.1'))).toEqual([]);
    expect(alarms(TABLE('66.1')).map((alarm) => alarm.split(' ')[0])).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });
});

describe('counts written in 万 to their last digit beside a share of the exact counts', () => {
  // 21849 of 23552 is 92.7692…% → 92.77%; 2.18万 of 2.36万 is 92.37%. Counts from 2.355万 to 2.365万
  // and from 2.175万 to 2.185万 give 91.96% to 92.78%.
  const SUMMARY = (rate: string) =>
    `全区58个村全部完成换届。登记选民2.36万人，参加投票2.18万人，参选率${rate}%。`;

  it('does not judge a share the rounded counts may give, and says why', () => {
    expect(alarms(SUMMARY('92.77'))).toEqual([]);
    expect(work(SUMMARY('92.77')).unjudged.map((figure) => [figure.text, figure.reason])).toContainEqual([
      '参选率92.77%',
      'counts-not-stated',
    ]);
  });

  it('still judges a share right of the counts as written', () => {
    expect(judged(SUMMARY('92.37'))).toContainEqual(['share', '参选率92.37%', true]);
  });

  it('flags a share no counts that round to them give', () => {
    expect(alarms(SUMMARY('93.77'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 93.77%/92.37%']);
  });
});

describe('the last term’s share beside this term’s counts', () => {
  const BRIEF = (last = '93.5') =>
    `龙门村选举简报\n本届参选率91.9%（登记选民1612人，参加投票1481人），上届参选率为${last}%，比上届下降了1.6个百分点。`;

  it('does not judge the last term’s turnout by this term’s counts', () => {
    expect(alarms(BRIEF())).toEqual([]);
    expect(work(BRIEF()).unjudged.map((figure) => [figure.text, figure.reason])).toContainEqual([
      '上届参选率为93.5%',
      'counts-not-stated',
    ]);
  });

  it('still judges it by counts of the last term', () => {
    const text =
      '本届登记选民1612人，参加投票1481人，参选率91.9%。上届登记选民1660人，参加投票1552人，上届参选率为95.5%。';
    // 1552 of 1660 is 93.4939…% → 93.5%.
    expect(alarms(text)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 95.5%/93.5%']);
  });
});

describe('本届 after the last term’s counts in one sentence', () => {
  // 39 of 1208 is 3.228…% → 3.2%; 1169 of 1302 is 89.784…% → 89.78%.
  const BRIEF = (voters = '1169') =>
    `竹溪村两届选举对比\n上届登记选民1360人，参加投票1208人；本届登记选民1302人，参加投票${voters}人，参加投票人数比上届下降3.2%，参选率为89.78%。`;

  it('reads the counts after 本届 as of this term, not as the last term’s stated again', () => {
    expect(alarms(BRIEF())).toEqual([]);
    expect(judged(BRIEF())).toContainEqual(['share', '参选率为89.78%', true]);
  });

  it('still flags this term’s turnout wrong of this term’s counts', () => {
    // 1196 of 1302 is 91.858…%.
    expect(alarms(BRIEF('1196'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 89.78%/91.86%']);
  });
});

describe('a post named with its seats after another post’s votes in one sentence', () => {
  const NOTICE = (votes = '884') =>
    `黄土村村民委员会选举结果公告\n本村登记选民1318人，参加投票1204人，参选率91.35%。收回选票1204张，有效票1196张。\n主任：冷建军得票1003票，当选；委员应选2名，包丽（女）得票${votes}票当选，其余候选人得票未过半数。`;

  it('reads the member’s votes as of the members, not the chair’s', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(NOTICE(), true)).toEqual([]);
  });

  it('still flags a member declared elected below half of the voters', () => {
    // More than half of the 1204 who voted is at least 603.
    expect(alarms(NOTICE('584'), true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 584/603']);
  });
});

describe('妇女委员： as a post’s heading', () => {
  const NOTICE = (votes = '1125') =>
    `柳林村第十二届村民委员会选举结果公告\n本村登记选民1560人，参加投票1438人，参选率92.18%。收回选票1438张，有效票1429张，无效票9张。\n主任：祝国平，得票1203票；\n妇女委员：孟丽娟，得票${votes}票；\n委员：邢海、卓越，分别得票1066票、987票。`;

  it('reads the woman member’s votes as of her post, not the chair’s', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(alarms(NOTICE(), true)).toEqual([]);
  });

  it('still flags her votes above the valid ballots', () => {
    expect(alarms(NOTICE('1495')).map((alarm) => alarm.split(' ')[0])).toContain('ANNOUNCED_SUM_MISMATCH');
  });

  it('still reads 妇女委员：3名 in a summary as a count of people, not a post', () => {
    expect(alarms('全镇当选村委会成员12名，其中\n妇女委员：3名，占25.0%。')).toEqual([]);
  });
});

describe('a member’s duty named 主任 (委员兼妇女主任, 治保主任)', () => {
  const NOTICE = (votes = '1042') =>
    `荷塘村村民委员会选举结果\n登记选民1290人，参加投票1201人，参选率93.10%。\n主任：向阳，1005票；\n委员兼妇女主任：田甜（女），${votes}票；\n委员兼会计：龙飞，966票。`;

  it('reads the duty’s holder as a member, not as a second candidate for chair', () => {
    expect(alarms(NOTICE())).toEqual([]);
    expect(contestResolver()('委员兼妇女主任')).toEqual({ id: null, text: '委员' });
    expect(contestResolver()('治保主任')).toEqual({ id: null, text: '委员' });
  });

  it('still reads the chair held with the party’s post as the chair', () => {
    expect(contestResolver()('村党支部书记兼村委会主任')).toEqual({ id: null, text: '主任' });
  });

  it('still flags the member declared elected below half of the voters', () => {
    // More than half of the 1201 who voted is at least 601.
    expect(alarms(`${NOTICE('582')}\n以上3人当选。`, true)).toEqual(['ANNOUNCED_WINNER_MISMATCH 582/601']);
  });
});
