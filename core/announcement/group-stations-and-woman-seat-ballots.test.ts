import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

describe('a villagers’ group’s polling station numbered without 第 (一组投票站：) heading its own counts', () => {
  const NOTICE = (first: string, second: string) =>
    `金鸡村登记选民1,096人。\n${first}：参加投票308人，有效票305张，无效票3张；\n${second}：参加投票276人，有效票273张，无效票3张；\n全村参加投票584人，收回选票584张，有效票578张，无效票6张。\n主任：孟德华，得票454票。`;

  it('reads the first station’s counts as that station’s, not as the whole election’s', () => {
    const text = NOTICE('一组投票站', '二组投票站');
    // Before, the first station's 308 voters and 305 valid ballots were read as the whole election's:
    // the whole's 578 valid ballots "differed" and the chair's 454 votes exceeded 305.
    expect(alarms(text, true)).toEqual([]);
    expect(counts(text)).not.toContain('valid 305');
    expect(counts(text)).toContain('valid 578');
    expect(unread(text)).toContainEqual(['308', 'one-polling-place']);
  });

  it('reads 一村民小组投票点 alike, as 第一组投票站 is read', () => {
    expect(alarms(NOTICE('一村民小组投票点', '二村民小组投票点'), true)).toEqual([]);
    expect(alarms(NOTICE('第一组投票站', '第二组投票站'), true)).toEqual([]);
  });

  it('names no place of 一组投票站 with no colon after it, so the whole’s counts stay read', () => {
    const text =
      '本村登记选民1,396人，参加投票1,189人，一组投票站设在村部文化室，收回选票1,189张，有效票1,177张，无效票12张。主任孟德华得票954票。';
    expect(counts(text)).toContain('valid 1177');
    expect(alarms(text, true)).toEqual([]);
  });
});

describe('the woman’s seat elected on a ballot of its own (妇女委员专职专选，另发选票)', () => {
  const NOTICE = (main: string, women: string, votes: string) =>
    `荷塘村登记选民1,521人，参加投票1,276人，发出选票1,276张，${main}\n主任：严国平，得票1,019票；\n委员：孔德利，得票874票。\n妇女委员实行专职专选，另发选票。共发出妇女委员选票1,276张，${women}\n妇女委员：尤秀珍（女），得票${votes}票，当选。`;

  it('holds her votes to her own ballot’s valid ballots, not the committee’s', () => {
    const text = NOTICE(
      '收回选票1,273张，有效票1,202张，无效票71张。',
      '收回1,271张，有效票1,259张，无效票12张。',
      '1,236',
    );
    // Before, her 1,236 votes were held to the first ballot's 1,202 valid ballots: a false alarm.
    expect(alarms(text, true)).toEqual([]);
  });

  it('finds her votes above her own ballot’s valid ballots, though within the committee’s', () => {
    const text = NOTICE(
      '收回选票1,273张，有效票1,262张，无效票11张。',
      '收回1,271张，有效票1,219张，无效票52张。',
      '1,236',
    );
    expect(alarms(text, true)).not.toEqual([]);
  });

  it('checks her ballot’s own account, its label before the counts (妇女委员：共发出…)', () => {
    const text =
      '岭下村登记选民1,063人，参加投票902人。\n主任、委员选票：发出902张，收回900张，有效票851张，无效票49张。\n主任：邬建华，得票688票；\n委员：钟国梁，得票602票。\n妇女委员：共发出妇女委员选票902张，收回899张，有效票893张，无效票6张。\n妇女委员：樊秀兰（女），得票864票，当选。';
    expect(alarms(text, true)).toEqual([]);
    expect(alarms(text.replace('无效票6张', '无效票9张'), true)).not.toEqual([]);
  });
});
