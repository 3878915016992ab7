import { describe, expect, it } from 'vitest';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { expectedRows } from './corpus/expected-rows.js';
import { readAnnouncementText } from './read-announcement-text.js';

const read = (text: string) => readAnnouncementText(text);
const rows = (text: string) => expectedRows(read(text));
const shares = (text: string) =>
  rows(text)
    .filter(([kind]) => kind === 'percent')
    .map(([, what, , value]) => [what, value]);
const findings = (text: string) =>
  checkAnnouncementArithmetic(read(text), 'en').map((finding) => [
    finding.code,
    finding.where?.text,
    finding.expected,
    finding.found,
  ]);
const unread = (text: string) => read(text).unread.map((figure) => figure.text);

describe('township summaries: what a share is of', () => {
  const issueText =
    '全镇12个村共选出村委会成员58名，其中女性成员15名，占25.9%；35岁以下的9名，占15.5%；平均年龄41.2岁。';

  it('reads the issue’s example: parts of the members, not of the villages', () => {
    expect(rows(issueText)).toEqual([
      ['group', '村', null, 12, '全镇12个村'],
      ['group', '村委会成员', null, 58, '共选出村委会成员58名'],
      ['group', '女性成员', '村委会成员', 15, '女性成员15名'],
      ['percent', 'group 女性成员 / group 村委会成员', null, '25.9', '占25.9%'],
      ['group', '35岁以下', '村委会成员', 9, '35岁以下的9名'],
      ['percent', 'group 35岁以下 / group 村委会成员', null, '15.5', '占15.5%'],
    ]);
    expect(findings(issueText)).toEqual([]);
    // The average age is a figure no other stated figure can check: listed, not dropped.
    expect(unread(issueText)).toEqual(['41.2']);
  });

  it('flags a wrong share with its stated and exact value and the total it was taken of', () => {
    const [finding] = checkAnnouncementArithmetic(read(issueText.replace('25.9%', '29.5%')), 'zh');
    expect([finding?.code, finding?.expected, finding?.found]).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH',
      '25.9%',
      '29.5%',
    ]);
    expect(finding?.messages.zh).toContain('女性成员15人占村委会成员58人的25.8620…%');
  });

  it('reads shares in brackets, after a colon and after 占比 or 比例', () => {
    const text =
      '共选出成员59名。其中：女性成员：33名（55.9%）；男性26名，占比44.1%；连任31名，连任比例为52.5%。';
    expect(shares(text)).toEqual([
      ['group 女性成员 / group 成员', '55.9'],
      ['group 男性 / group 成员', '44.1'],
    ]);
    // 连任比例 may be of the last term's members as well as of these 59: left unread (reelection-rate-base.test.ts).
    expect(read(text).unread.map((figure) => [figure.text, figure.reason])).toContainEqual([
      '52.5%',
      'reelection-rate',
    ]);
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('（55.9%）', '（56.9%）'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '56.9%', '55.9%', '56.9%'],
    ]);
  });

  it('takes a base named after 占 over the nearest total', () => {
    const text = '共选出成员60名，其中女性成员15名，占25%；担任主任的女性3名，占女性成员的20%。';
    expect(shares(text)).toEqual([
      ['group 女性成员 / group 成员', '25'],
      ['group 担任主任的女性 / group 女性成员', '20'],
    ]);
    expect(findings(text)).toEqual([]);
    // 3 of the 60 members would be 5%: the named base, not the nearest total, decides.
    expect(findings(text.replace('20%', '5%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占女性成员的5%', '20%', '5%'],
    ]);
  });

  it('leaves a share of a part of a part unread: of the part, or of the total? (never guessed)', () => {
    const text = '党组织班子成员52名，其中女性9名，其中担任书记的2名，占22.2%；35岁以下的7名，占13.5%。';
    expect(rows(text).filter(([kind]) => kind === 'group')).toEqual([
      ['group', '党组织班子成员', null, 52, '党组织班子成员52名'],
      ['group', '女性', '党组织班子成员', 9, '女性9名'],
      ['group', '担任书记', '女性', 2, '担任书记的2名'],
      // After ；the parts are the total's again.
      ['group', '35岁以下', '党组织班子成员', 7, '35岁以下的7名'],
    ]);
    expect(unread(text)).toEqual(['22.2%']);
    expect(findings(text)).toEqual([]);
  });

  it('takes the share of villages for a count of villages, not of people', () => {
    const text = '全镇16个村（社区）共选出村委会成员64名。村党组织书记、村委会主任“一肩挑”的15个，占93.8%。';
    expect(shares(text)).toEqual([['group 村党组织书记村委会主任“一肩挑” / group 村（社区）', '93.8']]);
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('93.8%', '23.4%'))).toHaveLength(1);
  });

  it('reads X中， as the total of the parts after it, across sentences of the paragraph', () => {
    const text = '新一届村委会成员64名，其中主任16名。村委会成员中，女性17名，占26.6%。连任的39名，占60.9%。';
    expect(shares(text)).toEqual([
      ['group 女性 / group 村委会成员', '26.6'],
      ['group 连任 / group 村委会成员', '60.9'],
    ]);
  });

  it('leaves a share unread when the paragraph states no total (a heading starts afresh)', () => {
    expect(unread('三、党组织换届情况\n女性9名，占17.3%。')).toEqual(['17.3%']);
  });

  it('flags parts that do not add up: men and women, re-elected and newly elected', () => {
    expect(findings('共选出成员64名，其中男性48名，女性17名；连任的39名，新当选的24名。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '共选出成员64名', 64, 65],
      ['ANNOUNCED_SUM_MISMATCH', '共选出成员64名', 64, 63],
    ]);
  });

  it('does not take 新当选 for a declaration of who was elected', () => {
    expect(rows('共选出成员59名。其中：新当选：28名；新当选的31名。').map(([kind]) => kind)).not.toContain(
      'elected',
    );
  });
});

