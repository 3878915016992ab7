import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';
import { villageBlockNamesInProse } from './label-lines.js';

/**
 * A township's summary in blocks, a block opening with the supervisory committee's vote: after a bare `；` the
 * counts' body is not stated (listed unread, `body-unstated`); `；同日进行社区居民委员会换届选举` names no place; and
 * the block's name again after `。` before its counts (`。长岭村登记选民…`) opens the village's block. Every
 * number and name here is invented.
 */
const township = (lines: readonly string[]) =>
  [
    '青山镇第十二届村民委员会换届选举情况通报',
    '全镇3个村于2026年5月9日同日选举。',
    ...lines,
    '青山镇人民政府',
    '',
  ].join('\n');
const plainBlock =
  '南坑村：登记选民1,120人，参加投票968人，有效票955张，无效票13张，朱涛得票770票，当选主任。';

describe('counts after a bare ； that follows another body’s vote', () => {
  const bare = (after: string) =>
    township([
      `东坑村：村务监督委员会由村民代表会议选举产生，到会村民代表29人，有效票29张；${after}`,
      '西坑村：村务监督委员会由村民代表会议选举产生，到会村民代表24人，有效票23张；选举参加投票705人，有效票698张，无效票7张，许莉得票533票，当选主任。',
      plainBlock,
    ]);

  it('lists them unread, their body not stated, and compares none of them', () => {
    const text = bare('参加投票812人，有效票803张，无效票9张，黄文彬得票640票，当选主任。');
    expect(unread(text).filter(([, reason]) => reason === 'body-unstated')).toEqual([
      ['812', 'body-unstated'],
      ['803', 'body-unstated'],
      ['9', 'body-unstated'],
    ]);
    expect(alarms(text, true)).toEqual([]);
    expect(judged(text).some(([, words]) => words === '参加投票812人')).toBe(false);
  });

  it('lists a share there unread too, never judged by another block’s counts', () => {
    const text = bare('登记选民1,030人，参加投票812人，参选率78.8%，有效票803张，无效票9张。');
    expect(unread(text)).toContainEqual(['78.8%', 'body-unstated']);
    expect(alarms(text, true)).toEqual([]);
  });

  it('keeps the committee’s clause after ；选举 read and judged, and a clause naming a body its own', () => {
    const text = bare('选举参加投票812人，有效票803张，无效票9张。');
    expect(unread(text).filter(([, reason]) => reason === 'body-unstated')).toEqual([]);
    expect(judged(text)).toContainEqual(['ballots', '选举参加投票812人', true]);
    const named = bare('选举产生村务监督委员会成员3名；选举李华为主任，得票27票。');
    expect(unread(named).filter(([, reason]) => reason === 'body-unstated')).toEqual([]);
  });

  it('still catches a wrong account in another block', () => {
    const text = township([
      '东坑村：村务监督委员会由村民代表会议选举产生，到会村民代表29人，有效票29张；参加投票812人，有效票803张，无效票9张。',
      plainBlock.replace('有效票955张', '有效票959张'),
    ]);
    expect(alarms(text, true)).toHaveLength(1);
  });
});

describe('；同日进行社区居民委员会换届选举 after the supervisory vote', () => {
  const residents = (valid: string) =>
    [
      '南湖街道第十二届社区居民委员会换届选举情况通报',
      '湖东社区：居务监督委员会由居民代表会议选举产生，到会居民代表45人，有效票44张；同日进行社区居民委员会换届选举，登记选民2,700人，参加投票2,106人，有效票2,081张，无效票25张，钱晓红得票1,608票，当选主任。',
      `湖西社区：居务监督委员会由居民代表会议选举产生，到会居民代表39人，有效票39张；同日进行社区居民委员会换届选举，登记选民2,860人，参加投票2,244人，有效票${valid}张，无效票14张，陆文斌得票1,702票，当选主任。`,
      '湖南社区：登记选民3,015人，参加投票2,390人，有效票2,371张，无效票19张，姜丽得票1,844票，当选主任。',
      '',
    ].join('\n');

  it('reads no place 同日进行社区: each block’s counts are its own, none stated twice', () => {
    expect(alarms(residents('2,230'), true)).toEqual([]);
    expect(judged(residents('2,230')).filter(([rule]) => rule === 'stated-twice')).toEqual([]);
  });

  it('catches a wrong account in such a block', () => {
    expect(alarms(residents('2,250'), true)).toHaveLength(1);
  });
});

describe('the block’s name again after 。 before its counts', () => {
  const named = (valid: string) =>
    township([
      '金竹村：村务监督委员会由村民代表会议选举产生，到会村民代表31人，有效票31张；选举结果：邵红得票28票，当选村务监督委员会主任。金竹村登记选民1,206人，参加投票1,034人，有效票1,022张，无效票12张，龚建军得票815票，当选主任。',
      `银竹村：村务监督委员会由村民代表会议选举产生，到会村民代表28人，有效票27张；选举产生村务监督委员会成员3名。银竹村登记选民980人，参加投票842人，有效票${valid}张，无效票7张，鲁小平得票660票，当选主任。`,
      plainBlock,
    ]);

  it('opens the village’s block, its account judged', () => {
    expect(villageBlockNamesInProse(named('835'))).toEqual(['金竹村', '银竹村', '南坑村']);
    expect(alarms(named('835'), true)).toEqual([]);
    expect(judged(named('835'))).toContainEqual(['ballots', '参加投票842人', true]);
    expect(alarms(named('853'), true)).toHaveLength(1);
  });

  it('opens no block for another name after 。', () => {
    expect(
      villageBlockNamesInProse(
        '东村：村务监督委员会由村民代表会议选举产生，有效票30张；选举产生成员3名。西村登记选民980人，参加投票842人。\n',
      ),
    ).toEqual([]);
  });
});
