import { describe, expect, it } from 'vitest';
import { alarms, counts, unread } from './corpus/read-shapes.js';

/** Households due or present (应到50户，实到42户) in a notice that names no household representatives. */
describe('households counted with no household representatives named', () => {
  const ballots =
    '本村登记参加选举的选民共1500人，参加投票的选民1400人，发出选票1400张，收回选票1400张，其中有效票1390张，无效票10张。\n';

  it('are listed unread as households, never taken for voters, and raise no alarm', () => {
    for (const text of [`${ballots}应到50户，实到42户。`, `${ballots}会议应到会50户，实到会42户。`]) {
      expect(unread(text)).toEqual([
        ['50', 'households'],
        ['42', 'households'],
      ]);
      expect(counts(text)).toEqual([
        'registered 1500',
        'cast 1400',
        'issued 1400',
        'returned 1400',
        'valid 1390',
        'invalid 10',
      ]);
      expect(alarms(text, true)).toEqual([]);
    }
  });

  it('are still read where the household representatives are named', () => {
    const text = `${ballots.replace('。\n', '，采取户代表投票方式。\n')}应到户代表50户，实到42户。`;
    expect(unread(text).filter(([, reason]) => reason === 'households')).toEqual([]);
  });
});