describe('traditional and English summaries', () => {
  it('reads traditional characters like simplified', () => {
    const text = '登記選民1860人，參加投票1322人，參選率71.1%。有效票1300張。王林得票812票，當選為主任。';
    expect(rows(text)).toEqual([
      ['count', 'registered', null, 1860, '登記選民1860人'],
      ['count', 'cast', null, 1322, '參加投票1322人'],
      ['percent', 'cast / registered', null, '71.1', '參選率71.1%'],
      ['count', 'valid', null, 1300, '有效票1300張'],
      ['votes', '王林', null, 812, '王林得票812票'],
      ['elected', 'elected', '主任', ['王林'], '當選為主任'],
    ]);
    expect(shares('全鄉共選舉產生村民委員會成員37名，其中連任的20名，佔54.1%。')).toEqual([
      ['group 连任 / group 村民委员会成员', '54.1'],
    ]);
  });

  it('reads the issue’s English announcement, with a share in brackets', () => {
    const text =
      'Registered voters: 1,860; ballots cast: 1,322 (71.1%). Wang Lin received 812 votes and was elected chair.';
    expect(rows(text)).toEqual([
      ['count', 'registered', null, 1860, 'Registered voters: 1,860'],
      // Ballots cast are the ballots in the box (收回); their share in brackets is the turnout.
      ['count', 'returned', null, 1322, 'ballots cast: 1,322'],
      ['percent', 'returned / registered', null, '71.1', '71.1%'],
      ['votes', 'Wang Lin', null, 812, 'Wang Lin received 812 votes'],
      ['elected', 'elected', '主任', ['Wang Lin'], 'was elected chair'],
    ]);
    expect(findings(text.replace('71.1%', '72.1%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '72.1%', '71.1%', '72.1%'],
    ]);
  });

  it('reads English summaries: totals, men and women, labels before a colon', () => {
    const text =
      'A total of 58 committee members were elected, including 43 men and 15 women (25.9%). Members aged under 35: 9 (15.5%).';
    expect(shares(text)).toEqual([
      ['group women / group committee members', '25.9'],
      ['group members aged under 35 / group committee members', '15.5'],
    ]);
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('43 men', '44 men'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', 'A total of 58 committee members', 58, 59],
    ]);
    // “were elected” after a count of members declares no one elected.
    expect(rows(text).filter(([kind]) => kind === 'elected')).toEqual([]);
  });

  it('takes an English base named after “of”, and leaves a share of nothing stated unread', () => {
    const text =
      'A total of 58 committee members were elected. Women: 15, or 25.9% of the committee members. Of them, 20 hold a degree, or 34.5%.';
    expect(shares(text)).toEqual([['group women / group committee members', '25.9']]);
    expect(unread(text)).toEqual(['20', '34.5%']);
  });

  it('leaves a candidate’s share in brackets unread: of the ballots cast or the valid ones?', () => {
    expect(unread('Wang Lin 812 votes (62.1%).')).toEqual(['62.1%']);
  });
});

