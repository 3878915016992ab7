import { describe, expect, it } from 'vitest';
import { alarms, judged, unread } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/** 其中 after a declaration of winners lists some of the winners, not of a group stated before them. */
describe('parts after a declaration of winners', () => {
  const representatives =
    '应到村民代表52人，实到51人。沈梅胜得48票，当选为主任；孔宏得47票、徐斌红得46票，当选为委员。其中女性1名，占33.3%。';

  it('attaches no part after the winners to the representatives present in the sentence before', () => {
    const women = readAnnouncementText(representatives).figures.find(
      (figure) => figure.kind === 'group' && figure.label === '女性',
    );
    expect(women).toMatchObject({ kind: 'group', partOf: null });
    expect(alarms(representatives, true)).toEqual([]);
    expect(unread(representatives).map(([number]) => number)).toContain('33.3%');
  });

  it('does so when 其中 follows the declaration in its own sentence and for households present', () => {
    for (const text of [
      '应到村民代表52人，实到51人。沈梅胜、孔宏、徐斌红当选为委员，其中女性1名，占33.3%。',
      '应到户代表300户，实到280户。王芳得票200票，当选为组长。其中女性1名，占100%。',
    ])
      expect(alarms(text, true)).toEqual([]);
  });

  it('does so after candidates’ votes listed under a heading of winners', () => {
    const text =
      '应到户代表58户，实到53户。当选村民代表：贺国庆（41票）、顾秀英（38票）、毛立新（35票）。其中女性1名，占33.3%。';
    expect(alarms(text, true)).toEqual([]);
    expect(unread(text).map(([number]) => number)).toContain('33.3%');
  });

  it('still judges a part of a total stated in the sentence of the declaration', () => {
    const text = '登记选民2000人，参加投票1800人。选举产生村委会成员3名，其中女性1名，占33.3%。';
    expect(alarms(text.replace('33.3%', '30.0%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH 30.0%/33.3%']);
    expect(judged(text)).toContainEqual(['share', '占33.3%', true]);
  });
});
