import { describe, expect, it } from 'vitest';
import { alarms, findings, unread } from './corpus/read-shapes.js';

/**
 * A re-election rate (连任率) is the share of the re-elected either of this term's members or of the last
 * term's, and a rate named so does not say which: it is never judged by this term's members alone, whether
 * or not the text counts the last term's. Every number and name is invented.
 */

const summary = (lastTerm: string) =>
  ['马坪镇换届情况', `全镇${lastTerm}本届共选出村委会成员58人，其中连任38人，连任率63.3%。`].join('\n');

describe('a re-election rate beside a count of the last term’s members', () => {
  it('leaves 连任率63.3% unjudged when the last term had 60 members (38 of 60), not flagged as 38 of 58', () => {
    const text = summary('上届村委会成员60人，');
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text).map(([figure]) => figure)).toContain('63.3%');
  });

  it('leaves it unjudged when no last term is counted too: 38 of 60 is as likely as 38 of 58', () => {
    const text = summary('');
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text)).toContainEqual(['63.3%', 'reelection-rate']);
    for (const [group, name] of [
      ['留任', '留任比例'],
      ['连选连任', '连选连任率为'],
    ]) {
      const other = text.replace('连任38人，连任率', `${group}38人，${name}`);
      expect(alarms(other, true)).toEqual([]);
      expect(unread(other)).toContainEqual(['63.3%', 'reelection-rate']);
    }
  });

  it('judges the share of the re-elected where the text names this term’s members as its base', () => {
    const text = ['马坪镇换届情况', '全镇本届共选出村委会成员58人，其中连任38人，占新一届成员的63.3%。'].join(
      '\n',
    );
    expect(findings(text)).toContainEqual(['ANNOUNCED_PERCENT_MISMATCH', '占新一届成员的63.3%']);
  });

  it('still judges another rate named after its group beside the last term’s count', () => {
    const text = [
      '某镇换届情况',
      '上届村委会成员60人，本届共选出村委会成员58人，其中交叉任职20人，交叉任职率40.0%。',
    ].join('\n');
    expect(findings(text)).toContainEqual(['ANNOUNCED_PERCENT_MISMATCH', '交叉任职率40.0%']);
  });
});