describe('township summaries: phrasing of published reports', () => {
  const posts = '经选举产生村委会主任20名，副主任6名，委员54名。';

  it('sums a committee stated only by its posts, and takes shares given respectively in order', () => {
    const text = `${posts}新一届班子中，妇女干部16名，少数民族干部3名，分别占村委会干部总数的20%和3.8%。`;
    expect(rows(text).filter(([, label]) => label === '村委会主任+副主任+委员')).toEqual([
      ['group', '村委会主任+副主任+委员', null, 80, '经选举产生村委会主任20名，副主任6名，委员54名'],
    ]);
    expect(shares(text)).toEqual([
      ['group 妇女干部 / group 村委会主任+副主任+委员', '20'],
      ['group 少数民族干部 / group 村委会主任+副主任+委员', '3.8'],
    ]);
    expect(findings(text)).toEqual([]);
    // Each share is judged against its own count: 3 of 80 is 3.75%, so 3.7% (truncated) is right too,
    // and 4.8% is wrong; 20% of 80 is 16, so 21% is wrong.
    expect(findings(text.replace('3.8%', '3.7%'))).toEqual([]);
    expect(findings(text.replace('3.8%', '4.8%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '和4.8%', '3.8%', '4.8%'],
    ]);
    expect(findings(text.replace('20%和', '21%和'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '分别占村委会干部总数的21%', '20%', '21%'],
    ]);
  });

  it('leaves shares given respectively unread when fewer groups than shares were read', () => {
    const text = `${posts}其中妇女干部16名，分别占村委会干部总数的20%和3.8%。`;
    expect(unread(text)).toEqual(['20%', '3.8%']);
  });

  it('checks that the posts listed after 其中 make up the stated total', () => {
    const text = '选出村委会成员共计45人，其中：村委会主任9人，副主任9人，委员27人。';
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('委员27人', '委员28人'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '选出村委会成员共计45人', 45, 46],
    ]);
    // 妇女委员 is no post: a part of the members, not summed with the posts.
    expect(findings(`${text.slice(0, -1)}，妇女委员5人。`)).toEqual([]);
  });

  it('reads people named after their count, and a count of a post that names the total of the parts after it', () => {
    const text = '全区经民主选举，产生193名居委会成员，其中大专以上学历184人，占所有成员的93.8%。';
    expect(shares(text)).toEqual([['group 大专以上学历 / group 居委会成员', '93.8']]);
    expect(findings(text)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占所有成员的93.8%', '95.3%', '93.8%']]);
    const chairs = '在9个村委会主任中，党员8人，占88%；连选连任的8人，占88%。';
    expect(shares(chairs)).toEqual([
      ['group 党员 / group 村委会主任', '88'],
      ['group 连选连任 / group 村委会主任', '88'],
    ]);
    // 8 of 9 is 88.88…%: 88% is right only as a truncation, and 87% is wrong either way.
    expect(findings(chairs)).toEqual([]);
    expect(findings(chairs.replace('占88%；', '占87%；'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占87%', '89%', '87%'],
    ]);
  });

  it('reads 村主任 as the post stated as 村（居）委主任, and 中共党员 as no total', () => {
    const text = `选举产生村（居）委主任434名，副主任58名，委员1055名。村主任中，连选连任的343人，新当选的91人。新一届村民委员会成员中，中共党员占568人。`;
    expect(findings(text)).toEqual([]);
    expect(findings(text.replace('新当选的91人', '新当选的92人'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '选举产生村（居）委主任434名', 434, 435],
    ]);
    expect(rows(text).at(-1)).toEqual([
      'group',
      '中共党员',
      '村（居）委主任+副主任+委员',
      568,
      '中共党员占568人',
    ]);
  });

  it('takes 31至55岁 as an age inside a label, not a count', () => {
    expect(rows('村委会成员共计45人，其中31至55岁33人。').at(-1)).toEqual([
      'group',
      '31至55岁',
      '村委会成员',
      33,
      '31至55岁33人',
    ]);
    expect(unread('村委会成员共计45人，其中31至55岁33人。')).toEqual([]);
  });

  it('keeps villages and communities apart: a count of villages is a part of the villages', () => {
    const text = '全县共有432个村委会，3个社区居委会。由村民会议推选选举委员会的村267个。';
    expect(rows(text).at(-1)?.[2]).toBe('村');
    expect(findings(text)).toEqual([]);
  });
});

describe('township summaries: the same words said of places and of a post of theirs', () => {
  const text = '8个村一次选举成功，村主任一次选举成功的有16个。';

  it('reads villages whose 主任 was elected at once as another figure than villages elected at once', () => {
    expect(rows(text)).toEqual([
      ['group', '村', null, 8, '8个村'],
      ['group', '村主任一次选举成功', null, 16, '村主任一次选举成功的有16个'],
    ]);
    expect(findings(text)).toEqual([]);
    expect(findings('8个村一次选举成功，村委会主任一次选举成功的有6个。')).toEqual([]);
  });

  it('still judges a part said of the places themselves, never one said of a post of theirs', () => {
    // The same words of the same places: 16 of 8 is wrong.
    expect(findings('8个村一次选举成功，一次选举成功的有16个。')).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '一次选举成功的有16个', 8, 16],
    ]);
    // A count said of a post of the places (村主任…的有16个) names another subject than the villages: it
    // is not compared with them, even when the total was said of nothing (comparable-mentions.ts).
    expect(findings('全镇共有8个村，村主任一次选举成功的有16个。')).toEqual([]);
  });
});

