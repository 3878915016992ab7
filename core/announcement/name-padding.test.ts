import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, judged, unread } from './corpus/read-shapes.js';

/**
 * A two-character name padded to three with an ideographic space (王\u3000林; name-padding.ts, set `grid2`).
 * Every number and name here is invented.
 */

const head =
  '白沙村第十二届村民委员会选举结果公告\n本村登记选民1630人，参加投票1402人，收回选票1400张，有效票1391张，无效票9张。\n';
const votes = (text: string) => judged(text).filter(([rule]) => rule === 'votes-within-ballots');

describe('names padded with an ideographic space', () => {
  it('reads the padded name’s votes and declaration as the name’s', () => {
    for (const lines of [
      '主任：王\u3000林，得票1012票；李\u3000明，得票350票。\n王\u3000林当选为村民委员会主任。',
      '主任王\u3000林得票1012票，李\u3000明得票350票。\n王\u3000林当选为村民委员会主任。',
      '主任\u3000王\u3000林\u3000得票1012票\n主任\u3000李\u3000明\u3000得票350票\n',
    ]) {
      const text = `${head}${lines}\n`;
      expect(alarms(text, true)).toEqual([]);
      const names = votes(text).map(([, quote]) =>
        String(quote)
          .replace(/[^王林李明]/g, '')
          .slice(0, 2),
      );
      expect(new Set(names)).toEqual(new Set(['王林', '李明']));
      expect(unread(text)).toEqual([]);
    }
  });

  it('catches the padded name’s votes that are wrong', () => {
    expect(
      alarmCodes(
        `${head}主任：王\u3000林，得票1012票；李\u3000明，得票450票。\n王\u3000林当选为村民委员会主任。\n`,
      ),
    ).toEqual(['ANNOUNCED_SUM_MISMATCH']);
  });

  it('joins no characters of a row of one-character cells, nor names parted by spaces', () => {
    for (const lines of [
      '主任选举结果：\n王\u3000林\u3000男\u30001012票\n李\u3000红\u3000女\u3000350票\n王林以1012票当选为村民委员会主任。',
      '主任：王\u3000林\u3000男\u3000得票1012票\n主任：王林得票1012票，当选。',
      '当选委员：周丽\u3000吴海\u3000郑伟\n各当选人得票：周丽1105票，吴海990票，郑伟870票。',
    ])
      expect(alarms(`${head}${lines}\n`, true)).toEqual([]);
  });
});
