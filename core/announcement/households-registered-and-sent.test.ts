import { describe, expect, it } from 'vitest';
import { alarmCodes, counts, findings, judged } from './corpus/read-shapes.js';

/**
 * An election by household representatives stating the households registered (全村登记参加选举的户数486户)
 * and those that sent a representative to vote (412户派代表参加投票). Every number and name is invented.
 */
describe('households registered and households that sent a representative to vote', () => {
  // 412 of 486 is 84.7736…%, so 84.8%.
  const NOTICE = (rate = '84.8', before = '') =>
    `本届选举采取户代表投票方式。${before}全村登记参加选举的户数486户，412户派代表参加投票，户代表参选率${rate}%。` +
    '共发出选票412张，收回选票412张，其中有效票405张，无效票7张。李建国得票318票，当选为村民委员会主任。';

  it('reads them as the electorate and the voters, and judges the turnout of them', () => {
    expect(counts(NOTICE())).toEqual(expect.arrayContaining(['registered 486', 'cast 412']));
    expect(judged(NOTICE())).toContainEqual(['share', '户代表参选率84.8%', true]);
    expect(findings(NOTICE('85.8'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '户代表参选率85.8%']]);
  });

  it('reads no households that did not send one, or were due to, as voters', () => {
    const text = NOTICE('84.8').replace('412户派代表参加投票', '412户派代表参加投票，74户未派代表参加投票');
    expect(counts(text)).not.toContain('cast 74');
    expect(counts(`本届选举采取户代表投票方式。应有486户派代表参加投票。`)).not.toContain('cast 486');
  });

  it('never compares the households with a register of people', () => {
    const text = NOTICE('84.8', '本村登记选民1,630人。');
    expect(counts(text)).not.toContain('registered 1630');
    expect(alarmCodes(text)).toEqual([]);
  });

  it('holds no households under half of those registered to the village law’s quorum', () => {
    // 230 of 486 is 47.3%: under half, which the village law (counting villagers) does not judge.
    const text =
      '本届选举采取户代表投票方式。全村登记参加选举的户数486户，230户派代表参加投票，参选率47.3%。' +
      '收回选票230张，有效票226张，无效票4张。赵德明得票168票，当选为村民委员会主任。';
    expect(alarmCodes(text)).toEqual([]);
  });
});