describe('township summaries: 主席中 (and a post alone before 中) names the total of the parts after it', () => {
  const text =
    '一共选出主席25人，专兼职副主席75人，执委624人。主席中，新任的20人，占80%；30岁以下的17人，占 68%。';

  it('takes the chairs, not the body read last, as the base of the shares after 主席中', () => {
    expect(shares(text)).toEqual([
      ['group 新任 / group 主席', '80'],
      ['group 30岁以下 / group 主席', '68'],
    ]);
    expect(findings(text)).toEqual([]);
  });

  it('flags a wrong share of the chairs', () => {
    expect(findings(text.replace('占80%', '占70%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占70%', '80%', '70%'],
    ]);
  });

  it('keeps 副主席中 the vice-chairs’ (near miss): their parts add up to them, not to the chairs', () => {
    const vice = '一共选出主席25人，专兼职副主席75人。专兼职副主席中，教师35人，医护人员40人。';
    expect(
      rows(vice)
        .slice(-2)
        .map((row) => row[2]),
    ).toEqual(['专兼职副主席', '专兼职副主席']);
    expect(findings(vice)).toEqual([]);
    // A part larger than the vice-chairs is flagged against them.
    expect(findings(vice.replace('医护人员40人', '医护人员80人'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '医护人员80人', 75, 80],
    ]);
  });
});

describe('township summaries: N名X中 and a part in the same clause', () => {
  const text = '63名两委成员中高中以上（含中专）37名，占58.73%。';

  it('takes the people counted before 中 as the total of the part after it', () => {
    expect(rows(text).slice(0, 2)).toEqual([
      ['group', '两委成员', null, 63, '63名两委成员中'],
      ['group', '高中以上（含中专）', '两委成员', 37, '高中以上（含中专）37名'],
    ]);
    expect(shares(text)).toEqual([['group 高中以上（含中专） / group 两委成员', '58.73']]);
    expect(findings(text)).toEqual([]);
  });

  it('flags a wrong share of them', () => {
    expect(findings(text.replace('58.73%', '59.73%'))).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占59.73%', '58.73%', '59.73%'],
    ]);
  });

  it('reads no total from a count whose noun names no people (near miss)', () => {
    const places = '63个选区中高中以上37名，占58.73%。';
    expect(rows(places).some((row) => row[3] === 63)).toBe(false);
    expect(findings(places)).toEqual([]);
  });
});
