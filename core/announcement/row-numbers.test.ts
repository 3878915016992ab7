import { describe, expect, it } from 'vitest';
import { alarms, counts, findings, rows, unread } from './corpus/read-shapes.js';
import { normalizeText } from './normalize-text.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { reportNothingRead } from './report-unread.js';
import { rowNumberStarts } from './row-numbers.js';
import { scanNumbers } from './scan-numbers.js';

const scan = (text: string) =>
  scanNumbers(normalizeText(text)).map((token) => [
    text.slice(token.span[0], token.span[1]),
    token.value.digits,
    token.value.decimals,
  ]);

const PROXY_VOTES = [
  '某村委托投票公示',
  '序号  委托人  小组  受委托人',
  '1  曹金兰  第3组  委托  毛红春',
  '12  万强伟  第2组  委托  陆梅春',
].join('\n');

describe('a number before a name opening with the surname 万', () => {
  it('is not scaled by that 万', () => {
    expect(scan('委托人名单：\n12  万强伟  第2组\n3\t万丽\t第5组')).toEqual([
      ['12', 12n, 0],
      ['3', 3n, 0],
    ]);
  });
  it('keeps counts in 万, spaced or not, as before', () => {
    expect(scan('登记选民12万人，参加投票1.2万人，另有12 万人、1.2 万选民、3 万余名、5 万以上')).toEqual([
      ['12万', 120000n, 0],
      ['1.2万', 12000n, 0],
      ['12 万', 120000n, 0],
      ['1.2 万', 12000n, 0],
      ['3 万余', 30000n, 0],
      ['5 万', 50000n, 0],
    ]);
  });
});

describe('row numbers under a 序号 column', () => {
  it('are found under 序号, 编号 and No. while the numbers rise', () => {
    const text = '序号  姓名\n1  王林\n\n2  万强\n编号\t姓名\n3\t李华\nNo.  姓名\n| 1 | 周丽 |\n1  不再是行';
    const folded = normalizeText(text);
    expect([...rowNumberStarts(folded)].map((at) => folded.slice(at, at + 1))).toEqual(['1', '2', '3', '1']);
  });
  it('are no figure of any list, read or unread', () => {
    // 第3组, 第2组 are ordinals too: nothing in the list is a number.
    expect(scan(PROXY_VOTES)).toEqual([]);
    const figures = readAnnouncementText(PROXY_VOTES);
    expect(figures.unread).toEqual([]);
    expect(figures.rowNumbers).toBe(2);
  });
  it('make the notice no text without numbers: nothing read is informational', () => {
    const [finding] = reportNothingRead(readAnnouncementText(PROXY_VOTES), 'zh');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toContain('2个序号');
  });
});

describe('numbered rows of candidates with no 序号 heading', () => {
  const HEAD = '本村登记选民2200人，参加投票2010人，发出选票2010张，收回选票2004张，有效票1996张。\n';
  const votes = (text: string) =>
    rows(text).flatMap(([kind, name, , value]) => (kind === 'votes' ? [[name, value]] : []));

  it('are row numbers when they run on by one, each line holding a candidate’s votes', () => {
    const text = `${HEAD}1 陈明 1122票\n2 张伟（女） 856票\n\n3\t李娜\t690票\n`;
    expect(unread(text)).toEqual([]);
    expect(votes(text)).toEqual([
      ['陈明', 1122],
      ['张伟', 856],
      ['李娜', 690],
    ]);
  });

  it('take no 万 or 亿 of a surname run against them, and read the name whole', () => {
    const text = `${HEAD}10李明 1500票\n11万强伟 1456票\n12千红 1320票\n13百里杰 980票\n14亿朋 12票\n`;
    expect(unread(text)).toEqual([]);
    expect(votes(text)).toEqual([
      ['李明', 1500],
      ['万强伟', 1456],
      ['千红', 1320],
      ['百里杰', 980],
      ['亿朋', 12],
    ]);
  });

  it('let a loser declared elected be caught under his whole name', () => {
    const text = `${HEAD}1李明 1020票\n2万强伟 856票\n3王刚 120票\n万强伟当选为村民委员会主任。`;
    expect(alarms(text, true)).toContain('ANNOUNCED_WINNER_MISMATCH 856/1006');
  });

  it('are not numbers that do not run on, nor counts at a line’s start', () => {
    const apart = `${HEAD}3 周红 520票\n7 吴刚 190票\n`;
    expect(unread(apart).map(([text]) => text)).toEqual(['3', '7']);
    const counts = '选举情况：\n2万人参加投票，投出1.9万张选票\n3个村 856票\n4个村 900票\n';
    expect(scan(counts).map(([text]) => text)).toEqual(['2万', '1.9万', '3', '856', '4', '900']);
    const folded = normalizeText('1 张选票作废 12票\n2 名候选人 30票\n');
    expect(rowNumberStarts(folded).size).toBe(0);
  });

  it('keep a single line’s 万 out of its number’s value when its meaning is unsure', () => {
    // One line is no list: 1万 is listed unread, never read as 10,000.
    const text = `${HEAD}1万强伟得票1002票，当选为主任。`;
    expect(unread(text).map(([text]) => text)).toContain('1万');
  });

  it('give a single line’s votes to no name that its number’s 万 may open, nor one with 同志 glued', () => {
    // 万强伟 (a row's 1) or 强伟 (beside 10000): unsure, so the votes are unread, not 强伟同志's.
    const text = `${HEAD}1万强伟同志得票1002票`;
    const votes = rows(text).filter(([kind]) => kind === 'votes');
    expect(votes).toEqual([]);
    expect(unread(text)).toContainEqual(['1002', 'not-a-name']);
    // With no number before it, the name is read without its 同志.
    const plain = rows(`${HEAD}张伟同志得票1002票`).filter(([kind]) => kind === 'votes');
    expect(plain.map(([, name, , value]) => [name, value])).toEqual([['张伟', 1002]]);
  });
});

