import { describe, expect, it } from 'vitest';
import { getRulePack } from '../rules/registry.js';
import { judgeAnnouncement } from './judge-announcement.js';
import { readAnnouncementText } from './read-announcement-text.js';
import { isHanPersonName } from './person-name.js';

const village = getRulePack('cn-village')!;

const HEAD = [
  '河口村第十二届村民委员会选举结果公告',
  '登记选民1,468人，参加投票选民1,230人，选举有效。共发出选票1,230张，收回1,230张，有效票1,223张，无效票7张。',
];
const read = (line: string) => readAnnouncementText([...HEAD, line].join('\n'));
const declared = (line: string) =>
  read(line).figures.flatMap((figure) => (figure.kind === 'elected' ? [[...figure.names]] : []));
const voters = (line: string) =>
  read(line).figures.flatMap((figure) => (figure.kind === 'votes' ? [figure.candidate] : []));
const alarms = (line: string) =>
  judgeAnnouncement(read(line), village, 'first', 'en')
    .findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map((finding) => finding.code);

describe('winners declared after a colon', () => {
  it('reads the names after 选举结果如下： and judges the winner by the votes', () => {
    const line = '选举结果如下：陈立新当选为村民委员会主任，得票600票。';
    expect(declared(line)).toEqual([['陈立新']]);
    expect(alarms(line)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(alarms('选举结果如下：陈立新当选为村民委员会主任，得票1,004票。')).toEqual([]);
  });

  it('reads names after a post heading with a colon', () => {
    expect(declared('村民委员会委员：张强、刘芳当选。张强得票900票，刘芳得票850票。')).toEqual([
      ['张强', '刘芳'],
    ]);
  });

  it('declares no one for a place before 新当选', () => {
    expect(declared('本届村民委员会成员3名。全村新当选为村民委员会委员的是王建新、李红。')).toEqual([]);
  });
});

describe('a tie all declared', () => {
  it('declares every tied name, a sex in brackets after the last or not', () => {
    const line = '委员候选人张明、李红（女）得票相等，均为700票，均当选为村民委员会委员。';
    expect(voters(line)).toEqual(['张明', '李红']);
    expect(declared(line)).toEqual([['张明', '李红']]);
    expect(alarms(line)).toEqual([]);
    expect(alarms('委员候选人张明、李红得票相等，均为700票，均当选为村民委员会委员。')).toEqual([]);
    expect(alarms('委员候选人张明、李红（女）得票相等，均为600票，均当选为村民委员会委员。')).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('declares only the name drawn when the tie was settled by lot', () => {
    expect(
      declared('委员候选人张明、李红（女）得票相等，均为700票，经抽签，张明当选为村民委员会委员。'),
    ).toEqual([['张明']]);
  });
});

describe('winners re-elected (重新当选)', () => {
  it('declares the name before 重新 and gives it the votes after', () => {
    const line = '王林重新当选为村民委员会主任，得票590票。';
    expect(voters(line)).toEqual(['王林']);
    expect(declared(line)).toEqual([['王林']]);
    expect(alarms(line)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(declared('周丽（女）重新当选为村民委员会委员，得票900票。')).toEqual([['周丽']]);
  });

  it('declares the name whose votes were just read before ，重新当选为 a post', () => {
    expect(alarms('主任候选人王林得票598票，重新当选为村民委员会主任。')).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(alarms('主任候选人王林得票1,004票，重新当选为村民委员会主任。')).toEqual([]);
  });

  it('declares no one where no name stands before 重新当选', () => {
    expect(
      declared('王林得票1,004票。本届重新当选为村民委员会委员的有2人，全村重新当选的有王林、周丽。'),
    ).toEqual([]);
    expect(declared('王林得票1,004票。本届村民委员会成员3名，其中重新当选3名。')).toEqual([]);
  });
});

describe('names with 得 or 以 in the middle', () => {
  it('reads 李得胜 and 刘以诚 as names', () => {
    expect(voters('主任候选人李得胜得票604票，当选为村民委员会主任。')).toEqual(['李得胜']);
    expect(alarms('主任候选人李得胜得票604票，当选为村民委员会主任。')).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
    expect(declared('刘以诚以812票当选为村民委员会委员。')).toEqual([['刘以诚']]);
  });

  it('reads no name of words that 得 or 以 make', () => {
    expect(voters('主任候选人王林得票1,004票，当选为村民委员会主任；李明仅得到200票。')).toEqual(['王林']);
    for (const words of ['王以高', '张以多', '李得票']) expect(isHanPersonName(words)).toBe(false);
  });
});

describe('a note on the order of a list of names', () => {
  it('is no part of the last name, and cuts no list from its votes or its declaration', () => {
    const line =
      '委员候选人周丽、吴海、郑伟（按得票多少为序）分别得票900票、800票、600票，均当选为村民委员会委员。';
    expect(voters(line)).toEqual(['周丽', '吴海', '郑伟']);
    expect(declared(line)).toEqual([['周丽', '吴海', '郑伟']]);
    expect(alarms(line)).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    expect(
      declared(
        '周丽得票900票，吴海得票800票，郑伟得票700票。周丽、吴海、郑伟（按姓氏笔画为序）当选为村民委员会委员。',
      ),
    ).toEqual([['周丽', '吴海', '郑伟']]);
  });
});