describe('numbered lines of a notice’s counts with no mark, the list opening at 1', () => {
  const LIST =
    '北湾村选举情况\n1 本村登记选民1500人，参加投票1380人\n2 共发出选票1380张，收回选票1375张\n3 有效票1360张，无效票15张\n4 张伟得票856票，当选为主任\n';
  it('are row numbers: no 2 ballots issued, no 3 valid, no 4 votes', () => {
    expect(counts(LIST)).toEqual([
      'registered 1500',
      'cast 1380',
      'issued 1380',
      'returned 1375',
      'valid 1360',
      'invalid 15',
    ]);
    expect(alarms(LIST, true)).toEqual([]);
    expect(unread(LIST).map(([text]) => text)).not.toContain('4');
  });
  it('are row numbers when the first line opens with 选, the list’s other rows sure', () => {
    const schedule =
      '选举安排\n1 选民登记时间为11月1日至11月5日\n2 候选人公示期5天\n3 投票时间为11月20日\n本村登记选民900人，参加投票820人。\n';
    expect(rowNumberStarts(normalizeText(schedule)).size).toBe(3);
    expect(unread(schedule).map(([text]) => text)).not.toContain('1 选民登记时间为11月1日至11月5日');
    expect(unread(schedule).map(([text]) => text)).not.toContain('2');
    // With one sure row besides, 1 选民 may be a count of voters: no list.
    expect(rowNumberStarts(normalizeText('1 选民登记时间为11月1日\n2 候选人公示期5天\n')).size).toBe(0);
  });
  it('are no list when it opens elsewhere and the lines hold no votes', () => {
    const folded = normalizeText('2 共发出选票1380人\n3 收回选票1375人\n');
    expect(rowNumberStarts(folded).size).toBe(0);
  });
});

describe('a row’s number run against the name under a 序号 column', () => {
  it('is its own cell: the name is read whole', () => {
    const text = '有效票1490张。\n序号 姓名 得票数\n1 陈明 1122票\n2万强伟 356票\n12千红 12票\n';
    expect(
      rows(text)
        .filter(([kind]) => kind === 'votes')
        .map(([, name, , value]) => [name, value]),
    ).toEqual([
      ['陈明', 1122],
      ['万强伟', 356],
      ['千红', 12],
    ]);
    expect(unread(text)).toEqual([]);
  });
});

describe('a share after the votes on a candidate’s line', () => {
  const HEAD = '本村参加投票1380人，收回选票1380张，有效票1380张。\n';
  it('is the share of those votes, judged right or wrong', () => {
    expect(unread(`${HEAD}1. 张伟 856票 62.0%\n2. 李娜（女） 490票 35.5%\n`)).toEqual([]);
    expect(findings(`${HEAD}1. 张伟 856票 66.0%\n2. 李娜 490票 35.5%\n`)).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '66.0%'],
    ]);
  });
  it('is left unjudged when the ballots it is of are not clear, and when more follows it', () => {
    // 856 of the 1360 valid ballots is 62.9%, of the 1380 voters 62.0%: right of one, no alarm.
    const twoBases = '本村参加投票1380人，有效票1360张。\n张伟 856票 62.9%\n';
    expect(findings(twoBases)).toEqual([]);
    // Wrong of both is wrong.
    expect(findings('本村参加投票1380人，有效票1360张。\n张伟 856票 66.0%\n')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '66.0%'],
    ]);
    expect(findings(`${HEAD}张伟 856票 66.0% 较上届提高\n`)).toEqual([]);
  });
});
